package org.parley.mail.smtp.codec;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The client side of DATA (RFC 5321 §4.5.2): writes a message through, doubling a period at the
 * start of each line, turning every bare CR or LF into CRLF (so nothing we relay can smuggle a
 * terminator), and on {@link #finish()} ends the last line if needed and writes {@code .CRLF}.
 *
 * <p>{@link #close()} finishes but does not close the underlying connection stream. Not
 * thread-safe.
 */
public final class DotStuffingOutputStream extends OutputStream {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    private final OutputStream out;
    private boolean lineStart = true;
    private boolean pendingCr;
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
            throw new IOException("message already finished");
        }
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (pendingCr) {
                pendingCr = false;
                out.write(CRLF);
                lineStart = true;
                if (c == '\n') {
                    run = i + 1;
                    continue;
                }
                // The CR was bare: already written as CRLF; c starts the next line.
            }
            if (c == '\r' || c == '\n') {
                out.write(b, run, i - run);
                run = i + 1;
                if (c == '\r') {
                    pendingCr = true;
                } else {
                    out.write(CRLF);
                    lineStart = true;
                }
                continue;
            }
            if (lineStart && c == '.') {
                out.write(b, run, i - run);
                // RFC 5321 §4.5.2: "Before sending a line of mail text, the SMTP client checks the
                // first character of the line. If it is a period, one additional period is
                // inserted at the beginning of the line."
                out.write('.');
                run = i;
            }
            lineStart = false;
        }
        out.write(b, run, end - run);
    }

    /** Ends the message: completes the last line and writes the terminator, then flushes. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (pendingCr) {
            pendingCr = false;
            out.write(CRLF);
            lineStart = true;
        }
        if (!lineStart) {
            out.write(CRLF);
        }
        out.write(TERMINATOR);
        out.flush();
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
