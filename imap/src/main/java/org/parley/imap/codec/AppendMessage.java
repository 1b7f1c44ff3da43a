package org.parley.imap.codec;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One message of APPEND (RFC 9051 §6.3.12; several with MULTIAPPEND, RFC 3502).
 *
 * @param flags        flags to set (system flags in canonical case); empty when none were given
 * @param internalDate the date-time argument, null when absent (the server uses "now")
 * @param content      the message octets exactly as sent; never null
 * @param binary       sent as {@code literal8} ({@code ~{n}}, RFC 3516 §4.4): may hold NUL and
 *                     binary parts; a store that cannot keep it answers NO [UNKNOWN-CTE]
 * @param utf8         sent as {@code UTF8 (literal)} (RFC 6855 §4): allowed only after
 *                     ENABLE UTF8=ACCEPT, which the session checks
 */
public record AppendMessage(List<String> flags, OffsetDateTime internalDate, byte[] content, boolean binary, boolean utf8) {
    public AppendMessage {
        flags = List.copyOf(flags);
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppendMessage m
                && m.flags.equals(flags)
                && java.util.Objects.equals(m.internalDate, internalDate)
                && Arrays.equals(m.content, content)
                && m.binary == binary
                && m.utf8 == utf8;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {flags, internalDate, Arrays.hashCode(content), binary, utf8});
    }

    @Override
    public String toString() {
        return "AppendMessage[flags=" + flags + ", internalDate=" + internalDate + ", content=" + content.length
                + " octets, binary=" + binary + ", utf8=" + utf8 + "]";
    }
}
