package org.parley.store.message;

import java.io.IOException;
import java.io.InputStream;

/**
 * A section of a stored message as a range of its bytes (BODY[…] of RFC 9051 §6.4.5), read through
 * {@link MessageBytes} only when needed so that a {@code <partial>} fetch of a large part reads
 * only what it returns.
 *
 * @param offset first octet, from the start of the message
 * @param length octets
 */
public record ByteRange(long offset, long length) {
    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative range " + offset + "+" + length);
        }
    }

    public long end() {
        return offset + length;
    }

    /**
     * The {@code <origin.count>} slice of RFC 9051 §6.4.5: starting {@code origin} octets in, at
     * most {@code count} octets; empty when {@code origin} is beyond the end.
     */
    public ByteRange partial(long origin, long count) {
        if (origin < 0 || count < 0) {
            throw new IllegalArgumentException("negative partial " + origin + "." + count);
        }
        if (origin >= length) {
            return new ByteRange(end(), 0);
        }
        return new ByteRange(offset + origin, Math.min(count, length - origin));
    }

    public InputStream open(MessageBytes source) throws IOException {
        return source.open(offset, length);
    }

    /**
     * The bytes themselves.
     *
     * @throws IllegalStateException if the range does not fit an array
     */
    public byte[] read(MessageBytes source) throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("section of " + length + " octets is too large for an array");
        }
        return source.read(offset, (int) length);
    }
}
