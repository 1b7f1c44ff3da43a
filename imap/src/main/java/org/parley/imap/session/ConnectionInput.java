package org.parley.imap.session;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.parley.core.io.LineReader;
import org.parley.core.net.Connection;
import org.parley.imap.codec.ImapInput;
import org.parley.imap.codec.LineTooLongException;

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
        LineReader in = connection.reader();
        byte[] buf = new byte[Math.min(maxLength + 1, 128)];
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
                    throw tooLong(buf, len, buf, len);
                }
                return Arrays.copyOf(buf, len);
            }
            if (len == maxLength + 1) {
                // the extra octet may be the CR of CRLF; past it the line is too long
                return skipLongLine(in, buf, len, c);
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLength + 1));
            }
            buf[len++] = (byte) c;
            c = in.read();
        }
        throw new EOFException("end of stream inside a line");
    }

    /** Reads and drops the rest of an over-long line, keeping its first and last octets for the parser. */
    private static byte[] skipLongLine(LineReader in, byte[] start, int startLen, int next) throws IOException {
        byte[] ring = new byte[LineTooLongException.KEEP];
        long count = 0;
        for (int i = 0; i < startLen; i++) {
            ring[(int) (count++ % ring.length)] = start[i];
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
        int tailLen = n > 0 && tail[n - 1] == '\r' ? n - 1 : n;
        throw tooLong(start, startLen, tail, tailLen);
    }

    private static LineTooLongException tooLong(byte[] head, int headLen, byte[] tail, int tailLen) {
        int keepHead = Math.min(headLen, LineTooLongException.KEEP);
        int keepTail = Math.min(tailLen, LineTooLongException.KEEP);
        return new LineTooLongException(Arrays.copyOf(head, keepHead), Arrays.copyOfRange(tail, tailLen - keepTail, tailLen));
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
