package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.sasl.ChallengeDigests;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

class LoginTest extends Pop3ServerTestBase {
    @Override
    protected ThrottlePolicy throttle() {
        // blocked after the third failure for a minute: long enough to be seen, no test waits for it
        return new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 1000);
    }

    @Test
    void userPassWithAnyFormOfTheName() throws Exception {
        server.deliver(server.alice, Pop3TestServer.message("hello", "x"));
        try (Pop3Client c = connect()) {
            assertThat(login(c, "alice", Pop3TestServer.ALICE_PASSWORD)).matches("\\+OK maildrop has 1 messages \\(\\d+ octets\\)");
        }
        try (Pop3Client c = connect()) {
            login(c, "ALICE@example.test", Pop3TestServer.ALICE_PASSWORD);
            assertThat(c.send("STAT")).startsWith("+OK 1 ");
        }
    }

    @Test
    void failuresLookTheSameForUnknownNamesAndWrongPasswords() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER nobody")).startsWith("+OK");
            String unknown = c.send("PASS whatever");
            assertThat(c.send("USER alice")).startsWith("+OK");
            String wrong = c.send("PASS wrong");
            assertThat(unknown).isEqualTo(wrong).isEqualTo("-ERR [AUTH] authentication failed");
            // RFC 1939 §7: after a failed PASS the client starts again with USER
            assertThat(c.send("PASS " + Pop3TestServer.ALICE_PASSWORD)).isEqualTo("-ERR send USER first");
        }
    }

    @Test
    void apopNeedsAReversiblePassword() throws Exception {
        try (Pop3Client c = connect()) {
            String token = GreetingAndCapaTest.token(c.greeting());
            assertThat(c.send("APOP alice " + ChallengeDigests.apop(token, Pop3TestServer.ALICE_PASSWORD)))
                    .isEqualTo("-ERR [AUTH] authentication failed");
            assertThat(c.send("APOP bob " + ChallengeDigests.apop(token, "not-bobs"))).startsWith("-ERR [AUTH]");
            assertThat(c.send("APOP bob " + ChallengeDigests.apop(token, Pop3TestServer.BOB_PASSWORD)))
                    .startsWith("+OK maildrop has 0 messages");
        }
    }

    @Test
    void apopDigestOfAnotherGreetingFails() throws Exception {
        String oldToken;
        try (Pop3Client c = connect()) {
            oldToken = GreetingAndCapaTest.token(c.greeting());
        }
        try (Pop3Client c = connect()) {
            assertThat(c.send("APOP bob " + ChallengeDigests.apop(oldToken, Pop3TestServer.BOB_PASSWORD))).startsWith("-ERR [AUTH]");
        }
    }

    @Test
    void accessModesWithoutPopRefuseAfterTheRightPassword() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER carol")).startsWith("+OK");
            assertThat(c.send("PASS " + Pop3TestServer.CAROL_PASSWORD)).startsWith("-ERR [SYS/PERM]");
            assertThat(c.send("STAT")).startsWith("-ERR");
        }
    }

    @Test
    void throttledLoginsAnswerSysTemp() throws Exception {
        try (Pop3Client c = connect()) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.send("USER bob")).startsWith("+OK");
                assertThat(c.send("PASS wrong" + i)).startsWith("-ERR [AUTH]");
            }
        }
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER bob")).startsWith("+OK");
            // RFC 3206 §4: even the right password is refused while throttled
            assertThat(c.send("PASS " + Pop3TestServer.BOB_PASSWORD)).startsWith("-ERR [SYS/TEMP]");
            String token = GreetingAndCapaTest.token(c.greeting());
            assertThat(c.send("APOP bob " + ChallengeDigests.apop(token, Pop3TestServer.BOB_PASSWORD))).startsWith("-ERR [SYS/TEMP]");
        }
    }
}
