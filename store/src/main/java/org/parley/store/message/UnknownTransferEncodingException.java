package org.parley.store.message;

/**
 * BINARY asked for a part whose Content-Transfer-Encoding we cannot decode; IMAP answers
 * {@code NO [UNKNOWN-CTE]} (RFC 3516 §4.3, RFC 9051 §7.1).
 */
public final class UnknownTransferEncodingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String encoding;

    public UnknownTransferEncodingException(String encoding) {
        super("unknown Content-Transfer-Encoding: " + encoding);
        this.encoding = encoding;
    }

    /** The encoding as found (lower-case). */
    public String encoding() {
        return encoding;
    }
}
