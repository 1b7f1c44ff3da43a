package org.parley.directory.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the reversible copy of a password that accounts with {@code PasswordEncryption=clear}
 * keep for CRAM-MD5 and APOP. AES-GCM (NIST SP 800-38D) with a random 96-bit nonce per value and a
 * 128-bit tag; the server secret key is supplied by the composition root and never stored beside
 * the database. Stored form: {@code $aes-gcm$<nonce>$<ciphertext+tag>} (base64). Thread-safe.
 */
public final class ReversiblePasswordCipher {
    private static final String PREFIX = "$aes-gcm$";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    // binds ciphertexts to their purpose, so a value sealed for another use of the key never opens here
    private static final byte[] AAD = "parley reversible password v1".getBytes(StandardCharsets.US_ASCII);
    private final SecretKey key;
    private final SecureRandom random;

    /** @param key an AES key of 128, 192 or 256 bits */
    public ReversiblePasswordCipher(SecretKey key, SecureRandom random) {
        if (key == null || !"AES".equalsIgnoreCase(key.getAlgorithm()) || key.getEncoded() == null) {
            throw new IllegalArgumentException("an AES secret key is required");
        }
        int len = key.getEncoded().length;
        if (len != 16 && len != 24 && len != 32) {
            throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes");
        }
        this.key = key;
        this.random = random;
    }

    /** A new random 256-bit AES key, for the composition root to store on first start. */
    public static SecretKey generateKey(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    public String seal(String password) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(AAD);
            byte[] ct = c.doFinal(password.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b = Base64.getEncoder();
            return PREFIX + b.encodeToString(nonce) + "$" + b.encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * Decrypts a sealed password.
     *
     * @throws IllegalArgumentException if the value is malformed, was sealed under another key or
     *                                  was tampered with
     */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX) || sealed.length() > 8192) {
            throw new IllegalArgumentException("not a sealed password");
        }
        String[] parts = sealed.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("malformed sealed password");
        }
        byte[] nonce = Base64.getDecoder().decode(parts[0]);
        byte[] ct = Base64.getDecoder().decode(parts[1]);
        if (nonce.length != NONCE_BYTES || ct.length < TAG_BITS / 8) {
            throw new IllegalArgumentException("malformed sealed password");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(AAD);
            return new String(c.doFinal(ct), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("sealed password does not open under this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
