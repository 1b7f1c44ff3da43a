package org.parley.store.mail;

import java.time.Instant;

/**
 * One message to append: its raw bytes (CRLF line ends as received), initial flags and internal
 * date (null = now). The array is not copied; callers must not change it afterwards.
 */
public record AppendMessage(byte[] content, Flags flags, Instant internalDate) {
    public AppendMessage {
        if (content == null) {
            throw new IllegalArgumentException("content is null");
        }
        flags = flags == null ? Flags.NONE : flags;
    }

    public AppendMessage(byte[] content) {
        this(content, Flags.NONE, null);
    }
}
