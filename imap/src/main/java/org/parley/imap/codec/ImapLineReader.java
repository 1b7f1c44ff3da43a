package org.parley.imap.codec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The one implementation of {@link ImapInput#readLine(int)}'s contract, for any octet source:
 * both {@link StreamImapInput} and the session's connection input read command lines through it.
 * Stateless; it reads the source octet by octet, so the source should buffer.
 */
public final class ImapLineReader {
    private ImapLineReader() {}

    /**
     * Reads the next line from {@code in} as {@link ImapInput#readLine(int)} specifies: without its
     * CRLF or bare LF; null at end of stream before the first octet; {@link LineTooLongException}
     * (with the line's first and last {@link LineTooLongException#KEEP} octets) once an over-long
     * line has been read through its LF; {@link EOFException} at end of stream inside a line.
     */
    public static byte[] readLine(InputStream in, int maxLength) throws IOException {
        byte[] buf = new byte[(int) Math.min(maxLength + 1L, 128)];
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
            if (len == maxLength + 1L) {
                // the extra octet may be the CR of CRLF; only past it is the line too long
                throw skipLongLine(in, buf, len, c);
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxLength + 1L));
            }
            buf[len++] = (byte) c;
            c = in.read();
        }
        throw new EOFException("end of stream inside a line");
    }

    /** Reads and drops the rest of an over-long line, keeping its first and last octets for the parser. */
    private static LineTooLongException skipLongLine(InputStream in, byte[] start, int startLen, int next)
            throws IOException {
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
        return tooLong(start, startLen, tail, tailLen);
    }

    private static LineTooLongException tooLong(byte[] head, int headLen, byte[] tail, int tailLen) {
        int keepHead = Math.min(headLen, LineTooLongException.KEEP);
        int keepTail = Math.min(tailLen, LineTooLongException.KEEP);
        return new LineTooLongException(
                Arrays.copyOf(head, keepHead), Arrays.copyOfRange(tail, tailLen - keepTail, tailLen));
    }
}
