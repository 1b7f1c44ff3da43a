package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** Bad command lines: each gets a clear 5xx, the session goes on, and too many errors close it with 421. */
class HostileInputTest extends SessionTestBase {

    @Test
    void overlongCommandLineIs500AndTheSessionGoesOn() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("MAIL FROM:<" + "a".repeat(100_000) + "@remote.example>");
            assertThat(r.code()).isEqualTo(500);
            assertThat(r.status()).hasToString("5.5.2");
            assertThat(c.command("NOOP").code()).isEqualTo(250);
            assertThat(c.sendMail("carol@remote.example", "bob@example.test", message("after")).code()).isEqualTo(250);
        }
    }

    @Test
    void nulControlCharactersAndBadUtf8Are500() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("NOOP\0hidden").status()).hasToString("5.5.2");
            assertThat(c.command("MAIL FROM:<a\u0001@remote.example>").code()).isEqualTo(500);
            c.sendBytes("RCPT TO:<\u00ff\u00fe@example.test>\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.read().code()).isEqualTo(500);
            assertThat(c.command("XYZZY").status()).hasToString("5.5.1");
            assertThat(c.command("").code()).isEqualTo(500);
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }

    @Test
    void tooManyErrorsCloseTheConnectionWith421() throws Exception {
        try (SmtpClient c = mx()) {
            for (int i = 1; i < 20; i++) {
                assertThat(c.command("GARBAGE " + i).code()).isEqualTo(500);
            }
            SmtpReply last = c.command("GARBAGE 20");
            assertThat(last.code()).isEqualTo(500);
            SmtpReply closing = c.read();
            assertThat(closing.code()).isEqualTo(421);
            assertThat(closing.status()).hasToString("4.7.0");
            assertThat(c.closedByServer()).isTrue();
        }
        try (SmtpClient c = mx()) {
            assertThat(c.command("NOOP").code()).isEqualTo(250); // the server keeps serving
        }
    }

    @Test
    void randomGarbageNeverBreaksTheServer() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            try (SmtpClient c = mx()) {
                byte[] junk = new byte[random.nextInt(3000)];
                random.nextBytes(junk);
                c.sendBytes(junk);
                c.send("\r\nNOOP\r\n");
                // every reply is well-formed; the connection ends with a 421 or survives to the NOOP
                SmtpReply r;
                do {
                    r = readOrNull(c);
                } while (r != null && r.code() != 421 && !(r.code() == 250 && r.text().equals("OK")));
            }
        }
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.sendMail("carol@remote.example", "bob@example.test", message("still alive")).code())
                    .isEqualTo(250);
        }
    }

    private static SmtpReply readOrNull(SmtpClient c) throws IOException {
        try {
            return c.read();
        } catch (java.io.EOFException e) {
            return null;
        }
    }
}
