package org.parley.imap.codec;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@link ImapInput} over an {@link InputStream} (a socket's, or a test's byte array). Not
 * thread-safe: one connection thread reads through it. After STARTTLS or COMPRESS the session
 * builds a new instance over the new stream; octets buffered here from the old stream must then be
 * dropped (command injection defence), which {@link #buffered()} tells.
 */
public final class StreamImapInput implements ImapInput {
    /** Sends {@code + ...} and flushes; called before a synchronizing literal is read. */
    @FunctionalInterface
    public interface ContinuationRequest {
        void send() throws IOException;
    }

    private final InputStream in;
    private final ContinuationRequest continuation;

    /**
     * @param in           the stream; wrapped in a buffer unless it already is one
     * @param continuation sends the continuation request for synchronizing literals
     */
    public StreamImapInput(InputStream in, ContinuationRequest continuation) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 8192);
        this.continuation = continuation;
    }

    /** Octets read from the stream but not yet consumed. */
    public int buffered() throws IOException {
        return in.available();
    }

    @Override
    public byte[] readLine(int maxLength) throws IOException {
        return ImapLineReader.readLine(in, maxLength);
    }

    @Override
    public byte[] readLiteral(int length, boolean synchronizing) throws IOException {
        if (synchronizing) {
            continuation.send();
        }
        byte[] data = in.readNBytes(length);
        if (data.length < length) {
            throw new EOFException("end of stream inside a literal");
        }
        return data;
    }

    @Override
    public void discardLiteral(long length) throws IOException {
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("end of stream inside a literal");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
