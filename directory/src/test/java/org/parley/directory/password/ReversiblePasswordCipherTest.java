package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ReversiblePasswordCipherTest {
    private final SecureRandom random = new SecureRandom();
    private final ReversiblePasswordCipher cipher = new ReversiblePasswordCipher(ReversiblePasswordCipher.generateKey(random), random);

    @Test
    void sealAndOpen() {
        String sealed = cipher.seal("pässword");
        assertThat(cipher.open(sealed)).isEqualTo("pässword");
        assertThat(cipher.seal("pässword")).isNotEqualTo(sealed); // fresh nonce each time
    }

    @Test
    void anotherKeyOrTamperingIsDetected() {
        String sealed = cipher.seal("secret");
        ReversiblePasswordCipher other = new ReversiblePasswordCipher(ReversiblePasswordCipher.generateKey(random), random);
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalArgumentException.class);
        int cut = sealed.lastIndexOf('$') + 1;
        byte[] ct = java.util.Base64.getDecoder().decode(sealed.substring(cut));
        ct[0] ^= 1;
        String tampered = sealed.substring(0, cut) + java.util.Base64.getEncoder().encodeToString(ct);
        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalArgumentException.class);
        for (String bad : new String[] {"", "secret", "$aes-gcm$", "$aes-gcm$AAAA$AAAA", "$aes-gcm$!!$!!"}) {
            assertThatThrownBy(() -> cipher.open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onlyAesKeysAreAccepted() {
        assertThatThrownBy(() -> new ReversiblePasswordCipher(new SecretKeySpec(new byte[32], "HmacSHA256"), random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReversiblePasswordCipher(new SecretKeySpec(new byte[10], "AES"), random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
