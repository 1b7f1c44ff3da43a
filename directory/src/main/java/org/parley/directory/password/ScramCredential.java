package org.parley.directory.password;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * What a server keeps for SCRAM-SHA-256 (RFC 5802 §3, §5): salt, iteration count, StoredKey and
 * ServerKey. Encoded for storage as {@code SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>}
 * (base64), the layout PostgreSQL uses for the same data.
 */
public record ScramCredential(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
    static final int MAX_ITERATIONS = 1_000_000;
    private static final String PREFIX = ScramSha256.MECHANISM + "$";

    public ScramCredential {
        salt = salt.clone();
        storedKey = storedKey.clone();
        serverKey = serverKey.clone();
    }

    /**
     * Derives the keys from a password (RFC 5802 §3): SaltedPassword = Hi(SASLprep(password), salt, i),
     * StoredKey = H(HMAC(SaltedPassword, "Client Key")), ServerKey = HMAC(SaltedPassword, "Server Key").
     *
     * @throws IllegalArgumentException if SASLprep rejects the password
     */
    public static ScramCredential derive(String password, byte[] salt, int iterations) {
        byte[] salted = ScramSha256.hi(SaslPrep.prepare(password).getBytes(StandardCharsets.UTF_8), salt, iterations);
        byte[] clientKey = ScramSha256.hmac(salted, "Client Key");
        return new ScramCredential(salt, iterations, ScramSha256.h(clientKey), ScramSha256.hmac(salted, "Server Key"));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] storedKey() {
        return storedKey.clone();
    }

    @Override
    public byte[] serverKey() {
        return serverKey.clone();
    }

    public String encode() {
        Base64.Encoder b = Base64.getEncoder();
        return PREFIX + iterations + ":" + b.encodeToString(salt) + "$" + b.encodeToString(storedKey) + ":"
                + b.encodeToString(serverKey);
    }

    /** @throws IllegalArgumentException if the text is not {@link #encode}'s form */
    public static ScramCredential parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > 512) {
            throw new IllegalArgumentException("not a SCRAM-SHA-256 credential");
        }
        String[] halves = text.substring(PREFIX.length()).split("\\$", -1);
        if (halves.length != 2) {
            throw new IllegalArgumentException("SCRAM credential must have two parts");
        }
        String[] first = halves[0].split(":", -1);
        String[] second = halves[1].split(":", -1);
        if (first.length != 2 || second.length != 2 || first[0].length() > 7) {
            throw new IllegalArgumentException("malformed SCRAM credential");
        }
        int iterations = Integer.parseInt(first[0]);
        Base64.Decoder d = Base64.getDecoder();
        byte[] salt = d.decode(first[1]);
        byte[] stored = d.decode(second[0]);
        byte[] server = d.decode(second[1]);
        if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || stored.length != 32 || server.length != 32) {
            throw new IllegalArgumentException("SCRAM credential out of range");
        }
        return new ScramCredential(salt, iterations, stored, server);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScramCredential c && iterations == c.iterations && Arrays.equals(salt, c.salt)
                && Arrays.equals(storedKey, c.storedKey) && Arrays.equals(serverKey, c.serverKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(storedKey);
    }

    @Override
    public String toString() {
        return "ScramCredential[iterations=" + iterations + "]";
    }
}
