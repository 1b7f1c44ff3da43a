package org.parley.pop3.codec;

/**
 * A command line that is not a valid POP3 command. The message is safe to send after
 * {@code -ERR}: it names what is wrong, never echoes the client's bytes.
 */
public final class Pop3SyntaxException extends Exception {
    private final boolean unknownCommand;

    public Pop3SyntaxException(String message, boolean unknownCommand) {
        super(message, null, false, false);
        this.unknownCommand = unknownCommand;
    }

    /** True when the keyword itself is not a command this server knows. */
    public boolean unknownCommand() {
        return unknownCommand;
    }
}
