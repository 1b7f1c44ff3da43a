package org.parley.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bounded reader every text protocol reads from: lines up to a caller-given length, literals of
 * a caller-given size, and a plain {@link InputStream} view for protocols that stream (SMTP DATA).
 *
 * <p>It owns its buffer so that a STARTTLS upgrade can {@linkplain #discardBuffered() drop} any
 * plaintext a client pipelined after the STARTTLS command (RFC 3207 §4.2, RFC 9051 §6.2.1): such
 * bytes would otherwise be read as if they came over TLS (command injection, CVE-2011-0411).
 *
 * <p>Not thread-safe: one session thread reads.
 */
public final class LineReader extends InputStream {
    /** How the last line returned by {@link #readLine} ended. */
    public enum LineEnding { CRLF, LF, EOF }

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private LineEnding lastEnding = LineEnding.CRLF;

    public LineReader(InputStream in) {
        this(in, 16 * 1024);
    }

    public LineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /**
     * Reads one line without its terminator (CRLF or a bare LF; a lone CR stays in the line).
     *
     * @return the line, or null at end of stream before any byte
     * @throws LineTooLongException if the line has more than {@code maxLength} octets; the rest of
     *     the line has been consumed
     * @throws EOFException if the stream ends in the middle of a line
     */
    public byte[] readLine(int maxLength) throws IOException {
        byte[] out = null;
        int outLen = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (outLen == 0 && out == null && !tooLong) {
                    lastEnding = LineEnding.EOF;
                    return null;
                }
                throw new EOFException("connection closed in the middle of a line");
            }
            int start = pos;
            int lf = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            int end = lf < 0 ? limit : lf;
            pos = lf < 0 ? limit : lf + 1;
            if (!tooLong) {
                int chunk = end - start;
                if (outLen + chunk > maxLength + 1) { // +1: a CR that belongs to the terminator
                    tooLong = true;
                    out = null;
                } else {
                    if (out == null) {
                        out = new byte[Math.max(64, Math.min(maxLength + 1, chunk * 2))];
                    }
                    if (outLen + chunk > out.length) {
                        out = Arrays.copyOf(out, Math.min(maxLength + 1, Math.max(out.length * 2, outLen + chunk)));
                    }
                    System.arraycopy(buf, start, out, outLen, chunk);
                    outLen += chunk;
                }
            }
            if (lf >= 0) {
                if (tooLong) {
                    throw new LineTooLongException(maxLength);
                }
                boolean cr = outLen > 0 && out[outLen - 1] == '\r';
                lastEnding = cr ? LineEnding.CRLF : LineEnding.LF;
                int len = cr ? outLen - 1 : outLen;
                if (len > maxLength) {
                    throw new LineTooLongException(maxLength);
                }
                return Arrays.copyOf(out == null ? new byte[0] : out, len);
            }
        }
    }

    /** How the line last returned by {@link #readLine} was terminated (bare LF is a protocol error for SMTP). */
    public LineEnding lastLineEnding() {
        return lastEnding;
    }

    /** Reads exactly {@code length} octets (a literal); the caller has checked the length against its limit. */
    public byte[] readExactly(int length) throws IOException {
        byte[] out = new byte[length];
        int got = 0;
        while (got < length) {
            int n = read(out, got, length - got);
            if (n < 0) {
                throw new EOFException("connection closed after " + got + " of " + length + " literal octets");
            }
            got += n;
        }
        return out;
    }

    /** Copies exactly {@code length} octets to {@code sink} without holding them in memory. */
    public void transferExactly(long length, OutputStream sink) throws IOException {
        long left = length;
        while (left > 0) {
            if (pos == limit && !fill()) {
                throw new EOFException("connection closed with " + left + " octets still expected");
            }
            int n = (int) Math.min(left, limit - pos);
            if (sink != null) {
                sink.write(buf, pos, n);
            }
            pos += n;
            left -= n;
        }
    }

    /** Skips exactly {@code length} octets, e.g. a literal that was refused as too large. */
    public void skipExactly(long length) throws IOException {
        transferExactly(length, null);
    }

    /** Number of octets already received and buffered but not yet consumed. */
    public int buffered() {
        return limit - pos;
    }

    /** Removes and returns everything buffered (for a stream layer inserted mid-connection). */
    public byte[] takeBuffered() {
        byte[] out = Arrays.copyOfRange(buf, pos, limit);
        pos = limit = 0;
        return out;
    }

    /** Drops everything buffered; called right before a TLS handshake on this connection. */
    public int discardBuffered() {
        int dropped = limit - pos;
        pos = limit = 0;
        return dropped;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == limit) {
            if (len >= buf.length) {
                return in.read(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (limit - pos) + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }
}
