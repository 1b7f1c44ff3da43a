package org.parley.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpClient;

/** Hostile input against the packaged server: each case is answered, and the server keeps serving. */
class SmtpHostileInputIT extends MailServerPerClass {
    static final String BODY = "Subject: ok\r\n\r\nfine\r\n";

    private static SmtpClient transaction() throws Exception {
        SmtpClient c = SmtpClient.connect(server.port("smtp"));
        c.command("EHLO client.example");
        assertThat(c.command("MAIL FROM:<carol@remote.example>").code()).isEqualTo(250);
        assertThat(c.command("RCPT TO:<" + MailServer.BOB + ">").code()).isEqualTo(250);
        return c;
    }

    /** The server still delivers a plain message on a fresh connection. */
    private static void stillServing() throws Exception {
        try (SmtpClient c = transaction()) {
            assertThat(c.sendMailData(BODY).code()).isEqualTo(250);
        }
    }

    @Test
    void bareLineFeedsInDataAreRefused() throws Exception {
        try (SmtpClient c = transaction()) {
            SmtpReply r = c.sendMailData("Subject: lf\n\nbare\n.\nMAIL FROM:<evil@remote.example>\r\n");
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.6.0");
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
        stillServing();
    }

    @Test
    void overlongLinesAndNul() throws Exception {
        try (SmtpClient c = transaction()) {
            SmtpReply tooLong = c.command("RCPT TO:<" + "x".repeat(200_000) + "@example.test>");
            assertThat(tooLong.code()).isEqualTo(500);
            assertThat(tooLong.status()).hasToString("5.5.2");
            assertThat(c.command("NOOP\0").code()).isEqualTo(500);
            SmtpReply nul = c.sendMailData("Subject: nul\r\n\r\n\0\r\n");
            assertThat(nul.code()).isEqualTo(554);
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<" + MailServer.BOB + ">");
            assertThat(c.sendMailData("Subject: long line\r\n\r\n" + "y".repeat(20_000) + "\r\n").code()).isEqualTo(250);
        }
        stillServing();
    }

    @Test
    void dataBeyondTheSizeLimitIsDrainedAndRefused() throws Exception {
        try (SmtpClient c = transaction()) {
            assertThat(c.command("DATA").code()).isEqualTo(354);
            byte[] line = ("z".repeat(998) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 52 * 1024; i++) { // 52 MiB against a 50 MiB limit
                c.sendBytes(line);
            }
            c.send(".\r\n");
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(552);
            assertThat(r.status()).hasToString("5.3.4");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<" + MailServer.BOB + ">");
            assertThat(c.sendMailData(BODY).code()).isEqualTo(250);
        }
    }

    @Test
    void pipeliningAbuseAndCommandsOutOfOrder() throws Exception {
        try (SmtpClient c = SmtpClient.connect(server.port("smtp"))) {
            assertThat(c.command("DATA").code()).isEqualTo(503);
            assertThat(c.command("RCPT TO:<" + MailServer.BOB + ">").code()).isEqualTo(503);
            c.command("EHLO client.example");
            // the whole transaction in one write, content before the 354: refused and closed
            c.send("MAIL FROM:<carol@remote.example>\r\nRCPT TO:<" + MailServer.BOB + ">\r\nDATA\r\n" + BODY
                    + ".\r\nQUIT\r\n");
            List<SmtpReply> replies = c.read(3);
            assertThat(replies).extracting(SmtpReply::code).containsExactly(250, 250, 554);
            assertThat(c.closedByServer()).isTrue();
        }
        stillServing();
    }

    @Test
    void aClientThatVanishesMidMessageChangesNothing() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port("smtp"))) {
            OutputStream out = s.getOutputStream();
            out.write(("EHLO x\r\nMAIL FROM:<a@remote.example>\r\nRCPT TO:<" + MailServer.BOB + ">\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        stillServing();
    }
}
