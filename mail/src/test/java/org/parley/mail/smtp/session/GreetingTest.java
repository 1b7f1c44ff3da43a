package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.core.net.ListenerSpec;
import org.parley.mail.smtp.codec.EhloCapabilities;
import org.parley.mail.smtp.codec.SmtpReply;

/** Greeting, HELO/EHLO/LHLO, the extension list, and the commands without state: NOOP, RSET, VRFY, EXPN, HELP, QUIT. */
class GreetingTest extends SessionTestBase {

    @Test
    void greetsWithTheServerName() throws Exception {
        try (SmtpClient c = SmtpClient.connectRaw(fixture.port(SmtpFlavour.MX))) {
            SmtpReply greeting = c.read();
            assertThat(greeting.code()).isEqualTo(220);
            assertThat(greeting.text()).startsWith(SmtpFixture.SERVER_NAME + " ESMTP");
        }
        try (SmtpClient c = SmtpClient.connectRaw(fixture.port(SmtpFlavour.LMTP))) {
            assertThat(c.read().text()).startsWith(SmtpFixture.SERVER_NAME + " LMTP");
        }
    }

    @Test
    void ehloAdvertisesTheExtensionsOfAPlainLoopbackConnection() throws Exception {
        try (SmtpClient c = mx()) {
            SmtpReply reply = c.command("EHLO client.example");
            assertThat(reply.code()).isEqualTo(250);
            assertThat(reply.status()).isNull(); // RFC 2034 §3: no enhanced code on EHLO
            EhloCapabilities caps = EhloCapabilities.parse(reply);
            assertThat(caps.greeting()).startsWith(SmtpFixture.SERVER_NAME);
            assertThat(caps.keywords().keySet()).containsExactly("PIPELINING", "SIZE", "8BITMIME", "SMTPUTF8",
                    "ENHANCEDSTATUSCODES", "DSN", "CHUNKING", "BINARYMIME", "STARTTLS", "AUTH");
            assertThat(caps.sizeLimit()).hasValue(SmtpConfig.DEFAULT_MAX_MESSAGE_SIZE);
            // loopback: clear-text mechanisms are acceptable (SaslMechanisms decides which)
            assertThat(caps.authMechanisms()).containsExactly("SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN");
            assertThat(caps.supports("REQUIRETLS")).isFalse(); // RFC 8689: only over TLS
        }
    }

    @Test
    void heloGreetsWithoutExtensionsAndRefusesTheirParameters() throws Exception {
        try (SmtpClient c = mx()) {
            SmtpReply reply = c.command("HELO client.example");
            assertThat(reply.code()).isEqualTo(250);
            assertThat(reply.lines()).hasSize(1);
            // RFC 5321 §4.1.1.11: parameters of extensions not advertised are unknown
            assertThat(c.command("MAIL FROM:<a@remote.example> SIZE=100").code()).isEqualTo(555);
            assertThat(c.command("MAIL FROM:<a@remote.example>").code()).isEqualTo(250);
            c.send("BDAT 3 LAST\r\nabc");
            assertThat(c.read().code()).isEqualTo(503); // CHUNKING was not advertised; the chunk is skipped
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }

    @Test
    void lmtpAnswersLhloAndRefusesSmtpGreetings() throws Exception {
        try (SmtpClient c = lmtp()) {
            assertThat(c.command("HELO client.example").code()).isEqualTo(500);
            assertThat(c.command("EHLO client.example").code()).isEqualTo(500);
            SmtpReply reply = c.command("LHLO client.example");
            assertThat(reply.code()).isEqualTo(250);
            EhloCapabilities caps = EhloCapabilities.parse(reply);
            assertThat(caps.supports("PIPELINING")).isTrue();
            assertThat(caps.supports("AUTH")).isFalse(); // LMTP clients are trusted local MTAs
        }
        try (SmtpClient c = mx()) {
            assertThat(c.command("LHLO client.example").code()).isEqualTo(500);
        }
    }

    @Test
    void statelessCommands() throws Exception {
        try (SmtpClient c = mx()) {
            assertThat(c.command("NOOP")).satisfies(r -> assertThat(r.code()).isEqualTo(250));
            assertThat(c.command("NOOP anything at all").code()).isEqualTo(250);
            assertThat(c.command("RSET").code()).isEqualTo(250);
            // RFC 5321 §7.3: VRFY never says whether an account exists
            SmtpReply known = c.command("VRFY alice");
            SmtpReply unknown = c.command("VRFY nobody-at-all");
            assertThat(known.code()).isEqualTo(252);
            assertThat(unknown).isEqualTo(known);
            assertThat(c.command("EXPN staff").code()).isEqualTo(502);
            SmtpReply help = c.command("HELP");
            assertThat(help.code()).isEqualTo(214);
            assertThat(help.status()).hasToString("2.0.0");
            SmtpReply bye = c.command("QUIT");
            assertThat(bye.code()).isEqualTo(221);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void commandsAreCaseInsensitive() throws Exception {
        try (SmtpClient c = mx()) {
            assertThat(c.command("ehlo client.example").code()).isEqualTo(250);
            assertThat(c.command("mail from:<a@remote.example>").code()).isEqualTo(250);
            assertThat(c.command("rcpt to:<bob@example.test>").code()).isEqualTo(250);
            assertThat(c.command("rset").code()).isEqualTo(250);
        }
    }

    @Test
    void ehloResetsAnOpenTransaction() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<reset-by-ehlo@remote.example>").code()).isEqualTo(250);
            assertThat(c.command("EHLO client.example").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(503);
            assertThat(fixture.delivery.abortedFrom("<reset-by-ehlo@remote.example>")).isEqualTo(1);
        }
    }

    @Test
    void tooManyConnectionsAreGreetedWith421() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.MX), false,
                ListenerSpec.of("smtp-limited", "SMTP", InetAddress.getLoopbackAddress(), 0, false)
                        .withLimits(1, 1, Duration.ofMinutes(1)));
        try (SmtpClient first = SmtpClient.connect(port); SmtpClient second = SmtpClient.connectRaw(port)) {
            SmtpReply refused = second.read();
            assertThat(refused.code()).isEqualTo(421);
            assertThat(refused.status()).hasToString("4.7.0");
            assertThat(refused.text()).contains("too many connections");
            assertThat(second.closedByServer()).isTrue();
            assertThat(first.command("NOOP").code()).isEqualTo(250);
        }
    }
}
