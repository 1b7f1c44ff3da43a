package org.parley.mail.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.client.Destination;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.DsnNotify;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.store.sql.Database;

/** The durable queue's contract, run against SQLite and PostgreSQL. */
abstract class MessageQueueContract {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EXPIRES = T0.plus(Duration.ofDays(5));

    Database db;
    MessageQueue queue;

    /** A fresh, migrated database. */
    abstract Database open();

    /** The same database through a new connection pool (as after a restart). */
    abstract Database reopen();

    @BeforeEach
    void setUp() {
        db = open();
        queue = new MessageQueue(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static QueueRecipient remote(String address, String host) {
        return new QueueRecipient(new QueueTarget.Remote(new Destination(host, 0, true), address), address,
                RcptParameters.NONE);
    }

    static NewMessage message(String subject, QueueRecipient... rcpts) {
        return new NewMessage(MailPath.of(new EmailAddress("alice", "example.test")), MailParameters.NONE, "ESMTPSA",
                ("Subject: " + subject + "\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8), List.of(rcpts));
    }

    static final MessageQueue.Admission ALL = new MessageQueue.Admission() {
        @Override
        public boolean tryAcquire(String queueKey) {
            return true;
        }

        @Override
        public void release(String queueKey) {}
    };

    List<QueueJob> claim(Instant now) {
        return queue.claim(now, now.plus(Duration.ofHours(1)), 1000, 100, ALL, Set.of());
    }

    @Test
    void enqueuedMessageSurvivesARestartWithEveryField() {
        MailParameters p = MailParameters.NONE.withBody(BodyType.EIGHT_BIT_MIME).withSmtpUtf8().withRequireTls()
                .withRet(DsnReturn.HDRS).withEnvelopeId("env 1");
        RcptParameters rp = RcptParameters.NONE.withNotify(Set.of(DsnNotify.FAILURE, DsnNotify.DELAY))
                .withOriginalRecipient(new OriginalRecipient("rfc822", "Orig@far.test"));
        NewMessage m = new NewMessage(MailPath.of(new EmailAddress("jörg", "example.test")), p, "ESMTPS from [192.0.2.1]",
                "Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8), List.of(
                        new QueueRecipient(new QueueTarget.Remote(new Destination("far.test", 2525, false), "b@far.test"),
                                "alias@example.test", rp),
                        new QueueRecipient(new QueueTarget.Local(42, "Inbox/sub", "c@example.test"), null, null)));
        long id = queue.enqueue(m, T0, EXPIRES);
        db.close();
        db = reopen();
        queue = new MessageQueue(db);

        List<QueueJob> jobs = claim(T0);
        assertThat(jobs).hasSize(2);
        QueueJob remote = jobs.stream().filter(j -> j.module().equals("SMTP")).findFirst().orElseThrow();
        QueueJob local = jobs.stream().filter(j -> j.module().equals("LOCAL")).findFirst().orElseThrow();
        QueuedEnvelope env = remote.message();
        assertThat(env.id()).isEqualTo(id);
        assertThat(env.sender().mailbox().localPart()).isEqualTo("jörg");
        assertThat(env.parameters()).isEqualTo(p);
        assertThat(env.origin()).isEqualTo("ESMTPS from [192.0.2.1]");
        assertThat(env.created()).isEqualTo(T0);
        assertThat(env.expires()).isEqualTo(EXPIRES);
        assertThat(remote.queue()).isEqualTo("far.test:2525");
        assertThat(remote.recipients()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(new QueueTarget.Remote(new Destination("far.test", 2525, false), "b@far.test"));
            assertThat(r.original()).isEqualTo("alias@example.test");
            assertThat(r.parameters()).isEqualTo(rp);
            assertThat(r.attempts()).isZero();
        });
        assertThat(local.recipients().getFirst().target()).isEqualTo(new QueueTarget.Local(42, "Inbox/sub", "c@example.test"));
        assertThat(local.recipients().getFirst().original()).isEqualTo("c@example.test");
        assertThat(queue.body(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(m.content()));
    }

    @Test
    void claimGroupsByMessageAndQueueAndLeases() {
        long a = queue.enqueue(message("a", remote("1@far.test", "far.test"), remote("2@far.test", "far.test"),
                remote("3@other.test", "other.test")), T0, EXPIRES);
        long b = queue.enqueue(message("b", remote("4@far.test", "far.test")), T0, EXPIRES);

        List<QueueJob> jobs = claim(T0);
        assertThat(jobs).extracting(j -> j.message().id() + " " + j.queue() + " " + j.recipients().size())
                .containsExactlyInAnyOrder(a + " far.test 2", a + " other.test 1", b + " far.test 1");
        // leased: a second claim (another node, or the next loop) finds nothing
        assertThat(claim(T0)).isEmpty();
        // a lease that ran out (a crashed attempt) makes the work due again
        assertThat(claim(T0.plus(Duration.ofHours(2)))).hasSize(3);
    }

    @Test
    void splitsLargeGroupsAndHonoursAdmission() {
        QueueRecipient[] many = new QueueRecipient[5];
        for (int i = 0; i < 5; i++) {
            many[i] = remote(i + "@far.test", "far.test");
        }
        queue.enqueue(message("many", many), T0, EXPIRES);
        queue.enqueue(message("other", remote("x@other.test", "other.test")), T0, EXPIRES);
        List<String> asked = new ArrayList<>();
        List<String> released = new ArrayList<>();
        MessageQueue.Admission onlyOther = new MessageQueue.Admission() {
            @Override
            public boolean tryAcquire(String queueKey) {
                asked.add(queueKey);
                return queueKey.equals("SMTP other.test");
            }

            @Override
            public void release(String queueKey) {
                released.add(queueKey);
            }
        };
        List<QueueJob> jobs = queue.claim(T0, T0.plus(Duration.ofHours(1)), 1000, 2, onlyOther, Set.of());
        assertThat(jobs).singleElement().satisfies(j -> assertThat(j.queue()).isEqualTo("other.test"));
        assertThat(asked).contains("SMTP far.test", "SMTP other.test");
        assertThat(released).isEmpty();

        // busy queues are not even looked at
        assertThat(queue.claim(T0, T0.plus(Duration.ofHours(1)), 1000, 2, ALL, Set.of("SMTP far.test"))).isEmpty();
        List<QueueJob> split = queue.claim(T0, T0.plus(Duration.ofHours(1)), 1000, 2, ALL, Set.of());
        assertThat(split).hasSize(1).allSatisfy(j -> assertThat(j.recipients()).hasSize(2));
    }

    @Test
    void completeRetriesAndFinishes() {
        long id = queue.enqueue(message("c", remote("1@far.test", "far.test"), remote("2@far.test", "far.test")), T0, EXPIRES);
        QueueJob job = claim(T0).getFirst();
        long r1 = job.recipients().get(0).id();
        long r2 = job.recipients().get(1).id();
        Instant next = T0.plus(Duration.ofMinutes(1));
        queue.complete(id, List.of(r1), List.of(new MessageQueue.Retry(r2, 1, next, "451 busy", false)), T0);

        assertThat(claim(T0)).isEmpty();
        assertThat(queue.nextDue()).contains(next);
        QueuedMessageInfo info = queue.message(id).orElseThrow();
        assertThat(info.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("2@far.test");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isEqualTo("451 busy");
        });
        QueueJob again = claim(next).getFirst();
        assertThat(again.recipients().getFirst().attempts()).isEqualTo(1);
        assertThat(again.recipients().getFirst().lastAttempt()).isEqualTo(T0);
        queue.complete(id, List.of(r2), List.of(), next);

        assertThat(queue.message(id)).isEmpty();
        assertThat(queue.body(id)).isEmpty();
        assertThat(queue.size()).isZero();
        assertThat(queue.nextDue()).isEmpty();
    }

    @Test
    void clearLeasesMakesClaimedWorkDueAtOnce() {
        queue.enqueue(message("l", remote("1@far.test", "far.test")), T0, EXPIRES);
        assertThat(claim(T0)).hasSize(1);
        assertThat(queue.clearLeases()).isEqualTo(1);
        assertThat(claim(T0)).hasSize(1);
    }

    @Test
    void releaseRemoveAndListings() {
        long a = queue.enqueue(message("a", remote("1@far.test", "far.test"), remote("2@other.test", "other.test")), T0, EXPIRES);
        long b = queue.enqueue(message("b", remote("3@far.test", "far.test")), T0, EXPIRES);
        for (QueueJob j : claim(T0)) {
            List<MessageQueue.Retry> retries = new ArrayList<>();
            for (ClaimedRecipient r : j.recipients()) {
                retries.add(new MessageQueue.Retry(r.id(), 1, T0.plus(Duration.ofHours(1)), "451 later " + j.queue(), false));
            }
            queue.complete(j.message().id(), List.of(), retries, T0);
        }
        List<QueueSummary> s = queue.summaries();
        assertThat(s).extracting(QueueSummary::queue, QueueSummary::messages, QueueSummary::recipients)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("far.test", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("other.test", 1, 1));
        assertThat(s.getFirst().size()).isEqualTo(("Subject: a\r\n\r\nbody\r\n").length() * 2L);
        assertThat(s.getFirst().delayedTill()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(s.getFirst().lastError()).isEqualTo("451 later far.test");
        assertThat(queue.messages("SMTP", "FAR.TEST", 10)).extracting(QueuedMessageInfo::id).containsExactly(a, b);
        assertThat(queue.messages("SMTP", "far.test", 1)).hasSize(1);

        assertThat(queue.release("SMTP", "far.test", T0)).isEqualTo(2);
        assertThat(claim(T0)).extracting(QueueJob::queue).containsOnly("far.test").hasSize(2);

        Optional<MessageQueue.Removed> removed = queue.remove(a);
        assertThat(removed).hasValueSatisfying(r -> {
            assertThat(r.recipients()).hasSize(2);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("Subject: a");
        });
        assertThat(queue.remove(a)).isEmpty();
        assertThat(queue.summaries()).extracting(QueueSummary::queue).containsExactly("far.test");
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.message(b)).isPresent();
    }
}
