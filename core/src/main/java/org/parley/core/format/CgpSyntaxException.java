package org.parley.core.format;

/**
 * Input that is not a well-formed CGP object, or that exceeds a {@link CgpLimits} bound. The
 * message is {@code reason + " at " + offset}; neither part echoes more than a few chars of the
 * input, so it is safe to send back to a CLI client.
 */
public final class CgpSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int offset;

    /**
     * @param reason what is wrong, without the position ("unterminated quoted string")
     * @param offset index of the char in the input where the problem starts
     */
    public CgpSyntaxException(String reason, int offset) {
        super(reason + " at " + offset);
        this.reason = reason;
        this.offset = offset;
    }

    public String reason() {
        return reason;
    }

    /** Index (in chars, from 0) into the text given to the reader. */
    public int offset() {
        return offset;
    }
}
