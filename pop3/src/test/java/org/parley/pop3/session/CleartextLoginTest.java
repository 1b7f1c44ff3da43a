package org.parley.pop3.session;

import org.parley.directory.settings.CleartextPolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.directory.sasl.ChallengeDigests;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

/**
 * Clear-text passwords from a client that is not on loopback: the server is configured not to
 * trust loopback, so the test's 127.0.0.1 client is treated like a remote one.
 */
class CleartextLoginTest extends Pop3ServerTestBase {
    @Override
    protected Pop3Config config() {
        return super.config().withTrustLoopback(false);
    }

    private static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void userPassAndPlainMechanismsAreRefusedWithoutTls() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.multi("CAPA")).doesNotContain("USER").contains("SASL SCRAM-SHA-256 CRAM-MD5", "STLS");
            assertThat(c.send("USER alice")).startsWith("-ERR [AUTH]").contains("TLS");
            assertThat(c.send("PASS " + Pop3TestServer.ALICE_PASSWORD)).isEqualTo("-ERR send USER first");
            assertThat(c.send("AUTH PLAIN " + plain("alice", Pop3TestServer.ALICE_PASSWORD))).startsWith("-ERR [AUTH]");
            assertThat(c.send("AUTH LOGIN")).startsWith("-ERR [AUTH]");
            assertThat(c.multi("AUTH")).containsExactly("SCRAM-SHA-256", "CRAM-MD5");
            assertThat(c.send("STAT")).startsWith("-ERR");
        }
    }

    @Test
    void allowedAfterStls() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            assertThat(c.multi("CAPA")).contains("USER", "SASL SCRAM-SHA-256 CRAM-MD5 PLAIN LOGIN");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
        try (Pop3Client c = connect()) {
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            assertThat(c.send("AUTH PLAIN " + plain("alice", Pop3TestServer.ALICE_PASSWORD))).startsWith("+OK");
        }
    }

    @Test
    void allowedOnImplicitTls() throws Exception {
        try (Pop3Client c = connectTls()) {
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }

    @Test
    void allowedEverywhereWhenTheServerSettingSaysSo() throws Exception {
        server.directory().updateServerSettings(Map.of(CleartextPolicy.SETTING, "YES"));
        try (Pop3Client c = connect()) {
            assertThat(c.multi("CAPA")).contains("USER");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
        server.directory().updateServerSettings(Map.of(CleartextPolicy.SETTING, "NO"));
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER alice")).startsWith("-ERR [AUTH]");
        }
    }

    @Test
    void apopAndChallengeMechanismsNeedNoTls() throws Exception {
        try (Pop3Client c = connect()) {
            String digest = ChallengeDigests.apop(GreetingAndCapaTest.token(c.greeting()), Pop3TestServer.BOB_PASSWORD);
            assertThat(c.send("APOP bob " + digest)).startsWith("+OK");
        }
        try (Pop3Client c = connect()) {
            assertThat(SaslTest.scram(c, "alice", Pop3TestServer.ALICE_PASSWORD)).startsWith("+OK");
        }
    }
}
