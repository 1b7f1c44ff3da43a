package org.parley.imap.codec;

import java.util.List;

/**
 * What STORE does to the flags (RFC 9051 §6.4.6): {@code FLAGS}, {@code +FLAGS} or {@code -FLAGS},
 * each optionally {@code .SILENT}. System flags arrive in canonical case ({@code \Seen}); keywords
 * as sent (compare case-insensitively).
 *
 * @param silent when true the server sends no untagged FETCH for the change, except where RFC 7162
 *               §3.2 requires it (messages changed by another session with UNCHANGEDSINCE)
 */
public record StoreAction(Mode mode, boolean silent, List<String> flags) {
    public enum Mode {
        /** {@code FLAGS}: replace the flags. */
        REPLACE,
        /** {@code +FLAGS}. */
        ADD,
        /** {@code -FLAGS}. */
        REMOVE
    }

    public StoreAction {
        flags = List.copyOf(flags);
    }
}
