package org.parley.directory.password;

/**
 * Everything stored about an account's password. Any field may be null: an account without a
 * password has none; {@code scram} is null for passwords SASLprep rejects; {@code sealedPassword}
 * is present only when the account chose the reversible form.
 *
 * @param argon2Hash     Argon2id hash in PHC format, see {@link Argon2idHash}
 * @param scram          SCRAM-SHA-256 keys, see {@link ScramCredential#encode}
 * @param sealedPassword the password encrypted by {@link ReversiblePasswordCipher}
 */
public record StoredCredentials(String argon2Hash, String scram, String sealedPassword) {
    public static final StoredCredentials NONE = new StoredCredentials(null, null, null);

    public boolean hasPassword() {
        return argon2Hash != null;
    }

    @Override
    public String toString() {
        return "StoredCredentials[password=" + hasPassword() + ", scram=" + (scram != null)
                + ", reversible=" + (sealedPassword != null) + "]";
    }
}
