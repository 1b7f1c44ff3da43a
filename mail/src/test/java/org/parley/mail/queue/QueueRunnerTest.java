package org.parley.mail.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.MailFixture;
import org.parley.mail.delivery.ParsedDsn;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.client.ClientTls;
import org.parley.mail.smtp.client.MapResolver;
import org.parley.mail.smtp.client.SmtpClient;
import org.parley.mail.smtp.client.SmtpClientOptions;
import org.parley.mail.smtp.client.SmtpSink;
import org.parley.mail.smtp.client.TestCertificates;
import org.parley.mail.smtp.codec.DsnNotify;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.RcptParameters;

/**
 * The queue runner end to end: delivery service → queue → SMTP client → a real SMTP socket on
 * 127.0.0.1, with the clock moved by hand for retries, delay notices and expiry; notices land in
 * the sender's INBOX and are checked as RFC 3464 reports.
 */
class QueueRunnerTest {
    @TempDir Path dir;
    MailFixture f;
    SmtpSink sink;
    MapResolver dns;
    SmtpClient client;
    QueueRunner runner;
    SubmissionContext alice;

    @BeforeEach
    void setUp() throws Exception {
        f = new MailFixture(dir);
        f.account("alice");
        sink = new SmtpSink();
        dns = new MapResolver().host("far.test", "127.0.0.1").host("other.test", "127.0.0.1");
        f.router.setTable("far.test = far.test.smtp:" + sink.port() + "\nother.test = other.test.smtp:" + sink.port() + "\n");
        client = new SmtpClient(dns, ClientTls.systemTrust(),
                SmtpClientOptions.defaults(MailFixture.SERVER).withAllTimeouts(Duration.ofSeconds(10)));
        runner = f.runner(client::deliver, QueueOptions.DEFAULTS);
        alice = MailFixture.submission(f.login("alice"));
    }

    @AfterEach
    void tearDown() throws Exception {
        runner.close();
        client.close();
        sink.close();
        f.close();
    }

    /** The queue of far.test: the Router table sends it to the sink's port. */
    private String far() {
        return "far.test:" + sink.port();
    }

    private void send(MailParameters p, RcptParameters rp, String... rcpts) throws Exception {
        send("alice@example.test", p, rp, rcpts);
    }

    private void send(String from, MailParameters p, RcptParameters rp, String... rcpts) throws Exception {
        try (DeliveryTransaction tx = f.service.begin(alice, from.isEmpty() ? MailPath.NULL : MailFixture.path(from), p)) {
            for (String r : rcpts) {
                assertThat(tx.addRecipient(MailFixture.path(r), rp).accepted()).isTrue();
            }
            assertThat(tx.commit(MailFixture.message("queued"))).allSatisfy(x -> assertThat(x.ok()).isTrue());
        }
    }

    private List<ParsedDsn> notices() {
        return f.inbox("alice").stream().map(ParsedDsn::parse).toList();
    }

    @Test
    void deliversSeveralRecipientsOfADomainInOneTransaction() throws Exception {
        send(MailParameters.NONE, RcptParameters.NONE, "a@far.test", "b@far.test", "c@other.test");
        assertThat(runner.runDue()).isEqualTo(2);

        assertThat(sink.received).hasSize(2);
        assertThat(sink.received).anySatisfy(t -> assertThat(t.rcptTo()).containsExactly("<a@far.test>", "<b@far.test>"));
        assertThat(sink.received).anySatisfy(t -> assertThat(t.rcptTo()).containsExactly("<c@other.test>"));
        assertThat(sink.received.getFirst().mailFrom()).startsWith("<alice@example.test>");
        assertThat(sink.received.getFirst().data()).isEqualTo(MailFixture.message("queued"));
        assertThat(f.queue.size()).isZero();
        assertThat(notices()).isEmpty();
        assertThat(runner.runDue()).isZero();
    }

