package org.parley.imap.codec;

/**
 * The {@code <offset.length>} suffix of BODY[...] and BINARY[...] (RFC 9051 §6.4.5): return at
 * most {@code length} octets starting at {@code offset}. The FETCH response names only the offset
 * ({@code BODY[]<0>}); past the end the data is empty.
 */
public record Partial(long offset, long length) {
    public Partial {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("partial needs offset >= 0 and length > 0");
        }
    }
}
