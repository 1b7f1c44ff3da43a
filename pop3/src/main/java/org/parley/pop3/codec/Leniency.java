package org.parley.pop3.codec;

/**
 * Named tolerances for real clients that bend the grammar (STYLE.md "Leniency is named"). The
 * parser applies one only when its {@link Pop3Parser} was built with it, and reports the last one
 * used through {@link Pop3Parser#lastLeniency()} so the session can log it.
 */
public enum Leniency {
    /**
     * Spaces after the last argument (or after a keyword without arguments), e.g. {@code STAT }.
     * Never applied to PASS, whose argument is the rest of the line (RFC 1939 §7).
     */
    TRAILING_SPACE,
    /**
     * {@code AUTH} without a mechanism: not in RFC 5034, but older clients (from the drafts before
     * RFC 1734) send it to get the mechanism list, answered as a multi-line {@code +OK}.
     */
    BARE_AUTH
}
