package org.parley.mail.smtp.codec;

/**
 * Tolerances for real-world clients that break RFC 5321. Each is off unless listed in
 * {@link SmtpParserConfig#leniencies()}; when a tolerated deviation is seen the parser reports it
 * to its listener so the session can log it.
 */
public enum SmtpLeniency {
    /** {@code MAIL FROM: <a@b>}: spaces between the colon and the path (RFC 5321 §4.1.1.2 has none). */
    SPACE_AFTER_COLON,
    /** {@code MAIL FROM:a@b}: a path without angle brackets. */
    UNBRACKETED_PATH,
    /** Spaces or tabs at the end of a command line. */
    TRAILING_WHITESPACE,
    /** A command line ended by LF alone instead of CRLF (harmless for commands; DATA is stricter). */
    LF_LINE_ENDING,
    /**
     * Addresses beyond RFC 5321 §4.5.3.1 limits (local part 64, path 256 octets), up to a local part
     * of 256 and a path of 512 octets: long SRS and VERP local parts exist in the wild.
     */
    OVERSIZED_ADDRESS
}
