package org.parley.imap.codec;

/**
 * Named tolerances for real clients that bend the grammar (STYLE.md "Leniency is named"). The
 * parser applies one only when it is in {@link ParseContext#leniencies()} and reports each use in
 * {@link TaggedCommand#leniencies()} so the session can log it.
 */
public enum Leniency {
    /** Spaces after the last argument of a command line. */
    TRAILING_SPACE,
    /**
     * 8-bit UTF-8 in a mailbox name although neither UTF8=ACCEPT nor IMAP4rev2 is enabled: taken as
     * UTF-8 instead of rejecting the name as invalid modified UTF-7 (RFC 6855 §3 expects clients to
     * enable first, some send UTF-8 anyway).
     */
    UTF8_MAILBOX_NAME,
    /**
     * A date-time whose day has one digit without the leading space of {@code date-day-fixed}
     * ({@code "4-Jul-2024 …"}), sent by some APPEND implementations.
     */
    UNPADDED_DATE_TIME_DAY,
    /** {@code *} in the uid-set of UID EXPUNGE, which RFC 4315 §2.1 does not allow. */
    STAR_IN_UID_EXPUNGE,
    /**
     * 8-bit octets in an unquoted search string ({@code SEARCH CHARSET UTF-8 SUBJECT Grüße}), as
     * Python's imaplib sends them: RFC 9051 §9 allows them only in quoted strings and literals, but
     * the intent is unambiguous, so they are taken as part of the atom and decoded with the
     * search's charset.
     */
    EIGHT_BIT_SEARCH_ATOM
}
