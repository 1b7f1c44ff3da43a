package org.parley.store.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a blob: the lower-case hex SHA-256 of its bytes. Two equal byte strings always get the
 * same name, which is what lets one message delivered to many recipients be stored once.
 */
public record BlobHash(String hex) implements Comparable<BlobHash> {
    public BlobHash {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a blob hash is 64 hex digits");
        }
        // every message row read from the store passes here, so no branch per character: a
        // term is negative exactly when the character lies outside its range
        int bad = 0;
        for (int i = 0; i < 64; i++) {
            int ch = hex.charAt(i);
            bad |= ((ch - '0') | ('9' - ch)) & ((ch - 'a') | ('f' - ch));
        }
        if (bad < 0) {
            throw new IllegalArgumentException("a blob hash is lower-case hex: " + hex);
        }
    }

    /** The hash of {@code data}. */
    public static BlobHash of(byte[] data) {
        try {
            return new BlobHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public int compareTo(BlobHash other) {
        return hex.compareTo(other.hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
