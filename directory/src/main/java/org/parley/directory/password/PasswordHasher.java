package org.parley.directory.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Turns passwords into {@link StoredCredentials} and checks them. Argon2id for verification of
 * plain-text logins, SCRAM-SHA-256 keys for SCRAM, and, only for accounts that opt in, an AES-GCM
 * sealed copy for CRAM-MD5 and APOP. Thread-safe.
 */
public final class PasswordHasher {
    /** Longest password accepted, in characters. */
    public static final int MAX_PASSWORD_LENGTH = 1024;
    private static final int SCRAM_SALT_BYTES = 16;
    /** Successful verifications remembered (see {@link VerifiedPasswords}): enough for a large site's active clients. */
    private static final int VERIFIED_ENTRIES = 20_000;
    /** How long a success is remembered; a password change ends it at once whatever this says. */
    private static final long VERIFIED_TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(15);
    private final PasswordParameters parameters;
    private final ReversiblePasswordCipher cipher;
    private final SecureRandom random;
    private final byte[] fakeKey;
    private final String dummyHash;
    private final VerifiedPasswords verified;

    public PasswordHasher(PasswordParameters parameters, SecretKey secretKey, SecureRandom random) {
        this.parameters = parameters;
        this.cipher = new ReversiblePasswordCipher(secretKey, random);
        this.random = random;
        this.fakeKey = ScramSha256.hmac(secretKey.getEncoded(), "parley fake SCRAM salts");
        this.dummyHash = Argon2idHash.hash("parley dummy password", parameters, random);
        this.verified = new VerifiedPasswords(VERIFIED_ENTRIES, VERIFIED_TTL_NANOS, random, System::nanoTime);
    }

    /**
     * Hashes a new password.
     *
     * @param reversible also keep a sealed copy (PasswordEncryption = clear)
     * @throws IllegalArgumentException if the password is empty, too long, or has characters
     *                                  SASLprep prohibits (control characters, unpaired surrogates)
     */
    public StoredCredentials create(String password, boolean reversible) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password is longer than " + MAX_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[SCRAM_SALT_BYTES];
        random.nextBytes(salt);
        ScramCredential scram;
        try {
            scram = ScramCredential.derive(password, salt, parameters.scramIterations());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the password contains a character not allowed in passwords (" + e.getMessage() + ")");
        }
        return new StoredCredentials(
                Argon2idHash.hash(password, parameters, random),
                scram.encode(),
                reversible ? cipher.seal(password) : null);
    }

    /**
     * Checks a password. A wrong password takes about as long whether or not the account has
     * one, so timing does not tell the two apart; a password that matched recently is
     * recognised without running Argon2id again (see {@link VerifiedPasswords}).
     */
    public boolean verify(String password, StoredCredentials stored) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            burn();
            return false;
        }
        if (stored == null || !stored.hasPassword()) {
            burn();
            return false;
        }
        String hash = stored.argon2Hash();
        if (verified.known(hash, password)) {
            return true;
        }
        try {
            boolean ok = Argon2idHash.verify(password, hash);
            if (ok) {
                verified.remember(hash, password);
            }
            return ok;
        } catch (IllegalArgumentException corrupt) {
            return false;
        }
    }

    /** Spends the time of one verification; used for unknown login names. */
    public void burn() {
        Argon2idHash.verify("parley wrong password", dummyHash);
    }

    /** The clear password of an account that keeps the reversible form. */
    public Optional<String> reversible(StoredCredentials stored) {
        if (stored == null || stored.sealedPassword() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.open(stored.sealedPassword()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<ScramCredential> scram(StoredCredentials stored) {
        if (stored == null || stored.scram() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScramCredential.parse(stored.scram()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * SCRAM parameters for a name without credentials: the same salt for the same name on every
     * start (derived from the server secret), keys nobody knows, so the exchange runs to the
     * final proof and fails there instead of revealing that the account does not exist
     * (RFC 5802 §5.1 "unknown user").
     */
    public ScramCredential fakeScram(String login) {
        String name = login.toLowerCase(Locale.ROOT);
        byte[] salt = java.util.Arrays.copyOf(ScramSha256.hmac(fakeKey, "salt:" + name), SCRAM_SALT_BYTES);
        byte[] stored = new byte[32];
        random.nextBytes(stored);
        return new ScramCredential(salt, parameters.scramIterations(), stored, ScramSha256.hmac(fakeKey, "server:" + name));
    }

    /** Constant-time comparison of two byte strings. */
    public static boolean equal(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
