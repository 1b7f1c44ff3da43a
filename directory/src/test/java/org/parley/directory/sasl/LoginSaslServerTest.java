package org.parley.directory.sasl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginSaslServerTest {
    private final TestAuthenticator auth = new TestAuthenticator();
    private final LoginSaslServer server = new LoginSaslServer(auth, null);

    @BeforeEach
    void users() {
        auth.add("tim", "tanstaaf");
    }

    private static String challenge(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Challenge.class);
        return new String(((SaslStep.Challenge) step).data(), UTF_8);
    }

    @Test
    void asksForUserNameThenPassword() {
        assertThat(challenge(server.step(null))).isEqualTo("Username:");
        assertThat(challenge(server.step("tim".getBytes(UTF_8)))).isEqualTo("Password:");
        SaslStep last = server.step("tanstaaf".getBytes(UTF_8));
        assertThat(last).isInstanceOf(SaslStep.Success.class);
        assertThatThrownBy(() -> server.step(new byte[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void userNameAsInitialResponse() {
        assertThat(challenge(server.step("tim".getBytes(UTF_8)))).isEqualTo("Password:");
        assertThat(server.step("wrong".getBytes(UTF_8))).isEqualTo(new SaslStep.Failure(SaslFailure.INVALID_CREDENTIALS,
                "authentication failed"));
    }

    @Test
    void emptyPartsAndNulsAreMalformed() {
        assertThat(server.step(new byte[0])).isInstanceOf(SaslStep.Failure.class);
        LoginSaslServer s2 = new LoginSaslServer(auth, null);
        s2.step("tim".getBytes(UTF_8));
        assertThat(s2.step(new byte[0])).isEqualTo(new SaslStep.Failure(SaslFailure.MALFORMED, "empty or over-long password"));
        LoginSaslServer s3 = new LoginSaslServer(auth, null);
        assertThat(s3.step("t\0im".getBytes(UTF_8))).isEqualTo(new SaslStep.Failure(SaslFailure.MALFORMED, "NUL in response"));
        LoginSaslServer s4 = new LoginSaslServer(auth, null);
        s4.step(null);
        assertThat(s4.step(null)).isInstanceOf(SaslStep.Failure.class);
        assertThat(auth.outcomes).isEmpty();
    }
}
