package org.parley.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes the body of a dot-terminated multi-line block, as SMTP DATA (RFC 5321 §4.5.2) and POP3
 * multi-line responses (RFC 1939 §3) both send it: a line starting with "." gets one more "." in
 * front, a bare LF becomes CRLF (a peer that splits on CRLF would otherwise see one endless line),
 * and {@link #finish()} ends the last line if needed and writes the terminating ".CRLF". What a
 * bare CR becomes is the caller's choice ({@link BareCr}).
 *
 * <p>Writes go straight to the underlying stream in runs between the octets that need care, so
 * streaming a large message costs no copy. Nothing is flushed unless {@link #flush()} is called:
 * a server answering pipelined commands flushes once they are all answered. {@link #close()}
 * finishes but does not close the underlying stream. Not thread-safe.
 */
public final class DotStuffingOutputStream extends OutputStream {

    /** What a CR that is not followed by LF becomes. */
    public enum BareCr {
        /**
         * Written as CRLF, ending the line: what we relay can then hold no line end that a peer
         * reads differently from us, so nothing can smuggle a terminator.
         */
        LINE_END,
        /** Kept as it is, inside the line: the stored message goes out as it was stored. */
        KEEP
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    private final OutputStream out;
    private final BareCr bareCr;
    private boolean lineStart = true;
    /** A CR was seen and not yet written: whether it is bare depends on the next octet. */
    private boolean pendingCr;
    private boolean finished;

    public DotStuffingOutputStream(OutputStream out, BareCr bareCr) {
        this.out = Objects.requireNonNull(out);
        this.bareCr = Objects.requireNonNull(bareCr);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (finished) {
            throw new IOException("already finished");
        }
        Objects.checkFromIndexSize(off, len, b.length);
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    out.write(CRLF);
                    lineStart = true;
                    run = i + 1;
                    continue;
                }
                writeBareCr();
                // c is not part of the CR's line end: it is handled below like any other octet.
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
                // RFC 5321 §4.5.2, RFC 1939 §3: a line that begins with "." gets one more in front.
                out.write('.');
                run = i;
            }
            lineStart = false;
        }
        out.write(b, run, end - run);
    }

    private void writeBareCr() throws IOException {
        switch (bareCr) {
            case LINE_END -> {
                out.write(CRLF);
                lineStart = true;
            }
            case KEEP -> {
                out.write('\r');
                lineStart = false;
            }
        }
    }

    /**
     * Ends the block: completes the last line (a trailing CR becomes CRLF whatever {@link BareCr}
     * says) and writes ".CRLF"; the stream accepts no more writes afterwards. Calling it again does
     * nothing. Does not flush.
     */
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
        finished = true;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Finishes (see {@link #finish()}); the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        finish();
    }
}
