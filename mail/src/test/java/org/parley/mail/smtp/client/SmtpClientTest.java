package org.parley.mail.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.DsnNotify;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpReply;

/** The outbound client against a real SMTP server socket on 127.0.0.1. */
class SmtpClientTest {
    static final byte[] MESSAGE = ("From: a@example.test\r\nTo: b@far.test\r\nSubject: t\r\n\r\nline one\r\n"
            + ".starts with a dot\r\n..two dots\r\nlast line without CRLF").getBytes(StandardCharsets.UTF_8);

    SmtpSink sink;
    SmtpClient client;
    MapResolver dns = new MapResolver();

    @BeforeEach
    void setUp() throws Exception {
        sink = new SmtpSink();
        client = client(ClientTls.systemTrust());
    }

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        sink.close();
    }

    private SmtpClient client(ClientTls tls) {
        return new SmtpClient(dns, tls, SmtpClientOptions.defaults("client.example.test").withAllTimeouts(Duration.ofSeconds(10)));
    }

    private Destination here() {
        return new Destination("127.0.0.1", sink.port(), false);
    }

    static MailPath path(String a) {
        int at = a.indexOf('@');
        return MailPath.of(new EmailAddress(a.substring(0, at), a.substring(at + 1)));
    }

    static OutboundMessage message(MailParameters p, String... rcpts) {
        List<OutboundRecipient> r = new ArrayList<>();
        for (String a : rcpts) {
            r.add(new OutboundRecipient(path(a), RcptParameters.NONE));
        }
        return new OutboundMessage(path("a@example.test"), p, r, MESSAGE);
    }

    @Test
    void pipelinesSeveralRecipientsInOneTransaction() {
        sink.awaitPipelinedGroup = true;
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "b@far.test", "c@far.test", "d@far.test"));

        assertThat(r.replies()).hasSize(3).allSatisfy(x -> assertThat(x.code()).isEqualTo(250));
        assertThat(sink.received).singleElement().satisfies(t -> {
            assertThat(t.pipelined()).as("MAIL, RCPTs and DATA in one group").isTrue();
            assertThat(t.rcptTo()).containsExactly("<b@far.test>", "<c@far.test>", "<d@far.test>");
            assertThat(t.mailFrom()).startsWith("<a@example.test> SIZE=");
            // dot-stuffing undone by the server: the message arrives as sent, last line ended
            assertThat(t.text()).isEqualTo(new String(MESSAGE, StandardCharsets.UTF_8) + "\r\n");
            assertThat(t.tls()).isFalse();
        });
        assertThat(r.remoteHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutPipeliningEveryCommandWaitsForItsReply() {
        sink.keywords = List.of("8BITMIME");
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "b@far.test", "c@far.test"));
        assertThat(r.replies()).allSatisfy(x -> assertThat(x.isPositive()).isTrue());
        assertThat(sink.commands).containsExactly("EHLO client.example.test", "MAIL FROM:<a@example.test>",
                "RCPT TO:<b@far.test>", "RCPT TO:<c@far.test>", "DATA", "QUIT");
    }

    @Test
    void perRecipientReplies() {
        sink.rcptReply = a -> a.startsWith("bad") ? "550 5.1.1 no such user" : a.startsWith("later") ? "451 4.2.1 busy"
                : "250 2.1.5 ok";
        sink.dataReply = "250 2.0.0 id-1";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "ok@far.test", "bad@far.test",
                "later@far.test"));

        assertThat(r.replies()).extracting(SmtpReply::code).containsExactly(250, 550, 451);
        assertThat(r.replies().get(0).text()).isEqualTo("id-1");
        assertThat(r.replies().get(1).status().toString()).isEqualTo("5.1.1");
        assertThat(sink.received.getFirst().rcptTo()).hasSize(3);
    }

    @Test
    void noAcceptedRecipientMeansNoMessage() {
        sink.rcptReply = a -> "550 5.1.1 unknown";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "x@far.test", "y@far.test"));
        assertThat(r.replies()).allSatisfy(x -> assertThat(x.code()).isEqualTo(550));
        assertThat(sink.received).isEmpty();
    }

    @Test
    void dataRefusalAppliesToEveryAcceptedRecipient() {
        sink.dataReply = "552 5.3.4 too big for me";
        sink.rcptReply = a -> a.startsWith("bad") ? "550 5.1.1 no" : "250 ok";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "ok@far.test", "bad@far.test"));
        assertThat(r.replies()).extracting(SmtpReply::code).containsExactly(552, 550);
    }

    @Test
    void permanentRefusalOfMailFailsEveryRecipient() {
        sink.mailReply = "550 5.7.1 we do not like you";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test", "b@far.test"));
        assertThat(r.replies()).allSatisfy(x -> assertThat(x.toString()).isEqualTo("550 5.7.1 we do not like you"));
    }

    @Test
    void temporaryRefusalOfMailIsATemporaryFailure() {
        sink.mailReply = "421 4.3.2 shutting down";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().isTransientFailure()).isTrue();
    }

    @Test
    void refusedGreetingIsTemporary() {
        sink.greeting = "554 5.3.2 no service";
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().code()).isEqualTo(451);
        assertThat(r.replies().getFirst().text()).contains("554");
    }

    @Test
    void silentServerTimesOut() {
        sink.greeting = null;
        try (SmtpClient impatient = new SmtpClient(dns, ClientTls.systemTrust(),
                SmtpClientOptions.defaults("client.test").withAllTimeouts(Duration.ofMillis(300)))) {
            TransmissionResult r = impatient.deliver(here(), message(MailParameters.NONE, "a@far.test"));
            assertThat(r.replies().getFirst().code()).isEqualTo(451);
            assertThat(r.replies().getFirst().status().toString()).isEqualTo("4.4.1");
        }
    }

    @Test
    void connectionLostAfterTheDataIsTemporaryAndSaysSo() {
        sink.dropAfterData = true;
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().code()).isEqualTo(451);
        assertThat(r.replies().getFirst().text()).contains("may arrive twice");
    }

    @Test
    void dsnParametersGoOnlyToAServerThatOffersDsn() {
        OutboundMessage m = new OutboundMessage(path("a@example.test"),
                MailParameters.NONE.withRet(DsnReturn.HDRS).withEnvelopeId("env+1"),
                List.of(new OutboundRecipient(path("b@far.test"), new RcptParameters(Set.of(DsnNotify.SUCCESS,
                        DsnNotify.FAILURE), Optional.of(new OriginalRecipient("rfc822", "orig@far.test"))))), MESSAGE);
        TransmissionResult r = client.deliver(here(), m);
        assertThat(r.dsnRelayed()).isTrue();
        assertThat(sink.received.getFirst().mailFrom()).contains("RET=HDRS").contains("ENVID=env+2B1");
        assertThat(sink.received.getFirst().rcptTo().getFirst())
                .isEqualTo("<b@far.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;orig@far.test");

        sink.received.clear();
        sink.keywords = List.of("PIPELINING");
        r = client.deliver(here(), m);
        assertThat(r.dsnRelayed()).isFalse();
        assertThat(sink.received.getFirst().mailFrom()).isEqualTo("<a@example.test>");
        assertThat(sink.received.getFirst().rcptTo().getFirst()).isEqualTo("<b@far.test>");
    }

    @Test
    void messageOverTheAdvertisedSizeIsNotSent() {
        sink.keywords = List.of("SIZE 20");
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().toString()).startsWith("552 5.3.4");
        assertThat(sink.commands).noneMatch(c -> c.startsWith("MAIL"));
    }

    @Test
    void smtpUtf8MessageNeedsSmtpUtf8AtTheNextHop() {
        sink.keywords = List.of("8BITMIME");
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE.withSmtpUtf8(), "a@far.test"));
        assertThat(r.replies().getFirst().toString()).startsWith("553 5.6.7");

        sink.keywords = List.of("SMTPUTF8", "8BITMIME");
        r = client.deliver(here(), message(MailParameters.NONE.withSmtpUtf8().withBody(BodyType.EIGHT_BIT_MIME), "a@far.test"));
        assertThat(r.replies().getFirst().isPositive()).isTrue();
        assertThat(sink.received.getFirst().mailFrom()).isEqualTo("<a@example.test> BODY=8BITMIME SMTPUTF8");
    }

    @Test
    void binaryMimeGoesByBdat() {
        sink.keywords = List.of("CHUNKING", "BINARYMIME");
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE.withBody(BodyType.BINARY_MIME), "a@far.test"));
        assertThat(r.replies().getFirst().isPositive()).isTrue();
        assertThat(sink.received.getFirst().data()).isEqualTo(MESSAGE);
        assertThat(sink.commands).anyMatch(c -> c.startsWith("BDAT " + MESSAGE.length + " LAST"));

        sink.keywords = List.of("8BITMIME");
        r = client.deliver(here(), message(MailParameters.NONE.withBody(BodyType.BINARY_MIME), "a@far.test"));
        assertThat(r.replies().getFirst().toString()).startsWith("554 5.6.3");
    }

    @Test
    void opportunisticStartTlsAcceptsAnyCertificate() throws Exception {
        sink.tls = new TestCertificates("sink.test").server;
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.tls()).isTrue();
        assertThat(sink.received.getFirst().tls()).isTrue();
        // RFC 3207 §4.2: EHLO again after the handshake
        assertThat(sink.commands).containsSubsequence("EHLO client.example.test", "STARTTLS", "EHLO client.example.test");
    }

    @Test
    void brokenStartTlsFallsBackToPlaintextOnce() throws Exception {
        sink.tls = new TestCertificates("sink.test").server;
        sink.breakTls = true;
        TransmissionResult r = client.deliver(here(), message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().isPositive()).isTrue();
        assertThat(r.tls()).isFalse();
        assertThat(sink.connections.get()).isEqualTo(2);
    }

    @Test
    void requireTlsWithAVerifiedCertificateDelivers() throws Exception {
        TestCertificates certs = new TestCertificates("sink.test");
        sink.tls = certs.server;
        sink.keywords = List.of("PIPELINING", "REQUIRETLS");
        try (SmtpClient strict = client(ClientTls.withTrustStore(certs.trusting))) {
            TransmissionResult r = strict.deliver(here(), message(MailParameters.NONE.withRequireTls(), "a@far.test"));
            assertThat(r.replies().getFirst().isPositive()).as(r.toString()).isTrue();
        }
        assertThat(sink.received.getFirst().tls()).isTrue();
        assertThat(sink.received.getFirst().mailFrom()).endsWith(" REQUIRETLS");
    }

    @Test
    void requireTlsRefusesAnUntrustedCertificate() throws Exception {
        TestCertificates certs = new TestCertificates("sink.test");
        sink.tls = certs.server;
        sink.keywords = List.of("REQUIRETLS");
        try (SmtpClient strict = client(ClientTls.withTrustStore(certs.other))) {
            TransmissionResult r = strict.deliver(here(), message(MailParameters.NONE.withRequireTls(), "a@far.test"));
            assertThat(r.replies().getFirst().toString()).startsWith("550 5.7.30");
        }
        assertThat(sink.received).isEmpty();
        assertThat(sink.connections.get()).as("no plaintext retry under REQUIRETLS").isEqualTo(1);
    }

    @Test
    void requireTlsNeedsStartTlsAndTheRequireTlsExtension() throws Exception {
        TestCertificates certs = new TestCertificates("sink.test");
        try (SmtpClient strict = client(ClientTls.withTrustStore(certs.trusting))) {
            TransmissionResult r = strict.deliver(here(), message(MailParameters.NONE.withRequireTls(), "a@far.test"));
            assertThat(r.replies().getFirst().toString()).startsWith("550 5.7.30").contains("STARTTLS");

            sink.tls = certs.server; // TLS, but REQUIRETLS not advertised
            r = strict.deliver(here(), message(MailParameters.NONE.withRequireTls(), "a@far.test"));
            assertThat(r.replies().getFirst().toString()).startsWith("550 5.7.30").contains("REQUIRETLS");
        }
        assertThat(sink.received).isEmpty();
    }

    @Test
    void triesMailExchangersInPreferenceOrderAndFallsBack() {
        dns.mx("far.test", 20, "good.far.test", 10, "dead.far.test")
                .host("dead.far.test", "127.0.0.2")
                .host("good.far.test", "127.0.0.1");
        TransmissionResult r = client.deliver(new Destination("far.test", sink.port(), true),
                message(MailParameters.NONE, "a@far.test"));
        assertThat(r.replies().getFirst().isPositive()).isTrue();
        assertThat(r.remoteHost()).isEqualTo("good.far.test");
        assertThat(dns.asked).containsExactly("MX far.test", "A dead.far.test", "A good.far.test");
    }

    @Test
    void fallsBackFromAnUnreachableAddressToTheNextOfTheSameHost() {
        dns.host("dual.far.test", "::1", "127.0.0.1");
        try (SmtpClient v6first = new SmtpClient(dns, ClientTls.systemTrust(), new SmtpClientOptions("client.test",
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 10, true))) {
            // implicit MX: no MX records, the domain's own addresses, IPv6 first
            TransmissionResult r = v6first.deliver(new Destination("dual.far.test", sink.port(), true),
                    message(MailParameters.NONE, "a@dual.far.test"));
            assertThat(r.replies().getFirst().isPositive()).as(r.toString()).isTrue();
        }
        assertThat(sink.received).hasSize(1);
    }

    @Test
    void allHostsDownIsTemporary() {
        dns.mx("far.test", 10, "a.far.test", 20, "b.far.test").host("a.far.test", "127.0.0.2").host("b.far.test", "127.0.0.3");
        TransmissionResult r = client.deliver(new Destination("far.test", sink.port(), true),
                message(MailParameters.NONE, "a@far.test", "b@far.test"));
        assertThat(r.replies()).hasSize(2).allSatisfy(x -> {
            assertThat(x.code()).isEqualTo(451);
            assertThat(x.status().toString()).isEqualTo("4.4.1");
        });
    }

    @Test
    void unknownDomainIsPermanent() {
        TransmissionResult r = client.deliver(new Destination("nowhere.test", 0, true), message(MailParameters.NONE, "a@nowhere.test"));
        assertThat(r.replies().getFirst().toString()).startsWith("550 5.1.2");
        assertThat(r.remoteHost()).isNull();
    }
}
