package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** DATA: content handling, the trace field, refusals (size, bare line endings, NUL, loops) and the final reply. */
class DataTest extends SessionTestBase {

    @Test
    void messageGetsAReceivedFieldAndTheReplyComesAfterCommit() throws Exception {
        SmtpReply reply;
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            reply = c.sendMail("carol@remote.example", "bob@example.test", message("hello"));
        }
        assertThat(reply.code()).isEqualTo(250);
        assertThat(reply.status()).hasToString("2.0.0");
        RecordingDelivery.Committed m = fixture.delivery.next();
        String id = reply.text().replaceAll(".*queued as ", "");
        assertThat(m.text()).isEqualTo("Received: from client.example ([127.0.0.1])\r\n"
                + "\tby mx.example.test (Parley) with ESMTP id " + id + "\r\n"
                + "\tfor <bob@example.test>;\r\n"
                + "\tSat, 28 Nov 2026 18:43:26 +0000\r\n"
                + message("hello"));
    }

    @Test
    void severalRecipientsAreNotNamedInTheTrace() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.command("RCPT TO:<alice@example.test>");
            assertThat(c.sendMailData(message("two")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.recipients()).hasSize(2);
        assertThat(m.text()).doesNotContain(" for <");
    }

    @Test
    void dotStuffingIsUndone() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            // on the wire: "..leading", "...", ".." (RFC 5321 §4.5.2 transparency)
            c.sendMail("carol@remote.example", "bob@example.test", "Subject: dots\r\n\r\n..leading\r\n...\r\n..\r\n");
        }
        assertThat(fixture.delivery.next().text()).endsWith("\r\n\r\n.leading\r\n..\r\n.\r\n");
    }

    @Test
    void partialFailureIsAcceptedAndTotalFailureReportsTheTemporaryOne() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<full@example.test>");
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.sendMailData(message("partial")).code()).isEqualTo(250); // the service bounces the other

            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<broken@example.test>");
            c.command("RCPT TO:<full@example.test>");
            SmtpReply all = c.sendMailData(message("none"));
            assertThat(all.code()).isEqualTo(452);
            assertThat(all.status()).hasToString("4.2.2");

            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<broken@example.test>");
            assertThat(c.sendMailData(message("perm")).code()).isEqualTo(554);
        }
    }

    @Test
    void oversizedMessageIsDrainedThen552AndTheSessionGoesOn() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.MX).withMaxMessageSize(10_000));
        try (SmtpClient c = SmtpClient.connect(port)) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.command("DATA").code()).isEqualTo(354);
            String line = "x".repeat(98) + "\r\n";
            c.send("Subject: big\r\n\r\n" + line.repeat(1000) + ".\r\n");
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(552);
            assertThat(r.status()).hasToString("5.3.4");
            // in step: the next transaction works on the same connection
            assertThat(c.sendMail("carol@remote.example", "bob@example.test", message("small")).code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().text()).contains("Subject: small");
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void bareLineFeedsAreRefusedOnPort25() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.sendMail("carol@remote.example", "bob@example.test", "Subject: lf\r\n\r\nline\nother\r\n");
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.6.0");
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void smugglingAttemptNeverEndsTheMessageEarly() throws Exception {
        fixture.allowLoopbackRelay();
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.command("DATA").code()).isEqualTo(354);
            // <LF>.<LF> and <LF>.<CRLF> are not the end of data: the "smuggled" commands stay content
            c.send("Subject: smuggle\r\n\r\nhi\n.\nMAIL FROM:<evil@remote.example>\r\nRCPT TO:<x@other.example>\r\n"
                    + "DATA\r\nSubject: smuggled\r\n\r\nboo\n.\r\nQUIT\r\n.\r\n");
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(550); // bare LF on port 25
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.begun).hasSize(1);
    }

    @Test
    void nulIsRefusedInData() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.sendMail("carol@remote.example", "bob@example.test", "Subject: nul\r\n\r\na\0b\r\n");
            assertThat(r.code()).isEqualTo(554);
            assertThat(r.status()).hasToString("5.6.0");
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }

    @Test
    void longLinesAndEightBitDataAreKept() throws Exception {
        String body = "y".repeat(5000) + "\r\n\u00e9t\u00e9\r\n";
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.sendMail("carol@remote.example", "bob@example.test", "Subject: long\r\n\r\n" + body).code())
                    .isEqualTo(250);
        }
        assertThat(fixture.delivery.next().message()).endsWith(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMessageWithTooManyReceivedFieldsIsALoop() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            String fifty = "Received: from a by b; Sat, 28 Nov 2026 18:00:00 +0000\r\n".repeat(50);
            assertThat(c.sendMail("carol@remote.example", "bob@example.test", fifty + message("ok")).code())
                    .isEqualTo(250);
            SmtpReply loop = c.sendMail("carol@remote.example", "bob@example.test",
                    fifty + "Received: x\r\n" + message("loop"));
            assertThat(loop.code()).isEqualTo(554);
            assertThat(loop.status()).hasToString("5.4.6");
        }
        assertThat(fixture.delivery.next().text()).contains("Subject: ok");
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void contentBeforeThe354IsASynchronizationError() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<early@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send("DATA\r\n" + message("too early") + ".\r\n");
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(554);
            assertThat(r.text()).contains("synchronization");
            assertThat(c.closedByServer()).isTrue();
        }
        assertThat(fixture.delivery.committed).isEmpty();
        assertThat(fixture.delivery.abortedFrom("<early@remote.example>")).isEqualTo(1);
    }

    @Test
    void aConnectionLostInsideDataAbortsTheTransaction() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<lost@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.command("DATA");
            c.send("Subject: cut\r\n\r\npartial");
        }
        Poll.until(() -> fixture.delivery.abortedFrom("<lost@remote.example>") == 1);
        assertThat(fixture.delivery.committed).isEmpty();
    }
}
