package org.parley.store.message;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/** {@link MessageBytes} over an array; immutable, so safe for concurrent use. */
final class ByteArrayMessageBytes implements MessageBytes {
    private final byte[] raw;

    ByteArrayMessageBytes(byte[] raw) {
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    @Override
    public long size() {
        return raw.length;
    }

    @Override
    public InputStream open(long offset, long length) {
        MessageBytes.checkRange(offset, length, raw.length);
        return new ByteArrayInputStream(raw, (int) offset, (int) length);
    }

    @Override
    public byte[] read(long offset, int length) {
        MessageBytes.checkRange(offset, length, raw.length);
        return Arrays.copyOfRange(raw, (int) offset, (int) offset + length);
    }
}
