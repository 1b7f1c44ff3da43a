package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * RFC 6409 submission: AUTH before MAIL, Date and Message-ID added when missing. Which sender
 * addresses an account may use is the delivery service's decision (see the black-box tests).
 */
class SubmissionTest extends SessionTestBase {

    @Test
    void mailNeedsAuthentication() throws Exception {
        try (SmtpClient c = submission()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("MAIL FROM:<" + SmtpFixture.ALICE + ">");
            assertThat(r.code()).isEqualTo(530);
            assertThat(r.status()).hasToString("5.7.0");
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(503);
        }
        assertThat(fixture.delivery.begun).isEmpty();
    }

    @Test
    void missingDateAndMessageIdAreAdded() throws Exception {
        try (SmtpClient c = submission()) {
            c.command("EHLO client.example");
            AuthTest.authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            assertThat(c.sendMail(SmtpFixture.ALICE, "friend@other.example",
                    "From: alice@example.test\r\nSubject: bare\r\n\r\nbody\r\n").code()).isEqualTo(250);
            assertThat(c.sendMail(SmtpFixture.ALICE, "friend@other.example",
                    "From: alice@example.test\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\nMessage-ID: <mine@client>\r\n"
                            + "Subject: complete\r\n\r\nbody\r\n").code()).isEqualTo(250);
        }
        String bare = fixture.delivery.next().text();
        assertThat(bare).containsPattern("\r\nDate: Sat, 28 Nov 2026 18:43:26 \\+0000\r\n");
        assertThat(bare).containsPattern("\r\nMessage-ID: <[0-9A-Z.]+@mx\\.example\\.test>\r\n");
        assertThat(bare).startsWith("Received: ").contains("with ESMTPA id");
        String complete = fixture.delivery.next().text();
        assertThat(complete).containsOnlyOnce("Date:").containsOnlyOnce("Message-ID:").contains("<mine@client>");
    }

    @Test
    void bareLineFeedsAreNormalizedOnSubmission() throws Exception {
        try (SmtpClient c = submission()) {
            c.command("EHLO client.example");
            AuthTest.authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            assertThat(c.sendMail(SmtpFixture.ALICE, "bob@example.test",
                    "Subject: lf\nDate: x\nMessage-ID: <a@b>\n\nline one\nline two\r\n").code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().text()).endsWith("Subject: lf\r\nDate: x\r\nMessage-ID: <a@b>\r\n\r\n"
                + "line one\r\nline two\r\n");
    }

    @Test
    void mxTransactionsGetNoAddedFields() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.sendMail("carol@remote.example", "bob@example.test", "Subject: bare\r\n\r\nbody\r\n");
        }
        assertThat(fixture.delivery.next().text()).doesNotContain("Message-ID:").doesNotContain("\r\nDate:");
    }
}
