package org.parley.store.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A view of the next {@code limit} octets of a stream: reads end there (or earlier, where the
 * stream below ends), and {@link #close()} closes the stream below. Used to hand out a range of a
 * stored message without reading it into memory. Not thread-safe.
 */
public final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;

    /** Takes ownership of {@code in}; {@code limit} is the most octets the view will return. */
    public BoundedInputStream(InputStream in, long limit) {
        this.in = Objects.requireNonNull(in);
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int b = in.read();
        if (b >= 0) {
            left--;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (left <= 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
