package org.parley.store.message;

/**
 * Stored {@link ParsedMessage} bytes that cannot be decoded: corrupt, truncated, of an unknown
 * format version, or inconsistent. The store should re-analyze the message from its raw bytes.
 */
public final class ParsedMessageFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParsedMessageFormatException(String message) {
        super(message);
    }

    public ParsedMessageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
