package org.parley.server;

import java.security.SecureRandom;

/** Random passwords for accounts the server creates itself (postmaster on first start). */
final class GeneratedPassword {
    // no look-alikes (0/O, 1/l/I) so a password read off a terminal can be typed back
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {}

    /** 20 characters from a 56-symbol alphabet: about 116 bits. */
    static String next() {
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
