package org.parley.directory.password;

/**
 * Cost of password hashing. Argon2id parameters follow RFC 9106 §4 / OWASP's second recommended
 * setting (19 MiB, 2 passes, 1 lane); SCRAM-SHA-256 uses 4096 PBKDF2 iterations, the minimum
 * RFC 7677 §4 allows and what clients expect. Stored hashes carry their own parameters, so
 * changing these affects only passwords set afterwards.
 *
 * @param argon2MemoryKiB   Argon2 memory in KiB, at least 8 × parallelism
 * @param argon2Iterations  Argon2 passes, at least 1
 * @param argon2Parallelism Argon2 lanes, 1 to 16
 * @param scramIterations   PBKDF2 iterations for SCRAM keys, at least 4096
 */
public record PasswordParameters(int argon2MemoryKiB, int argon2Iterations, int argon2Parallelism, int scramIterations) {
    /** Production default. */
    public static final PasswordParameters DEFAULT = new PasswordParameters(19 * 1024, 2, 1, 4096);

    public PasswordParameters {
        if (argon2Parallelism < 1 || argon2Parallelism > Argon2idHash.MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1.." + Argon2idHash.MAX_PARALLELISM);
        }
        if (argon2MemoryKiB < 8 * argon2Parallelism || argon2MemoryKiB > Argon2idHash.MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be 8*p.." + Argon2idHash.MAX_MEMORY_KIB + " KiB");
        }
        if (argon2Iterations < 1 || argon2Iterations > Argon2idHash.MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2 iterations must be 1.." + Argon2idHash.MAX_ITERATIONS);
        }
        if (scramIterations < 4096 || scramIterations > ScramCredential.MAX_ITERATIONS) {
            throw new IllegalArgumentException("SCRAM iterations must be 4096.." + ScramCredential.MAX_ITERATIONS);
        }
    }

    /** Cheapest legal Argon2 setting, for test suites only: hashes in well under a millisecond. */
    public static PasswordParameters fastForTests() {
        return new PasswordParameters(8, 1, 1, 4096);
    }
}
