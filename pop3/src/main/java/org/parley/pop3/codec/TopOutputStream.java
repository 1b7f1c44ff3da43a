package org.parley.pop3.codec;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes on what TOP sends (RFC 1939 §7): the header, the empty line that ends it and then at
 * most {@code bodyLines} lines of the body; everything after is dropped and {@link #done()} turns
 * true so the caller can stop reading the message. A message without an empty line is all header
 * and passes whole. Line ends are LF or CRLF. Does not close the underlying stream. Not
 * thread-safe.
 */
public final class TopOutputStream extends OutputStream {
    private final OutputStream out;
    private final int bodyLines;
    private boolean inBody;
    private boolean lineStart = true;
    /** The current header line so far is just a CR: an LF now ends the header. */
    private boolean lineIsCr;
    private long linesSent;
    private boolean done;

    public TopOutputStream(OutputStream out, int bodyLines) {
        if (bodyLines < 0) {
            throw new IllegalArgumentException("negative line count");
        }
        this.out = out;
        this.bodyLines = bodyLines;
    }

    /** True once the header and the requested body lines have passed; later writes are dropped. */
    public boolean done() {
        return done;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (done) {
            return;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (!inBody) {
                if (c == '\n' && (lineStart || lineIsCr)) {
                    inBody = true; // the empty line that separates header and body (RFC 5322 §2.1)
                    lineStart = true;
                    lineIsCr = false;
                    if (bodyLines == 0) {
                        out.write(b, off, i + 1 - off);
                        done = true;
                        return;
                    }
                    continue;
                }
                lineIsCr = lineStart && c == '\r';
                lineStart = c == '\n';
            } else if (c == '\n' && ++linesSent >= bodyLines) {
                out.write(b, off, i + 1 - off);
                done = true;
                return;
            }
        }
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the underlying stream belongs to the caller
    }
}
