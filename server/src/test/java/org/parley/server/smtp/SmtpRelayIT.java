package org.parley.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpClient;

/**
 * Relay protection and sender checks of the packaged server with the real delivery service:
 * 127.0.0.1 is not in ClientIPs, so unauthenticated mail to other domains is refused in every
 * address disguise; an authenticated account relays but may only use its own addresses unless
 * AllowAnySender is set. Accepted foreign recipients are reset, never sent (no test touches DNS).
 */
class SmtpRelayIT extends MailServerPerClass {
    static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<victim@other.example>", "<victim%other.example@example.test>",
            "<@example.test:victim@other.example>", "<@relay.example:victim@example.test>",
            "<\"victim@other.example\"@example.test>", "<other.example!victim@example.test>",
            "<victim@[192.0.2.1]>", "<victim@OTHER.Example>"})
    void openRelayProbesAreRefusedWith571(String path) throws Exception {
        try (SmtpClient c = SmtpClient.connect(server.port("smtp"))) {
            c.command("EHLO probe.example");
            assertThat(c.command("MAIL FROM:<spammer@remote.example>").code()).isEqualTo(250);
            SmtpReply r = c.command("RCPT TO:" + path);
            assertThat(r.code()).as(path).isEqualTo(550);
            assertThat(r.status()).as(path + " " + r).hasToString("5.7.1");
            assertThat(c.command("DATA").code()).isEqualTo(554);
        }
    }

    @Test
    void localRecipientsStillWorkForTheSameClient() throws Exception {
        try (SmtpClient c = SmtpClient.connect(server.port("smtp"))) {
            c.command("EHLO probe.example");
            c.command("MAIL FROM:<spammer@remote.example>");
            assertThat(c.command("RCPT TO:<" + MailServer.BOB + ">").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<postmaster@example.test>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<nobody-here@example.test>").status()).hasToString("5.1.1");
            assertThat(c.command("RSET").code()).isEqualTo(250);
        }
    }

    @Test
    void authenticatedAccountsRelayWithTheirOwnAddressesOnly() throws Exception {
        try (SmtpClient c = SmtpClient.connect(server.port("submission"))) {
            c.command("EHLO client.example");
            c.command("STARTTLS");
            c.startTls();
            c.command("EHLO client.example");
            assertThat(c.command("AUTH PLAIN " + plain(MailServer.ALICE, MailServer.ALICE_PASSWORD)).code())
                    .isEqualTo(235);
            SmtpReply notMine = c.command("MAIL FROM:<" + MailServer.BOB + ">");
            assertThat(notMine.code()).isEqualTo(553);
            assertThat(notMine.status()).hasToString("5.7.1");
            assertThat(c.command("MAIL FROM:<alice.alias@example.test>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(250);
            assertThat(c.command("RSET").code()).isEqualTo(250);

            server.cli("UPDATESERVERSETTINGS {AllowAnySender=YES;}");
            try {
                assertThat(c.command("MAIL FROM:<" + MailServer.BOB + ">").code()).isEqualTo(250);
                assertThat(c.command("RSET").code()).isEqualTo(250);
            } finally {
                server.cli("UPDATESERVERSETTINGS {AllowAnySender=default;}");
            }
        }
    }

    @Test
    void clientIpsMakeLoopbackARelayClientLive() throws Exception {
        server.cli("SETCLIENTIPS \"192.0.2.0/24\\e127.0.0.1 ; this host\"");
        try (SmtpClient c = SmtpClient.connect(server.port("smtp"))) {
            c.command("EHLO office.example");
            c.command("MAIL FROM:<printer@office.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(250);
            assertThat(c.command("RSET").code()).isEqualTo(250);
        } finally {
            server.cli("SETCLIENTIPS \"\"");
        }
        try (SmtpClient c = SmtpClient.connect(server.port("smtp"))) {
            c.command("EHLO office.example");
            c.command("MAIL FROM:<printer@office.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(550);
        }
    }

    @Test
    void lmtpIsBoundToLoopbackAndNeverRelays() throws Exception {
        try (SmtpClient c = SmtpClient.connect(server.port("lmtp"))) {
            assertThat(c.greeting().text()).contains("LMTP");
            c.command("LHLO mta.example");
            c.command("MAIL FROM:<carol@remote.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").status()).hasToString("5.7.1");
        }
    }
}
