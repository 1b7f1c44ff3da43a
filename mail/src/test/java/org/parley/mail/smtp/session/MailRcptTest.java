package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.DsnNotify;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.SmtpReply;

/** MAIL and RCPT: order, parameters, limits, relay protection and what reaches the delivery service. */
class MailRcptTest extends SessionTestBase {

    @Test
    void outOfOrderCommandsGet503AndChangeNothing() throws Exception {
        try (SmtpClient c = mx()) {
            assertThat(c.command("MAIL FROM:<a@remote.example>")).satisfies(r -> {
                assertThat(r.code()).isEqualTo(503);
                assertThat(r.status()).hasToString("5.5.1");
            });
            c.command("EHLO client.example");
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(503);
            assertThat(c.command("DATA").code()).isEqualTo(503);
            assertThat(c.command("MAIL FROM:<a@remote.example>").code()).isEqualTo(250);
            assertThat(c.command("MAIL FROM:<a@remote.example>").code()).isEqualTo(503);
            assertThat(c.command("DATA")).satisfies(r -> assertThat(r.code()).isEqualTo(554)); // no valid recipients
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(250);
            assertThat(c.sendMailData(message("after errors")).code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().recipients()).hasSize(1);
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedAtMail() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("MAIL FROM:<a@remote.example> SIZE=" + (SmtpConfig.DEFAULT_MAX_MESSAGE_SIZE + 1));
            assertThat(r.code()).isEqualTo(552);
            assertThat(r.status()).hasToString("5.3.4");
            assertThat(c.command("MAIL FROM:<a@remote.example> SIZE=99999999999999999999").code()).isEqualTo(552);
            assertThat(c.command("MAIL FROM:<a@remote.example> SIZE=1000").code()).isEqualTo(250);
        }
    }

    @Test
    void parametersReachTheDeliveryService() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<a@remote.example> BODY=8BITMIME RET=HDRS ENVID=QQ314159 SIZE=10").code())
                    .isEqualTo(250);
            assertThat(c.command("RCPT TO:<bob@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.test")
                    .code()).isEqualTo(250);
            assertThat(c.sendMailData(message("dsn")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.parameters().ret()).hasValue(DsnReturn.HDRS);
        assertThat(m.parameters().envelopeId()).hasValue("QQ314159");
        assertThat(m.rcptParameters().getFirst().notifyOn()).containsExactlyInAnyOrder(DsnNotify.SUCCESS,
                DsnNotify.FAILURE);
        assertThat(m.rcptParameters().getFirst().originalRecipient()).isPresent();
        SubmissionContext ctx = m.context();
        assertThat(ctx.protocol()).isEqualTo("ESMTP");
        assertThat(ctx.heloName()).isEqualTo("client.example");
        assertThat(ctx.remote().isLoopbackAddress()).isTrue();
        assertThat(ctx.authenticated()).isNull();
        assertThat(ctx.secure()).isFalse();
        assertThat(ctx.relayAllowed()).isFalse(); // loopback is not special
    }

    @Test
    void unknownAndNotAdvertisedParametersAre555() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<a@remote.example> FOO=BAR").code()).isEqualTo(555);
            // RFC 8689: REQUIRETLS is neither advertised nor accepted without TLS
            assertThat(c.command("MAIL FROM:<a@remote.example> REQUIRETLS").code()).isEqualTo(555);
            assertThat(c.command("MAIL FROM:<a@remote.example>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<bob@example.test> FOO=1").code()).isEqualTo(555);
        }
    }

    @Test
    void untrustedAuthParameterIsReplacedByTheNullMailbox() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<a@remote.example> AUTH=<alice@example.test>").code()).isEqualTo(250);
            c.command("RCPT TO:<bob@example.test>");
            c.sendMailData(message("auth param"));
        }
        assertThat(fixture.delivery.next().parameters().auth()).hasValue(""); // RFC 4954 §5
    }

    @Test
    void smtpUtf8AddressesNeedTheParameter() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<j\u00f6rg@remote.example>").code()).isEqualTo(553);
            assertThat(c.command("MAIL FROM:<j\u00f6rg@remote.example> SMTPUTF8").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(250);
            assertThat(c.sendMailData("Subject: gr\u00fc\u00dfe\r\n\r\nhi\r\n").code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().protocol()).isEqualTo("UTF8SMTP");
        assertThat(m.text()).contains("with UTF8SMTP id").contains("Subject: gr\u00fc\u00dfe");
    }

    @Test
    void senderRefusedByTheDeliveryServiceGetsItsReply() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            SmtpReply r = c.command("MAIL FROM:<refused@remote.example>");
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.text()).isEqualTo("Sender refused by policy");
            assertThat(c.command("RCPT TO:<bob@example.test>").code()).isEqualTo(503);
        }
    }

    @Test
    void tooManyRecipientsGet452() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.MX).withMaxRecipients(3));
        try (SmtpClient c = SmtpClient.connect(port)) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            for (int i = 0; i < 3; i++) {
                assertThat(c.command("RCPT TO:<user" + i + "@example.test>").code()).isEqualTo(250);
            }
            SmtpReply r = c.command("RCPT TO:<user3@example.test>");
            assertThat(r.code()).isEqualTo(452);
            assertThat(r.status()).hasToString("4.5.3");
            assertThat(c.sendMailData(message("three")).code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().recipients()).hasSize(3);
    }

    @Test
    void unauthenticatedMailToAForeignDomainIsRelayDenied() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            SmtpReply r = c.command("RCPT TO:<victim@other.example>");
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.7.1");
            assertThat(c.command("RCPT TO:<unknown-user@example.test>").status()).hasToString("5.1.1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<user%other.example@example.test>", "<@example.test:user@other.example>",
            "<@relay.example,@example.test:user@example.test>", "<\"user@other.example\"@example.test>",
            "<other.example!user@example.test>", "<\"user%other.example\"@example.test>"})
    void indirectAddressFormsAreRelayDenied(String path) throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            SmtpReply r = c.command("RCPT TO:" + path);
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.7.1");
        }
    }

    @Test
    void clientIpsLetAnAddressRelay() throws Exception {
        fixture.allowLoopbackRelay();
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(250);
            assertThat(c.command("RCPT TO:<user%other.example@example.test>").code()).isEqualTo(250);
            assertThat(c.sendMailData(message("relay")).code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().context().relayAllowed()).isTrue();
    }

    @Test
    void lanIpsLetAnAddressRelayToo() throws Exception {
        fixture.directory.updateServerSettings(java.util.Map.of("LANIPs", "127.0.0.0/8"));
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(250);
        }
    }

    @Test
    void bareRelayProbesStayDeniedWithUnrelatedClientIps() throws Exception {
        fixture.directory.updateServerSettings(java.util.Map.of("ClientIPs", "192.0.2.0/24\n2001:db8::/32"));
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<a@remote.example>");
            assertThat(c.command("RCPT TO:<friend@other.example>").code()).isEqualTo(550);
        }
    }

    @Test
    void rsetAbortsTheTransaction() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<rset@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.command("RSET").code()).isEqualTo(250);
            assertThat(c.command("DATA").code()).isEqualTo(503);
        }
        assertThat(fixture.delivery.abortedFrom("<rset@remote.example>")).isEqualTo(1);
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void barePostmasterIsAccepted() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<>");
            assertThat(c.command("RCPT TO:<Postmaster>").code()).isEqualTo(250); // RFC 5321 §4.5.1
            assertThat(c.sendMailData(message("to postmaster")).code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.sender().isNull()).isTrue();
        assertThat(m.recipients().getFirst().mailbox().isBarePostmaster()).isTrue();
    }
}
