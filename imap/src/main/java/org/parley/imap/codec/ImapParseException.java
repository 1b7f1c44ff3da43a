package org.parley.imap.codec;

/**
 * A command the parser rejects: bad syntax, an unknown command, or a bound exceeded.
 *
 * <p>The session answers {@code tag BAD text} (or {@code tag NO [code] text} when {@link #status()}
 * is NO), or {@code * BAD text} when {@link #tag()} is null because the tag itself was unreadable;
 * {@link ImapWriter#parseError(ImapParseException)} writes exactly that. The message never echoes
 * client bytes, so it is safe to send.
 *
 * <p>Before throwing, {@link ImapParser} has already consumed the rest of the command, including
 * any non-synchronizing literals the client sends regardless (RFC 7888 §4), so the next read
 * starts at the next command. When that was impossible (input ended, a literal larger than
 * {@link ParseLimits#maxDiscardLiteral()} or an unreadable literal length) {@link #closeConnection()}
 * is true: the session sends {@code * BYE} and closes.
 */
public final class ImapParseException extends Exception {
    private final String tag;
    private final ResponseStatus status;
    private final ResponseCode code;
    private final boolean closeConnection;

    public ImapParseException(String tag, ResponseStatus status, ResponseCode code, String message, boolean closeConnection) {
        super(message, null, false, false);
        if (status != ResponseStatus.BAD && status != ResponseStatus.NO) {
            throw new IllegalArgumentException("a parse error is answered BAD or NO");
        }
        this.tag = tag;
        this.status = status;
        this.code = code;
        this.closeConnection = closeConnection;
    }

    /** A BAD without response code. */
    public ImapParseException(String tag, String message) {
        this(tag, ResponseStatus.BAD, null, message, false);
    }

    /** The command's tag, or null when it could not be read (answer with {@code *}). */
    public String tag() {
        return tag;
    }

    /** BAD for syntax and most bounds; NO for a refused size or charset (TOOBIG, BADCHARSET). */
    public ResponseStatus status() {
        return status;
    }

    /** The response code to send, or null. */
    public ResponseCode code() {
        return code;
    }

    /** True when the input stream can no longer be trusted to be at a command boundary. */
    public boolean closeConnection() {
        return closeConnection;
    }

    /** This exception with the connection marked for closing. */
    ImapParseException closing() {
        return closeConnection ? this : new ImapParseException(tag, status, code, getMessage(), true);
    }
}
