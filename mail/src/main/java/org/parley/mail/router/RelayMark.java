package org.parley.mail.router;

/** The relaying prefix of a Router table record. */
public enum RelayMark {
    /** No prefix: a result is relaying when it leaves this server. */
    NONE,
    /** {@code NoRelay:} / {@code N:}: results of this record never count as relaying. */
    NO_RELAY,
    /** {@code Relay:} / {@code R:}: results of this record always count as relaying. */
    RELAY
}
