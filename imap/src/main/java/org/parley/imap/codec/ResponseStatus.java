package org.parley.imap.codec;

/**
 * The condition of a status response (RFC 9051 §7.1): OK, NO and BAD tagged or untagged; PREAUTH
 * and BYE untagged only.
 */
public enum ResponseStatus {
    OK,
    NO,
    BAD,
    PREAUTH,
    BYE;

    /** Whether the status may end a command (RFC 9051 §7.1: resp-cond-state). */
    public boolean taggable() {
        return this == OK || this == NO || this == BAD;
    }
}
