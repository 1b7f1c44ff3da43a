package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.EhloCapabilities;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 3207 STARTTLS and implicit TLS (RFC 8314): state reset, pipelined plaintext dropped, TLS in the trace. */
class StartTlsTest extends SessionTestBase {

    @Test
    void afterStartTlsTheSessionStartsOverAndTheTraceNamesTheCipher() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply go = c.command("STARTTLS");
            assertThat(go.code()).isEqualTo(220);
            c.startTls();
            assertThat(c.command("MAIL FROM:<carol@remote.example>").code()).isEqualTo(503); // EHLO again first
            EhloCapabilities caps = EhloCapabilities.parse(c.command("EHLO client.example"));
            assertThat(caps.supports("STARTTLS")).isFalse();
            assertThat(caps.supports("REQUIRETLS")).isTrue();
            assertThat(c.command("STARTTLS").code()).isEqualTo(503);
            assertThat(c.command("MAIL FROM:<carol@remote.example> REQUIRETLS").code()).isEqualTo(250);
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.sendMailData(message("tls")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().secure()).isTrue();
        assertThat(m.context().protocol()).isEqualTo("ESMTPS");
        assertThat(m.parameters().requireTls()).isTrue();
        assertThat(m.text()).containsPattern("with ESMTPS id \\w+\r\n\t\\(TLSv1\\.[23] TLS_[A-Z0-9_]+\\)\r\n");
    }

    @Test
    void plaintextPipelinedAfterStartTlsIsNeverExecuted() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("STARTTLS\r\nMAIL FROM:<evil@remote.example>\r\nRCPT TO:<bob@example.test>\r\n");
            assertThat(c.read().code()).isEqualTo(220);
            c.startTls();
            c.command("EHLO client.example");
            // the injected MAIL was dropped with the plaintext buffer (CVE-2011-0411)
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(503);
        }
        assertThat(fixture.delivery.begun).isEmpty();
    }

    @Test
    void startTlsNeedsEhlo() throws Exception {
        try (SmtpClient c = mx()) {
            assertThat(c.command("STARTTLS").code()).isEqualTo(503);
            c.command("HELO client.example");
            assertThat(c.command("STARTTLS").code()).isEqualTo(503);
            assertThat(c.command("STARTTLS now").code()).isEqualTo(501);
        }
    }

    @Test
    void authenticationIsForgottenByStartTls() throws Exception {
        try (SmtpClient c = submission()) {
            c.command("EHLO client.example");
            AuthTest.authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            c.command("STARTTLS");
            c.startTls();
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<" + SmtpFixture.ALICE + ">").code()).isEqualTo(530);
        }
    }

    @Test
    void implicitTlsListenerLikePort465() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.SUBMISSION), true);
        try (SmtpClient c = SmtpClient.connectTls(port)) {
            EhloCapabilities caps = EhloCapabilities.parse(c.command("EHLO client.example"));
            assertThat(caps.supports("STARTTLS")).isFalse();
            assertThat(caps.authMechanisms()).contains("PLAIN", "LOGIN", "SCRAM-SHA-256");
            AuthTest.authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            c.command("MAIL FROM:<" + SmtpFixture.ALICE + ">");
            c.command("RCPT TO:<friend@other.example>");
            assertThat(c.sendMailData(message("465")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().protocol()).isEqualTo("ESMTPSA");
        assertThat(m.context().relayAllowed()).isTrue();
    }
}
