package org.parley.store.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * {@link MessageBytes} over a file channel with positional reads, which do not share a position
 * and so are safe from several threads at once.
 */
final class ChannelMessageBytes implements MessageBytes {
    private final FileChannel channel;
    private final long size;

    ChannelMessageBytes(FileChannel channel, long size) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream open(long offset, long length) {
        MessageBytes.checkRange(offset, length, size);
        return new RangeStream(offset, offset + length);
    }

    private final class RangeStream extends InputStream {
        private long position;
        private final long end;

        RangeStream(long position, long end) {
            this.position = position;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (position >= end) {
                return -1;
            }
            int n = (int) Math.min(len, end - position);
            int read = channel.read(ByteBuffer.wrap(b, off, n), position);
            if (read < 0) {
                position = end; // the file is shorter than promised: end of stream
                return -1;
            }
            position += read;
            return read;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, end - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, end - position);
        }
    }
}