    @Test
    void temporaryFailureIsRetriedOnScheduleAndOnRelease() throws Exception {
        sink.rcptReply = a -> "451 4.2.1 try later";
        send(MailParameters.NONE, RcptParameters.NONE, "a@far.test");
        assertThat(runner.runDue()).isEqualTo(1);
        QueuedMessageInfo info = f.queue.messages("SMTP", far(), 10).getFirst();
        assertThat(info.recipients()).singleElement().satisfies(r -> {
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.nextAttempt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(r.lastError()).contains("451 4.2.1 try later");
        });
        assertThat(f.queue.summary("SMTP", far())).hasValueSatisfying(s -> {
            assertThat(s.delayedTill()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(s.lastError()).contains("try later");
        });
        // not due yet: nothing happens
        assertThat(runner.runDue()).isZero();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(f.queue.messages("SMTP", far(), 10).getFirst().recipients().getFirst().nextAttempt())
                .isEqualTo(f.clock.instant().plus(Duration.ofMinutes(5)));

        // RELEASESMTPQUEUE: due now, no waiting
        sink.rcptReply = a -> "250 2.1.5 ok";
        assertThat(runner.release("SMTP", far().toUpperCase(java.util.Locale.ROOT))).isEqualTo(1);
        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(sink.received).hasSize(1);
        assertThat(f.queue.size()).isZero();
        assertThat(notices()).isEmpty();
    }

    @Test
    void permanentFailureBouncesToTheSendersInbox() throws Exception {
        sink.rcptReply = a -> a.startsWith("bad") ? "550 5.1.1 no such user" : "250 ok";
        send(MailParameters.NONE.withEnvelopeId("e-77"), RcptParameters.NONE, "good@far.test", "bad@far.test");
        runner.runDue();

        assertThat(sink.received.getFirst().rcptTo()).hasSize(2);
        List<ParsedDsn> n = notices();
        assertThat(n).hasSize(1);
        ParsedDsn dsn = n.getFirst();
        assertThat(dsn.status()).contains("Final-Recipient: rfc822; bad@far.test").contains("Action: failed")
                .contains("Status: 5.1.1").contains("Remote-MTA: dns; far.test")
                .contains("Diagnostic-Code: smtp; 550 5.1.1 no such user").contains("Original-Envelope-Id: e-77")
                .doesNotContain("good@far.test");
        assertThat(dsn.returnsFullMessage()).isTrue();
        assertThat(dsn.returned()).contains("Hello queued");
        assertThat(new String(f.inbox("alice").getFirst(), StandardCharsets.UTF_8)).startsWith("Return-Path: <>\r\n");
        assertThat(f.queue.size()).isZero();
    }

    @Test
    void delayNoticeOnceThenExpiryBounce() throws Exception {
        sink.rcptReply = a -> "451 4.4.5 system busy";
        send(MailParameters.NONE.withRet(org.parley.mail.smtp.codec.DsnReturn.HDRS), RcptParameters.NONE
                .withOriginalRecipient(new OriginalRecipient("rfc822", "Original@far.test")), "a@far.test");
        int attempts = 0;
        // walk the schedule (1m, 5m, 15m, 30m, 1h, 2h, 4h, 4h, …) until the message expires after 5 days
        while (f.queue.size() > 0) {
            assertThat(runner.runDue()).isEqualTo(1);
            attempts++;
            Optional<java.time.Instant> next = f.queue.nextDue();
            if (next.isEmpty()) {
                break;
            }
            f.clock.advance(Duration.between(f.clock.instant(), next.get()));
            assertThat(attempts).isLessThan(100);
        }
        List<ParsedDsn> n = notices();
        assertThat(n).hasSize(2);
        assertThat(n.get(0).status()).contains("Action: delayed").contains("Status: 4.4.5")
                .contains("Original-Recipient: rfc822; Original@far.test").contains("Will-Retry-Until:");
        assertThat(n.get(0).headers()).contains("Subject: Delayed Mail");
        assertThat(n.get(1).status()).contains("Action: failed").contains("Status: 5.4.7")
                .contains("Diagnostic-Code: smtp; 451 4.4.5 system busy");
        assertThat(n.get(1).returnsFullMessage()).as("RET=HDRS").isFalse();
        // 1m+5m+15m+30m+1h+2h = 3h51m, then every 4h: the delay notice came with the attempt after 4 h,
        // the last attempt is at the expiry time
        assertThat(attempts).isEqualTo(7 + (int) ((Duration.ofDays(5).toMinutes() - 231) / 240) + 1);
        assertThat(sink.received).isEmpty();
    }

    @Test
    void notifyNeverMeansNoNotices() throws Exception {
        sink.rcptReply = a -> "550 5.1.1 gone";
        send(MailParameters.NONE, RcptParameters.NONE.withNotify(Set.of(DsnNotify.NEVER)), "a@far.test");
        runner.runDue();
        assertThat(notices()).isEmpty();
        assertThat(f.queue.size()).isZero();
    }

    @Test
    void notifySuccessIsAnsweredByUsWhenTheNextHopCannot() throws Exception {
        RcptParameters success = RcptParameters.NONE.withNotify(Set.of(DsnNotify.SUCCESS, DsnNotify.FAILURE));
        send(MailParameters.NONE, success, "a@far.test");
        runner.runDue();
        assertThat(notices()).isEmpty(); // the sink offers DSN: it got NOTIFY and owes the notice
        assertThat(sink.received.getFirst().rcptTo().getFirst()).contains("NOTIFY=SUCCESS,FAILURE");

        sink.keywords = List.of("PIPELINING");
        send(MailParameters.NONE, success, "b@far.test");
        runner.runDue();
        assertThat(notices()).singleElement().satisfies(d -> assertThat(d.status()).contains("Action: relayed")
                .contains("Final-Recipient: rfc822; b@far.test").contains("Status: 2.0.0"));
    }

    @Test
    void aBounceIsNeverBounced() throws Exception {
        sink.rcptReply = a -> "550 5.1.1 gone";
        f.service.begin(SubmissionContext.internal(), MailPath.NULL, MailParameters.NONE).close();
        try (DeliveryTransaction tx = f.service.begin(SubmissionContext.internal(), MailPath.NULL, MailParameters.NONE)) {
            tx.addRecipient(MailFixture.path("a@far.test"), RcptParameters.NONE);
            tx.commit(MailFixture.message("dsn"));
        }
        runner.runDue();
        assertThat(sink.commands).contains("MAIL FROM:<> SIZE=" + MailFixture.message("dsn").length);
        assertThat(f.queue.size()).isZero();
        assertThat(notices()).isEmpty();
        assertThat(f.queue.summaries()).isEmpty();
    }

    @Test
    void requireTlsToAnUntrustedServerBounces() throws Exception {
        TestCertificates certs = new TestCertificates("far.test");
        sink.tls = certs.server;
        sink.keywords = List.of("PIPELINING", "REQUIRETLS");
        try (SmtpClient strict = new SmtpClient(dns, ClientTls.withTrustStore(certs.other),
                SmtpClientOptions.defaults(MailFixture.SERVER).withAllTimeouts(Duration.ofSeconds(10)));
                QueueRunner r = f.runner(strict::deliver, QueueOptions.DEFAULTS)) {
            send(MailParameters.NONE.withRequireTls(), RcptParameters.NONE, "a@far.test");
            r.runDue();
        }
        assertThat(sink.received).isEmpty();
        assertThat(notices()).singleElement().satisfies(d -> assertThat(d.status()).contains("Status: 5.7.30"));
    }

    @Test
    void requireTlsToATrustedServerDelivers() throws Exception {
        TestCertificates certs = new TestCertificates("far.test");
        sink.tls = certs.server;
        sink.keywords = List.of("PIPELINING", "REQUIRETLS");
        try (SmtpClient strict = new SmtpClient(dns, ClientTls.withTrustStore(certs.trusting),
                SmtpClientOptions.defaults(MailFixture.SERVER).withAllTimeouts(Duration.ofSeconds(10)));
                QueueRunner r = f.runner(strict::deliver, QueueOptions.DEFAULTS)) {
            send(MailParameters.NONE.withRequireTls(), RcptParameters.NONE, "a@far.test");
            r.runDue();
        }
        assertThat(sink.received).singleElement().satisfies(t -> {
            assertThat(t.tls()).isTrue();
            assertThat(t.mailFrom()).contains("REQUIRETLS");
        });
    }

    @Test
    void perDestinationLimitBoundsConcurrentConnections() throws Exception {
        sink.holdDataMillis = 50;
        for (int i = 0; i < 6; i++) {
            send(MailParameters.NONE, RcptParameters.NONE, "a" + i + "@far.test");
        }
        try (QueueRunner one = f.runner(client::deliver, QueueOptions.DEFAULTS.withMaxPerDestination(2))) {
            assertThat(one.runDue()).isEqualTo(6);
        }
        assertThat(sink.received).hasSize(6);
        assertThat(sink.maxActive.get()).isBetween(1, 2);
    }

    @Test
    void rejectWithAndWithoutReport() throws Exception {
        sink.rcptReply = a -> "451 4.2.1 later";
        send(MailParameters.NONE, RcptParameters.NONE, "a@far.test");
        send(MailParameters.NONE, RcptParameters.NONE, "b@far.test");
        runner.runDue();
        List<QueuedMessageInfo> queued = f.queue.messages("SMTP", far(), 10);
        assertThat(queued).hasSize(2);
        assertThat(queued.getFirst().origin()).isEqualTo("ESMTPSA from [127.0.0.1] as alice@example.test");

        assertThat(runner.reject(queued.get(0).id(), "spam, removed by the postmaster", true)).isTrue();
        assertThat(runner.reject(queued.get(1).id(), null, false)).isTrue();
        assertThat(runner.reject(queued.get(1).id(), null, false)).isFalse();

        assertThat(f.queue.size()).isZero();
        assertThat(notices()).singleElement().satisfies(d -> assertThat(d.status())
                .contains("Final-Recipient: rfc822; a@far.test").contains("spam, removed by the postmaster"));
    }

    @Test
    void backgroundLoopDeliversWhatIsQueued() throws Exception {
        f.service.onQueued(runner::wake);
        runner.start(true);
        send(MailParameters.NONE, RcptParameters.NONE, "a@far.test");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (f.queue.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(f.queue.size()).isZero();
        assertThat(sink.received).hasSize(1);
    }
}
