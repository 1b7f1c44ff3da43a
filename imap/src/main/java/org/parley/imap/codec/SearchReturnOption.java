package org.parley.imap.codec;

/** ESEARCH return options (RFC 4731 §3.1, RFC 5182 SAVE). */
public enum SearchReturnOption {
    MIN,
    MAX,
    ALL,
    COUNT,
    /** RFC 5182: keep the result as {@code $} for later commands. */
    SAVE
}
