package org.parley.directory.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Remembers, for a while, that a password matched a stored Argon2id hash, so that a client that
 * logs in again and again (a phone polling IMAP, a mail client opening five connections) pays the
 * memory-hard hash once instead of at every login. Only successes are remembered: a wrong
 * password always costs a full Argon2id verification, and throttling still counts it.
 *
 * <p>The key is the stored hash string itself (its per-account salt makes it unique, and a new
 * password gives a new string, so a password change invalidates the entry by itself); the value
 * is an HMAC-SHA-256 of the password under a key drawn at start and never stored, so the memory
 * holds no password and nothing that can be attacked offline without that key. Entries expire
 * after {@code ttlNanos}; the least recently used go first when {@code maxEntries} is reached.
 * Thread-safe.
 */
final class VerifiedPasswords {
    private final byte[] key = new byte[32];
    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Remembered> entries;

    private record Remembered(byte[] mac, long expires) {}

    VerifiedPasswords(int maxEntries, long ttlNanos, SecureRandom random, LongSupplier nanoTime) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
        random.nextBytes(key);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > VerifiedPasswords.this.maxEntries;
            }
        };
    }

    /** Whether {@code password} was verified against {@code storedHash} within the time to live. */
    boolean known(String storedHash, String password) {
        Remembered e;
        synchronized (entries) {
            e = entries.get(storedHash);
        }
        if (e == null) {
            return false;
        }
        if (nanoTime.getAsLong() - e.expires() > 0) {
            synchronized (entries) {
                entries.remove(storedHash, e);
            }
            return false;
        }
        return MessageDigest.isEqual(e.mac(), mac(storedHash, password));
    }

    /** Records a successful verification. */
    void remember(String storedHash, String password) {
        if (maxEntries <= 0) {
            return;
        }
        Remembered e = new Remembered(mac(storedHash, password), nanoTime.getAsLong() + ttlNanos);
        synchronized (entries) {
            entries.put(storedHash, e);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private byte[] mac(String storedHash, String password) {
        return ScramSha256.hmac(key, (storedHash + '\0' + password).getBytes(StandardCharsets.UTF_8));
    }
}
