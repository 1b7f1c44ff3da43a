package org.parley.pop3.codec;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the body of a multi-line response (RFC 1939 §3): a line starting with "." gets one more
 * "." in front, bare LF line ends become CRLF (stored mail should already use CRLF; a client that
 * splits on CRLF would otherwise see one endless line), and {@link #finish} ends the last line if
 * needed and writes the terminating ".CRLF".
 *
 * <p>Writes go straight to the underlying stream in runs between the octets that need care, so
 * streaming a large message costs no copy. {@link #close} does not close the underlying stream.
 * Not thread-safe.
 */
public final class DotStuffingOutputStream extends OutputStream {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    private final OutputStream out;
    private boolean lineStart = true;
    private boolean afterCr;
    private boolean finished;

    public DotStuffingOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (finished) {
            throw new IOException("response already finished");
        }
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '.' && lineStart) {
                // RFC 1939 §3: byte-stuff a line that begins with the termination octet
                out.write(b, run, i - run);
                out.write('.');
                run = i;
            } else if (c == '\n' && !afterCr) {
                out.write(b, run, i - run);
                out.write('\r');
                run = i;
            }
            lineStart = c == '\n';
            afterCr = c == '\r';
        }
        out.write(b, run, end - run);
    }

    /** Completes the last line and writes ".CRLF"; the stream accepts nothing afterwards. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (afterCr) {
            out.write('\n');
        } else if (!lineStart) {
            out.write(CRLF);
        }
        out.write(TERMINATOR);
        finished = true;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
