package org.parley.directory.sasl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainSaslServerTest {
    private final TestAuthenticator auth = new TestAuthenticator();

    @BeforeEach
    void users() {
        auth.add("tim", "tanstaaf");
        auth.add("boss", "bosspw", false, true, new byte[] {1}, 4096);
    }

    private SaslStep plain(String message) {
        return new PlainSaslServer(auth, null).step(message.getBytes(UTF_8));
    }

    private static SaslFailure reason(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Failure.class);
        return ((SaslStep.Failure) step).reason();
    }

    private static String who(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Success.class);
        return ((SaslStep.Success) step).principal().account();
    }

    @Test
    void initialResponse() {
        assertThat(who(plain("\0tim\0tanstaaf"))).isEqualTo("tim");
    }

    @Test
    void withoutInitialResponseTheServerSendsAnEmptyChallenge() {
        PlainSaslServer s = new PlainSaslServer(auth, null);
        SaslStep first = s.step(null);
        assertThat(first).isInstanceOf(SaslStep.Challenge.class);
        assertThat(((SaslStep.Challenge) first).data()).isEmpty();
        assertThat(who(s.step("\0tim\0tanstaaf".getBytes(UTF_8)))).isEqualTo("tim");
    }

    @Test
    void wrongPassword() {
        assertThat(reason(plain("\0tim\0TANSTAAF"))).isEqualTo(SaslFailure.INVALID_CREDENTIALS);
        assertThat(reason(plain("\0nobody\0x"))).isEqualTo(SaslFailure.INVALID_CREDENTIALS);
    }

    @Test
    void authzidEqualToTheUserIsAllowed() {
        assertThat(who(plain("tim\0tim\0tanstaaf"))).isEqualTo("tim");
    }

    @Test
    void authzidOfSomeoneElseNeedsTheImpersonationRight() {
        assertThat(reason(plain("boss\0tim\0tanstaaf"))).isEqualTo(SaslFailure.NOT_AUTHORIZED);
        assertThat(who(plain("tim\0boss\0bosspw"))).isEqualTo("tim");
        assertThat(reason(plain("ghost\0boss\0bosspw"))).isEqualTo(SaslFailure.NOT_AUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tim", "\0tim", "tim\0tanstaaf", "\0\0tanstaaf", "\0tim\0", "\0tim\0tans\0taaf", "\0\0\0"})
    void badLayoutsAreMalformed(String message) {
        assertThat(reason(plain(message))).isEqualTo(SaslFailure.MALFORMED);
        assertThat(auth.outcomes).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] msg = {0, 't', 'i', 'm', 0, (byte) 0xC0, (byte) 0xAF};
        assertThat(reason(new PlainSaslServer(auth, null).step(msg))).isEqualTo(SaslFailure.MALFORMED);
    }

    @Test
    void overLongPartsAreMalformed() {
        assertThat(reason(plain("\0" + "u".repeat(1025) + "\0pw"))).isEqualTo(SaslFailure.MALFORMED);
        assertThat(reason(plain("\0tim\0" + "p".repeat(4097)))).isEqualTo(SaslFailure.MALFORMED);
    }

    @Test
    void throttled() {
        auth.throttled = true;
        assertThat(reason(plain("\0tim\0tanstaaf"))).isEqualTo(SaslFailure.THROTTLED);
    }
}
