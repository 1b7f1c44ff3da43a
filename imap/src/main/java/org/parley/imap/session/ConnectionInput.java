package org.parley.imap.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parley.core.net.Connection;
import org.parley.imap.codec.ImapInput;
import org.parley.imap.codec.ImapLineReader;

/**
 * {@link ImapInput} over a {@link Connection}'s bounded reader, so the session adds no buffer of
 * its own (memory per idle connection matters). It asks the connection for its reader on every
 * call because STARTTLS and COMPRESS replace it. One session thread reads; not thread-safe.
 */
final class ConnectionInput implements ImapInput {
    private static final byte[] CONTINUE = "+ Ready for literal data\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final Runnable beforeContinuation;

    /** @param beforeContinuation flushes pending output of the session before a continuation request */
    ConnectionInput(Connection connection, Runnable beforeContinuation) {
        this.connection = connection;
        this.beforeContinuation = beforeContinuation;
    }

    @Override
    public byte[] readLine(int maxLength) throws IOException {
        return ImapLineReader.readLine(connection.reader(), maxLength);
    }

    @Override
    public byte[] readLiteral(int length, boolean synchronizing) throws IOException {
        if (synchronizing) {
            // RFC 9051 §7.5: the client waits for this before sending the literal
            beforeContinuation.run();
            connection.output().write(CONTINUE);
            connection.flush();
        }
        return connection.reader().readExactly(length);
    }

    @Override
    public void discardLiteral(long length) throws IOException {
        connection.reader().skipExactly(length);
    }
}
