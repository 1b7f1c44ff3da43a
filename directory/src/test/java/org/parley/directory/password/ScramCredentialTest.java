package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ScramCredentialTest {
    @Test
    void hiMatchesPbkdf2HmacSha256Vector() {
        // RFC 7914 §11 PBKDF2-HMAC-SHA256 test vector: P="passwd", S="salt", c=1 (first 32 bytes)
        byte[] out = ScramSha256.hi("passwd".getBytes(), "salt".getBytes(), 1);
        assertThat(HexFormat.of().formatHex(out))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void encodingRoundTrips() {
        ScramCredential c = ScramCredential.derive("pencil", Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        String text = c.encode();
        assertThat(text).startsWith("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$");
        assertThat(ScramCredential.parse(text)).isEqualTo(c);
    }

    @Test
    void malformedEncodingsAreRejected() {
        for (String bad : new String[] {"", "SCRAM-SHA-1$4096:c2FsdA==$a:b", "SCRAM-SHA-256$x:c2FsdA==$a:b",
                "SCRAM-SHA-256$4096:c2FsdA==", "SCRAM-SHA-256$4096:c2FsdA==$c2hvcnQ=:c2hvcnQ=",
                "SCRAM-SHA-256$0:c2FsdA==$" + "A".repeat(43) + "=:" + "A".repeat(43) + "="}) {
            assertThatThrownBy(() -> ScramCredential.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void passwordsArePreparedWithSaslPrep() {
        byte[] salt = {1, 2, 3};
        // U+00AD SOFT HYPHEN maps to nothing, U+2003 EM SPACE to SPACE (RFC 4013 §2.1)
        assertThat(ScramCredential.derive("pen\u00ADcil", salt, 4096)).isEqualTo(ScramCredential.derive("pencil", salt, 4096));
        assertThat(ScramCredential.derive("a\u2003b", salt, 4096)).isEqualTo(ScramCredential.derive("a b", salt, 4096));
    }
}
