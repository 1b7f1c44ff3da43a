package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idHashTest {
    private static final PasswordParameters FAST = PasswordParameters.fastForTests();
    private final SecureRandom random = new SecureRandom();

    @Test
    void verifiesAHashMadeByTheReferenceImplementation() {
        // `echo -n password | argon2 randomsaltishard -id -t 3 -m 12 -p 1 -l 32 -e` (phc-winner-argon2 CLI)
        String reference = "$argon2id$v=19$m=4096,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU";
        assertThat(Argon2idHash.verify("password", reference)).isTrue();
        assertThat(Argon2idHash.verify("Password", reference)).isFalse();
    }

    @Test
    void hashThenVerify() {
        String h = Argon2idHash.hash("correct horse", FAST, random);
        assertThat(Argon2idHash.verify("correct horse", h)).isTrue();
        assertThat(Argon2idHash.verify("correct horse ", h)).isFalse();
        assertThat(Argon2idHash.verify("", h)).isFalse();
    }

    @Test
    void encodedFormCarriesItsParametersAndRoundTrips() {
        PasswordParameters p = new PasswordParameters(64, 2, 2, 4096);
        String h = Argon2idHash.hash("pw", p, random);
        assertThat(h).matches("\\$argon2id\\$v=19\\$m=64,t=2,p=2\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        Argon2idHash.Parsed parsed = Argon2idHash.parse(h);
        assertThat(parsed.memory()).isEqualTo(64);
        assertThat(parsed.iterations()).isEqualTo(2);
        assertThat(parsed.parallelism()).isEqualTo(2);
        assertThat(parsed.salt()).hasSize(16);
        assertThat(parsed.hash()).hasSize(32);
        // verification uses the stored parameters, not the current ones
        assertThat(Argon2idHash.verify("pw", h)).isTrue();
    }

    @Test
    void saltsDiffer() {
        String a = Argon2idHash.hash("same", FAST, random);
        String b = Argon2idHash.hash("same", FAST, random);
        assertThat(a).isNotEqualTo(b);
        assertThat(Argon2idHash.parse(a).salt()).isNotEqualTo(Argon2idHash.parse(b).salt());
    }

    @Test
    void unicodePasswordsAreHashedAsUtf8() {
        String h = Argon2idHash.hash("pässwörd", FAST, random);
        assertThat(Argon2idHash.verify("pässwörd", h)).isTrue();
        assertThat(Argon2idHash.verify("passwoerd", h)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "$argon2i$v=19$m=4096,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$YMvo8AUoNtnKYGqeODruCjHdiEbl1pKL2MsYy9VgU/E",
        "$argon2id$v=16$m=4096,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=3$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=99999999,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=0,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=3,p=1,x=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$c2hvcnQ",
        "$argon2id$v=19$m=4096,t=3,p=1$!!!$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU",
        "$argon2id$v=19$m=4096,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU$extra",
        "$argon2id$v=19$m=abc,t=3,p=1$cmFuZG9tc2FsdGlzaGFyZA$DYojYpnUWSMmTtrkVXyaNWVGxLmGe1n8VJBPDdFkbjU"
    })
    void malformedEncodingsAreRejected(String encoded) {
        assertThatThrownBy(() -> Argon2idHash.verify("password", encoded)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new PasswordParameters(7, 1, 1, 4096)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordParameters(64, 0, 1, 4096)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordParameters(64, 1, 1, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PasswordParameters.DEFAULT.argon2MemoryKiB()).isEqualTo(19 * 1024);
    }
}
