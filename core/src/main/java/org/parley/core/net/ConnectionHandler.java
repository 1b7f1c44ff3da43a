package org.parley.core.net;

/**
 * A protocol's session entry point. {@link #serve} runs on its own virtual thread, once per
 * accepted connection, and may block freely; the listener closes the connection when it returns
 * or throws.
 */
@FunctionalInterface
public interface ConnectionHandler {
    void serve(Connection connection) throws Exception;

    /**
     * Called instead of {@link #serve} when a limit refuses the connection, so the protocol can send
     * its own "too busy" reply (SMTP 421, IMAP {@code * BYE}). Must not block for long.
     */
    default void refuse(Connection connection, String reason) {}
}
