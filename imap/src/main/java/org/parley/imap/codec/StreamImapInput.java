package org.parley.imap.codec;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

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
        byte[] buf = new byte[(int) Math.min(maxLength + 1L, 256)];
        int len = 0;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0) {
            if (c == '\n') {
                if (len > 0 && buf[len - 1] == '\r') {
                    len--;
                }
                if (len > maxLength) {
                    byte[] line = Arrays.copyOf(buf, len);
                    int keep = Math.min(len, LineTooLongException.KEEP);
                    throw new LineTooLongException(Arrays.copyOf(line, keep), Arrays.copyOfRange(line, len - keep, len));
                }
                return Arrays.copyOf(buf, len);
            }
            if (len == maxLength + 1L) {
                // the extra octet may be the CR of CRLF; only past it is the line too long
                throw skipLongLine(Arrays.copyOf(buf, len), c);
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxLength + 1L));
            }
            buf[len++] = (byte) c;
            c = in.read();
        }
        throw new EOFException("end of stream inside a line");
    }

    private LineTooLongException skipLongLine(byte[] start, int next) throws IOException {
        byte[] head = Arrays.copyOf(start, Math.min(start.length, LineTooLongException.KEEP));
        byte[] ring = new byte[LineTooLongException.KEEP];
        long count = 0;
        for (byte b : start) {
            ring[(int) (count++ % ring.length)] = b;
        }
        int c = next;
        while (c >= 0 && c != '\n') {
            ring[(int) (count++ % ring.length)] = (byte) c;
            c = in.read();
        }
        if (c < 0) {
            throw new EOFException("end of stream inside an over-long line");
        }
        int n = (int) Math.min(count, ring.length);
        byte[] tail = new byte[n];
        for (int i = 0; i < n; i++) {
            tail[i] = ring[(int) ((count - n + i) % ring.length)];
        }
        if (n > 0 && tail[n - 1] == '\r') {
            tail = Arrays.copyOf(tail, n - 1);
        }
        return new LineTooLongException(head, tail);
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
