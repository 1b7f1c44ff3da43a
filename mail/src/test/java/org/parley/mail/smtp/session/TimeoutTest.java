package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 5321 §4.5.3.2: an idle client is told 421 4.4.2 and disconnected; an open transaction is aborted. */
class TimeoutTest extends SessionTestBase {

    @Test
    void idleClientIsDisconnected() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.MX).withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300)));
        try (SmtpClient c = SmtpClient.connect(port)) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<stalled@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.command("DATA");
            c.send("Subject: stalled\r\n\r\nhalf"); // then nothing
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(421);
            assertThat(r.status()).hasToString("4.4.2");
            assertThat(c.closedByServer()).isTrue();
        }
        Poll.until(() -> fixture.delivery.abortedFrom("<stalled@remote.example>") == 1);
        assertThat(fixture.delivery.committed).isEmpty();
    }
}
