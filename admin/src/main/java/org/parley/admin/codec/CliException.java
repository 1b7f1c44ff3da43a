package org.parley.admin.codec;

/**
 * A command refused with a specific CLI status code and a text meant for the client. Handlers and
 * the session throw it; the session writes it as {@code code text} and keeps serving.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * @param code a 5xx code from {@link CliCodes}
     * @param text what went wrong, without CR or LF (the writer replaces them anyway)
     */
    public CliException(int code, String text) {
        super(text);
        if (code < 500 || code > 599) {
            throw new IllegalArgumentException("an error code is 5xx: " + code);
        }
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** 501 with the text. */
    public static CliException badParameters(String text) {
        return new CliException(CliCodes.BAD_PARAMETERS, text);
    }
}
