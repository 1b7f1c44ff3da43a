package org.parley.directory.sasl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CramMd5SaslServerTest {
    // RFC 2195 §2 example
    private static final String CHALLENGE = "<1896.697170952@postoffice.reston.mci.net>";
    private final TestAuthenticator auth = new TestAuthenticator();

    @Test
    void digestOfTheRfc2195Example() {
        assertThat(ChallengeDigests.cramMd5("tanstaaftanstaaf", CHALLENGE)).isEqualTo("b913a602c7eda7a495b4e6e7334d3890");
    }

    @Test
    void apopDigestOfTheRfc1939Example() {
        // RFC 1939 §7
        assertThat(ChallengeDigests.apop("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"))
                .isEqualTo("c4c9334bac560ecc979e58001b3e22fb");
    }

    @Test
    void replaysTheRfc2195Exchange() {
        auth.add("tim", "tanstaaftanstaaf", true, false, new byte[] {1}, 4096);
        CramMd5SaslServer s = new CramMd5SaslServer(auth, null, CHALLENGE);
        SaslStep first = s.step(null);
        assertThat(new String(((SaslStep.Challenge) first).data(), UTF_8)).isEqualTo(CHALLENGE);
        SaslStep last = s.step("tim b913a602c7eda7a495b4e6e7334d3890".getBytes(UTF_8));
        assertThat(last).isInstanceOf(SaslStep.Success.class);
    }

    @Test
    void upperCaseHexIsAccepted() {
        auth.add("tim", "tanstaaftanstaaf", true, false, new byte[] {1}, 4096);
        CramMd5SaslServer s = new CramMd5SaslServer(auth, null, CHALLENGE);
        s.step(null);
        assertThat(s.step("tim B913A602C7EDA7A495B4E6E7334D3890".getBytes(UTF_8))).isInstanceOf(SaslStep.Success.class);
    }

    @Test
    void accountWithoutReversiblePasswordFailsLikeAWrongPassword() {
        auth.add("tim", "tanstaaftanstaaf");
        CramMd5SaslServer s = new CramMd5SaslServer(auth, null, CHALLENGE);
        s.step(null);
        assertThat(s.step("tim b913a602c7eda7a495b4e6e7334d3890".getBytes(UTF_8)))
                .isEqualTo(new SaslStep.Failure(SaslFailure.INVALID_CREDENTIALS, "authentication failed"));
    }

    @Test
    void malformedResponses() {
        auth.add("tim", "tanstaaftanstaaf", true, false, new byte[] {1}, 4096);
        assertThat(new CramMd5SaslServer(auth, null, CHALLENGE).step("tim".getBytes(UTF_8)))
                .isEqualTo(new SaslStep.Failure(SaslFailure.MALFORMED, "CRAM-MD5 takes no initial response"));
        for (String bad : new String[] {"", "tim", " b913a602c7eda7a495b4e6e7334d3890", "tim b913a602",
                "tim zz13a602c7eda7a495b4e6e7334d3890", "tim  b913a602c7eda7a495b4e6e7334d38901"}) {
            CramMd5SaslServer s = new CramMd5SaslServer(auth, null, CHALLENGE);
            s.step(null);
            assertThat(s.step(bad.getBytes(UTF_8))).as(bad).isInstanceOf(SaslStep.Failure.class)
                    .extracting(f -> ((SaslStep.Failure) f).reason()).isEqualTo(SaslFailure.MALFORMED);
        }
        assertThat(auth.outcomes).isEmpty();
    }

    @Test
    void tokens() {
        assertThat(ChallengeDigests.isToken("<1896.697170952@dbc.mtview.ca.us>")).isTrue();
        assertThat(ChallengeDigests.isToken("1896@host")).isFalse();
        assertThat(ChallengeDigests.isToken("<a b@c>")).isFalse();
        assertThat(ChallengeDigests.isToken("<" + "x".repeat(600) + ">")).isFalse();
        assertThat(ChallengeDigests.matches("abcd", "ABCD")).isTrue();
        assertThat(ChallengeDigests.matches("abcd", "abc")).isFalse();
        assertThat(ChallengeDigests.matches("abcd", null)).isFalse();
    }
}
