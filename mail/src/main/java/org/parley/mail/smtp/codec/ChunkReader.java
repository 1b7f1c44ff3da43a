package org.parley.mail.smtp.codec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads the octets of one BDAT chunk (RFC 3030 §2): exactly the announced count, no
 * dot-stuffing, no terminator. Stateless.
 */
public final class ChunkReader {

    private ChunkReader() {
    }

    /**
     * What one chunk transfer did.
     *
     * @param written   octets written to the sink
     * @param discarded octets read and dropped because the budget ran out
     */
    public record Chunk(long written, long discarded) {
        public boolean exceeded() {
            return discarded > 0;
        }
    }

    /**
     * Reads exactly {@code size} octets: the first {@code budget} go to the sink, the rest are read
     * and dropped so the connection stays in step (RFC 3030 §4.2: the server must consume the
     * chunk even when it refuses it).
     *
     * @param budget octets the message may still grow by; 0 to discard the whole chunk
     * @throws EOFException when the stream ends early (abort the transaction, close the connection)
     */
    public static Chunk transfer(InputStream in, long size, OutputStream sink, long budget) throws IOException {
        if (size < 0 || budget < 0) {
            throw new IllegalArgumentException("size and budget must not be negative");
        }
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, size))];
        long remaining = size;
        long written = 0;
        long discarded = 0;
        while (remaining > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new EOFException("connection closed inside BDAT after " + (size - remaining) + " of "
                        + size + " octets");
            }
            int keep = (int) Math.min(n, Math.max(0, budget - written));
            if (keep > 0) {
                sink.write(buffer, 0, keep);
                written += keep;
            }
            discarded += n - keep;
            remaining -= n;
        }
        return new Chunk(written, discarded);
    }
}
