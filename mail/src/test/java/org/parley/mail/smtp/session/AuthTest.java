package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 4954 AUTH with the shared SASL mechanisms, over a loopback connection. */
class AuthTest extends SessionTestBase {

    static void authPlain(SmtpClient c, String user, String password) throws IOException {
        SmtpReply r = c.command("AUTH PLAIN " + SaslClient.plain(user, password));
        assertThat(r.code()).as(r.toString()).isEqualTo(235);
    }

    @Test
    void plainWithInitialResponseAuthenticatesAndAllowsRelay() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("AUTH PLAIN " + SaslClient.plain("alice", SmtpFixture.ALICE_PASSWORD));
            assertThat(r.code()).isEqualTo(235);
            assertThat(r.status()).hasToString("2.7.0");
            c.command("MAIL FROM:<" + SmtpFixture.ALICE + ">");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(250);
            assertThat(c.sendMailData(message("authed")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().authenticated().principal()).isEqualTo(SmtpFixture.ALICE);
        assertThat(m.context().relayAllowed()).isTrue();
        assertThat(m.context().protocol()).isEqualTo("ESMTPA");
        assertThat(m.text()).contains("with ESMTPA id").doesNotContain("alice-secret");
    }

    @Test
    void plainWithoutInitialResponseGetsAnEmptyChallenge() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("AUTH PLAIN\r\n");
            SmtpReply challenge = c.read();
            assertThat(challenge.code()).isEqualTo(334);
            assertThat(challenge.text()).isEmpty();
            assertThat(c.command(SaslClient.plain(SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD)).code()).isEqualTo(235);
        }
    }

    @Test
    void login() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply user = c.command("AUTH LOGIN");
            assertThat(user.code()).isEqualTo(334);
            assertThat(SaslClient.unb64(user.text())).isEqualToIgnoringCase("Username:");
            assertThat(c.command(SaslClient.b64(SmtpFixture.ALICE)).code()).isEqualTo(334);
            assertThat(c.command(SaslClient.b64(SmtpFixture.ALICE_PASSWORD)).code()).isEqualTo(235);
        }
    }

    @Test
    void cramMd5() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply challenge = c.command("AUTH CRAM-MD5");
            assertThat(challenge.code()).isEqualTo(334);
            assertThat(SaslClient.unb64(challenge.text())).endsWith("@" + SmtpFixture.SERVER_NAME + ">");
            SmtpReply r = c.command(SaslClient.cramMd5(SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD, challenge.text()));
            assertThat(r.code()).isEqualTo(235);
        }
    }

    @Test
    void scramSha256SendsTheServerSignatureAsAFinalChallenge() throws Exception {
        SaslClient.Scram scram = new SaslClient.Scram(SmtpFixture.BOB, SmtpFixture.BOB_PASSWORD);
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply serverFirst = c.command("AUTH SCRAM-SHA-256 " + scram.clientFirst());
            assertThat(serverFirst.code()).isEqualTo(334);
            SmtpReply serverFinal = c.command(scram.clientFinal(serverFirst.text()));
            assertThat(serverFinal.code()).isEqualTo(334);
            assertThat(scram.serverFinalValid(serverFinal.text())).isTrue();
            assertThat(c.command("").code()).isEqualTo(235);
            c.command("MAIL FROM:<" + SmtpFixture.BOB + ">");
            c.command("RCPT TO:<alice@example.test>");
            c.sendMailData(message("scram"));
        }
        assertThat(fixture.delivery.next().context().authenticated().principal()).isEqualTo(SmtpFixture.BOB);
    }

    @Test
    void wrongPasswordIs535AndTheSessionGoesOn() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.BOB, "wrong"));
            assertThat(r.code()).isEqualTo(535);
            assertThat(r.status()).hasToString("5.7.8");
            // no difference between a wrong password and an unknown account
            assertThat(c.command("AUTH PLAIN " + SaslClient.plain("nobody@example.test", "wrong"))).isEqualTo(r);
            authPlain(c, SmtpFixture.BOB, SmtpFixture.BOB_PASSWORD);
        }
    }

    @Test
    void cancelBadBase64AndUnknownMechanism() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("AUTH LOGIN");
            SmtpReply cancelled = c.command("*");
            assertThat(cancelled.code()).isEqualTo(501);
            c.command("AUTH LOGIN");
            SmtpReply bad = c.command("%%%not base64%%%");
            assertThat(bad.code()).isEqualTo(501);
            assertThat(bad.status()).hasToString("5.5.2");
            assertThat(c.command("AUTH GSSAPI").code()).isEqualTo(504);
            assertThat(c.command("AUTH PLAIN not-base64!").code()).isEqualTo(501);
            c.send("AUTH LOGIN\r\n");
            c.read();
            c.send("A".repeat(20_000) + "\r\n");
            SmtpReply tooLong = c.read();
            assertThat(tooLong.code()).isEqualTo(500);
            assertThat(tooLong.status()).hasToString("5.5.6");
            authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
        }
    }

    @Test
    void authOnlyOnceAndNeverInsideATransaction() throws Exception {
        try (SmtpClient c = mx()) {
            assertThat(c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD))
                    .code()).isEqualTo(503); // before EHLO
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            assertThat(c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD))
                    .code()).isEqualTo(503);
            c.command("RSET");
            authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            assertThat(c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD))
                    .code()).isEqualTo(503);
        }
    }
}
