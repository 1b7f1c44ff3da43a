package org.parley.directory.sasl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SaslMechanismsTest {
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(697170952), ZoneOffset.UTC);
    private final SaslMechanisms mechanisms =
            new SaslMechanisms(new TestAuthenticator(), "mail.example.com", SaslMechanisms.randomNonces(new SecureRandom()), clock, true);

    @Test
    void plainTextMechanismsOnlyWhenAllowed() {
        assertThat(mechanisms.available(false)).containsExactly("SCRAM-SHA-256", "CRAM-MD5");
        assertThat(mechanisms.available(true)).containsExactly("SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN");
        assertThat(mechanisms.create("plain", false, null)).isEmpty();
        assertThat(mechanisms.create("Plain", true, null)).get().isInstanceOf(PlainSaslServer.class);
        assertThat(mechanisms.create("LOGIN", true, null)).get().isInstanceOf(LoginSaslServer.class);
        assertThat(mechanisms.create("scram-sha-256", false, null)).get().isInstanceOf(ScramSha256SaslServer.class);
        assertThat(mechanisms.create("CRAM-MD5", false, null)).get().extracting(SaslServer::mechanism).isEqualTo("CRAM-MD5");
    }

    @Test
    void unknownMechanisms() {
        assertThat(mechanisms.create("GSSAPI", true, null)).isEmpty();
        assertThat(mechanisms.create("SCRAM-SHA-256-PLUS", true, null)).isEmpty();
        assertThat(mechanisms.create(null, true, null)).isEmpty();
    }

    @Test
    void cramMd5CanBeLeftOut() {
        SaslMechanisms without = new SaslMechanisms(new TestAuthenticator(), "h", clock, false);
        assertThat(without.available(true)).doesNotContain("CRAM-MD5");
        assertThat(without.create("CRAM-MD5", true, null)).isEmpty();
    }

    @Test
    void challengesAreUniqueMessageIds() {
        String a = mechanisms.challenge();
        assertThat(a).matches("<[A-Za-z0-9]+\\.697170952@mail\\.example\\.com>");
        assertThat(mechanisms.challenge()).isNotEqualTo(a);
        assertThat(ChallengeDigests.isToken(a)).isTrue();
    }

    @Test
    void base64Framing() {
        assertThat(SaslCodec.decode("=")).isEmpty();
        assertThat(SaslCodec.decode("dGVzdA==")).containsExactly('t', 'e', 's', 't');
        assertThat(SaslCodec.isCancel("*")).isTrue();
        assertThat(SaslCodec.encode(new byte[] {'t', 'e', 's', 't'})).isEqualTo("dGVzdA==");
        for (String bad : new String[] {"@@@@", "dGV zdA==", "dGVzdA===", "d", "\u00e9"}) {
            assertThatThrownBy(() -> SaslCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SaslCodec.decode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaslCodec.decode("A".repeat(20_000))).hasMessageContaining("longer than");
    }
}
