package org.parley.store.message;

/** RFC 2047 encoded-word decoding as the store does it, for protocol code that searches header text. */
public final class EncodedWords {
    private EncodedWords() {}

    /** Encoded-words decoded; text that is not one (or that cannot be decoded) is kept as it is. */
    public static String decode(String value) {
        return HeaderText.decodeWords(value);
    }
}
