package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher =
            new PasswordHasher(PasswordParameters.fastForTests(), ReversiblePasswordCipher.generateKey(random), random);

    @Test
    void hashedFormKeepsNoClearPassword() {
        StoredCredentials c = hasher.create("secret!", false);
        assertThat(c.argon2Hash()).startsWith("$argon2id$");
        assertThat(c.scram()).startsWith("SCRAM-SHA-256$4096:");
        assertThat(c.sealedPassword()).isNull();
        assertThat(c.toString()).doesNotContain("secret!");
        assertThat(hasher.verify("secret!", c)).isTrue();
        assertThat(hasher.verify("secret?", c)).isFalse();
        assertThat(hasher.reversible(c)).isEmpty();
    }

    @Test
    void reversibleFormIsEncryptedNotPlain() {
        StoredCredentials c = hasher.create("tanstaaftanstaaf", true);
        assertThat(c.sealedPassword()).startsWith("$aes-gcm$").doesNotContain("tanstaaf");
        assertThat(hasher.reversible(c)).contains("tanstaaftanstaaf");
    }

    @Test
    void scramKeysMatchADerivationFromThePassword() {
        StoredCredentials c = hasher.create("pencil", false);
        ScramCredential stored = hasher.scram(c).orElseThrow();
        assertThat(ScramCredential.derive("pencil", stored.salt(), stored.iterations())).isEqualTo(stored);
    }

    @Test
    void aRememberedSuccessStillRefusesOtherPasswordsAndEndsWithAPasswordChange() {
        StoredCredentials c = hasher.create("first", false);
        assertThat(hasher.verify("first", c)).isTrue();
        assertThat(hasher.verify("first", c)).isTrue();
        assertThat(hasher.verify("firsT", c)).isFalse();
        StoredCredentials changed = hasher.create("second", false);
        assertThat(hasher.verify("first", changed)).isFalse();
        assertThat(hasher.verify("second", changed)).isTrue();
    }

    @Test
    void noPasswordNeverVerifies() {
        assertThat(hasher.verify("", StoredCredentials.NONE)).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }

    @Test
    void badPasswordsAreRefused() {
        assertThatThrownBy(() -> hasher.create("", false)).hasMessageContaining("empty");
        assertThatThrownBy(() -> hasher.create("x".repeat(1025), false)).hasMessageContaining("longer");
        assertThatThrownBy(() -> hasher.create("a\u0001b", false)).hasMessageContaining("not allowed");
    }

    @Test
    void corruptStoredValuesFailClosed() {
        StoredCredentials broken = new StoredCredentials("$argon2id$garbage", "SCRAM-SHA-256$junk", "$aes-gcm$junk");
        assertThat(hasher.verify("x", broken)).isFalse();
        assertThat(hasher.scram(broken)).isEmpty();
        assertThat(hasher.reversible(broken)).isEmpty();
    }

    @Test
    void decoySaltIsStablePerNameButKeysAreUnusable() {
        ScramCredential a = hasher.fakeScram("Nobody");
        ScramCredential b = hasher.fakeScram("nobody");
        assertThat(a.salt()).isEqualTo(b.salt());
        assertThat(a.storedKey()).isNotEqualTo(b.storedKey());
        assertThat(hasher.fakeScram("other").salt()).isNotEqualTo(a.salt());
    }
}
