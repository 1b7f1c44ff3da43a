package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 2033 LMTP: LHLO, one reply per accepted recipient after the content, final delivery only. */
class LmtpTest extends SessionTestBase {

    @Test
    void oneReplyPerAcceptedRecipientInOrder() throws Exception {
        try (SmtpClient c = lmtp()) {
            c.command("LHLO mta.example");
            c.command("MAIL FROM:<carol@remote.example>");
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<unknown@example.test>").code()).isEqualTo(550);
            assertThat(c.command("RCPT TO:<full@example.test>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<alice@example.test>").code()).isEqualTo(250);
            assertThat(c.command("DATA").code()).isEqualTo(354);
            c.send(message("lmtp") + ".\r\n");
            List<SmtpReply> replies = c.read(3);
            assertThat(replies).extracting(SmtpReply::code).containsExactly(250, 452, 250);
            assertThat(replies.get(1).status()).hasToString("4.2.2");
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().protocol()).isEqualTo("LMTP");
        assertThat(m.text()).startsWith("Received: from mta.example ([127.0.0.1])\r\n\tby mx.example.test (Parley) with LMTP id");
    }

    @Test
    void bdatAlsoGetsOneReplyPerRecipient() throws Exception {
        byte[] content = message("lmtp bdat").getBytes(StandardCharsets.UTF_8);
        try (SmtpClient c = lmtp()) {
            c.command("LHLO mta.example");
            c.send("MAIL FROM:<carol@remote.example>\r\nRCPT TO:<bob@example.test>\r\nRCPT TO:<broken@example.test>\r\n"
                    + "BDAT " + content.length + " LAST\r\n");
            c.sendBytes(content);
            assertThat(c.read(5)).extracting(SmtpReply::code).containsExactly(250, 250, 250, 250, 554);
        }
    }

    @Test
    void aRefusedMessageIsRefusedForEachRecipient() throws Exception {
        try (SmtpClient c = lmtp()) {
            c.command("LHLO mta.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.command("RCPT TO:<alice@example.test>");
            c.command("DATA");
            c.send("Subject: nul\r\n\r\n\0\r\n.\r\n");
            assertThat(c.read(2)).extracting(SmtpReply::code).containsExactly(554, 554);
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }

    @Test
    void lmtpNeverRelaysEvenForListedAddresses() throws Exception {
        fixture.allowLoopbackRelay();
        try (SmtpClient c = lmtp()) {
            c.command("LHLO mta.example");
            c.command("MAIL FROM:<carol@remote.example>");
            SmtpReply r = c.command("RCPT TO:<friend@other.example>");
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.7.1");
        }
    }
}
