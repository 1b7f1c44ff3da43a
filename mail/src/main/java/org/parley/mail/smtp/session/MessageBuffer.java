package org.parley.mail.smtp.session;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Message content as it arrives (DATA or BDAT chunks), held in memory up to a fixed cap because
 * {@link org.parley.mail.delivery.DeliveryTransaction#commit(byte[])} takes the whole message.
 * Grows by doubling, never beyond the cap: the readers stop writing at the SIZE limit, and a write
 * past the cap is a bug, not client input. Not thread-safe.
 */
public final class MessageBuffer extends OutputStream {
    private final long cap;
    private byte[] data;
    private int size;

    /** @param cap most octets this buffer will ever hold (at most {@code Integer.MAX_VALUE - 8}) */
    public MessageBuffer(long cap) {
        if (cap < 0 || cap > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("message buffer cap out of range: " + cap);
        }
        this.cap = cap;
        this.data = new byte[(int) Math.min(cap, 16 * 1024)];
    }

    @Override
    public void write(int b) {
        ensure(1);
        data[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    private void ensure(int more) {
        long needed = (long) size + more;
        if (needed > cap) {
            throw new IllegalStateException("message buffer cap of " + cap + " octets exceeded");
        }
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(cap, Math.max(needed, (long) data.length * 2)));
        }
    }

    public int size() {
        return size;
    }

    /** Octets still allowed before the cap. */
    public long remaining() {
        return cap - size;
    }

    /** The backing array; valid up to {@link #size()} and only until the next write. */
    public byte[] array() {
        return data;
    }
}
