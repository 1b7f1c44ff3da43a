package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 2920: grouped commands get their replies in order; DATA ends a group; content may carry the next group. */
class PipeliningTest extends SessionTestBase {

    @Test
    void groupedCommandsAreAnsweredInOrder() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("MAIL FROM:<carol@remote.example>\r\nRCPT TO:<bob@example.test>\r\nRCPT TO:<unknown@example.test>\r\n"
                    + "RCPT TO:<victim@other.example>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n");
            List<SmtpReply> replies = c.read(6);
            assertThat(replies).extracting(SmtpReply::code).containsExactly(250, 250, 550, 550, 250, 354);
            c.send(message("pipelined") + ".\r\n");
            assertThat(c.read().code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().recipients()).hasSize(2);
    }

    @Test
    void theNextTransactionMayFollowTheContentInOneWrite() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("MAIL FROM:<carol@remote.example>\r\nRCPT TO:<bob@example.test>\r\nDATA\r\n");
            assertThat(c.read(3)).extracting(SmtpReply::code).containsExactly(250, 250, 354);
            // RFC 2920 §3.1: the content may be the first "command" of the next group
            c.send(message("first") + ".\r\nMAIL FROM:<carol@remote.example>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n");
            assertThat(c.read(4)).extracting(SmtpReply::code).containsExactly(250, 250, 250, 354);
            c.send(message("second") + ".\r\nQUIT\r\n");
            assertThat(c.read(2)).extracting(SmtpReply::code).containsExactly(250, 221);
        }
        assertThat(fixture.delivery.next().text()).contains("Subject: first");
        assertThat(fixture.delivery.next().text()).contains("Subject: second");
    }

    @Test
    void nothingAfterQuitIsExecuted() throws Exception {
        try (SmtpClient c = mx()) {
            c.send("EHLO client.example\r\nQUIT\r\nMAIL FROM:<carol@remote.example>\r\n");
            assertThat(c.read(2)).extracting(SmtpReply::code).containsExactly(250, 221);
            assertThat(c.closedByServer()).isTrue();
        }
        assertThat(fixture.delivery.begun).isEmpty();
    }

    @Test
    void manyPipelinedCommandsInOneBatch() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("NOOP\r\n".repeat(2000));
            assertThat(c.read(2000)).allMatch(r -> r.code() == 250);
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }
}
