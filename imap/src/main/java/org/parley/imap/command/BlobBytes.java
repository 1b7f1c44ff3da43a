package org.parley.imap.command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.parley.store.blob.BlobHash;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageBytes;

/**
 * {@link MessageBytes} over a stored blob: small ranges are read positionally, large ones
 * streamed, so BODY[] of a big message never sits in memory whole.
 */
final class BlobBytes implements MessageBytes {
    private static final int READ_AT_ONCE = 64 * 1024;

    private final BlobStore blobs;
    private final BlobHash hash;
    private final long size;

    BlobBytes(BlobStore blobs, BlobHash hash, long size) {
        this.blobs = blobs;
        this.hash = hash;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream open(long offset, long length) throws IOException {
        MessageBytes.checkRange(offset, length, size);
        if (length <= READ_AT_ONCE) {
            return new ByteArrayInputStream(blobs.read(hash, offset, (int) length));
        }
        InputStream in = blobs.open(hash);
        long left = offset;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    in.close();
                    throw new java.io.EOFException("message storage ended early");
                }
                n = 1;
            }
            left -= n;
        }
        return new BoundedStream(in, length);
    }

    @Override
    public byte[] read(long offset, int length) throws IOException {
        MessageBytes.checkRange(offset, length, size);
        byte[] b = blobs.read(hash, offset, length);
        if (b.length != length) {
            throw new java.io.EOFException("message storage ended " + (length - b.length) + " octets early");
        }
        return b;
    }

    /** Stops after {@code left} octets; closes the blob stream. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long left) {
            this.in = in;
            this.left = left;
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
}
