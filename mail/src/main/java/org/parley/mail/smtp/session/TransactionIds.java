package org.parley.mail.smtp.session;

import java.security.SecureRandom;

/**
 * Short unguessable identifiers for transactions ({@code Received: … id}, the 250 reply, logs) and
 * the left side of generated Message-IDs. Thread-safe.
 */
public final class TransactionIds {
    private static final char[] ALPHABET = "0123456789BCDFGHJKLMNPQRSTVWXZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TransactionIds() {}

    /** {@code length} characters from a 30-letter alphabet without vowels (no accidental words). */
    public static String next(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
