package org.parley.directory.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) password hashes in the PHC string format used by the reference
 * implementation: {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}, salt and hash
 * in unpadded standard base64.
 */
public final class Argon2idHash {
    static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private Argon2idHash() {}

    /** Hashes a password with a fresh random salt. */
    public static String hash(String password, PasswordParameters p, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = compute(password, salt, p.argon2MemoryKiB(), p.argon2Iterations(), p.argon2Parallelism(), HASH_BYTES);
        return PREFIX + "m=" + p.argon2MemoryKiB() + ",t=" + p.argon2Iterations() + ",p=" + p.argon2Parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * Checks a password against an encoded hash; the comparison takes the same time wherever the
     * bytes differ.
     *
     * @throws IllegalArgumentException if {@code encoded} is not a well-formed Argon2id hash
     */
    public static boolean verify(String password, String encoded) {
        Parsed h = parse(encoded);
        byte[] out = compute(password, h.salt, h.memory, h.iterations, h.parallelism, h.hash.length);
        return MessageDigest.isEqual(out, h.hash);
    }

    /** The parsed fields of an encoded hash; exposed for tests and upgrades of parameters. */
    record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {}

    static Parsed parse(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX) || encoded.length() > 512) {
            throw new IllegalArgumentException("not an Argon2id v19 hash");
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Argon2id hash must have parameters, salt and hash");
        }
        int m = -1;
        int t = -1;
        int p = -1;
        String[] params = parts[0].split(",", -1);
        if (params.length != 3) {
            throw new IllegalArgumentException("Argon2id parameters must be m=,t=,p=");
        }
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq < 0 || param.length() - eq > 8) {
                throw new IllegalArgumentException("bad Argon2id parameter: " + param);
            }
            int value = Integer.parseInt(param.substring(eq + 1));
            switch (param.substring(0, eq)) {
                case "m" -> m = value;
                case "t" -> t = value;
                case "p" -> p = value;
                default -> throw new IllegalArgumentException("unknown Argon2id parameter: " + param);
            }
        }
        if (p < 1 || p > MAX_PARALLELISM || m < 8 * p || m > MAX_MEMORY_KIB || t < 1 || t > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] hash = Base64.getDecoder().decode(parts[2]);
        if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 128) {
            throw new IllegalArgumentException("Argon2id salt or hash has a bad length");
        }
        return new Parsed(m, t, p, salt, hash);
    }

    private static byte[] compute(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
