package org.parley.store.message;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;

/**
 * Random access to the stored bytes of one message, so that FETCH reads only the section it
 * needs: the store hands over a {@code byte[]} ({@link #of(byte[])}) or a blob's file channel
 * ({@link #of(FileChannel)}). Offsets are those of {@link BodyPart}.
 *
 * <p>Implementations are safe for concurrent use and never own anything the caller must release
 * through them: whoever opened a channel closes it after the last stream is done.
 */
public interface MessageBytes {
    /** Octets in the message. */
    long size();

    /**
     * A stream over {@code [offset, offset + length)}. The caller closes it.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]}
     */
    InputStream open(long offset, long length) throws IOException;

    /**
     * The bytes of {@code [offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]}
     * @throws EOFException if the underlying storage turned out shorter than {@link #size()}
     */
    default byte[] read(long offset, int length) throws IOException {
        try (InputStream in = open(offset, length)) {
            byte[] b = in.readNBytes(length);
            if (b.length != length) {
                throw new EOFException("message storage ended " + (length - b.length) + " octets early");
            }
            return b;
        }
    }

    /** A view of an in-memory message; the array is not copied and must not change afterwards. */
    static MessageBytes of(byte[] raw) {
        return new ByteArrayMessageBytes(raw);
    }

    /**
     * A view of a file channel holding exactly one message, read with positional reads (the
     * channel's own position is never touched). Its size is taken now.
     */
    static MessageBytes of(FileChannel channel) throws IOException {
        return new ChannelMessageBytes(channel, channel.size());
    }

    /** Checks that a range lies within {@code [0, size]}. */
    static void checkRange(long offset, long length, long size) {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " outside 0.." + size);
        }
    }
}
