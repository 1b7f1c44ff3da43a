package org.parley.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.mail.delivery.MailFixture.inbound;
import static org.parley.mail.delivery.MailFixture.message;
import static org.parley.mail.delivery.MailFixture.path;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.mail.queue.QueueSummary;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpReply;

/** Recipient resolution and local delivery against a real directory and store on SQLite. */
class DeliveryServiceTest {
    @TempDir Path dir;
    MailFixture f;

    @BeforeEach
    void setUp() {
        f = new MailFixture(dir);
        f.account("alice");
        f.account("bob");
        f.account("catchall");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private RecipientVerdict rcpt(DeliveryTransaction tx, String address) {
        return tx.addRecipient(path(address), RcptParameters.NONE);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void localDeliveryPrependsReturnPathAndKeepsTheMessage() throws Exception {
        byte[] m = message("local");
        List<RecipientResult> results = f.send(inbound(), "sender@remote.test", m, "alice@example.test");

        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
        List<byte[]> inbox = f.inbox("alice");
        assertThat(inbox).hasSize(1);
        // RFC 5321 §4.4: Return-Path first, the message unchanged after it
        assertThat(text(inbox.getFirst())).isEqualTo("Return-Path: <sender@remote.test>\r\n" + text(m));
        assertThat(f.queue.size()).isZero();
    }

    @Test
    void nullSenderGetsAnEmptyReturnPath() throws Exception {
        f.send(inbound(), "", message("bounce"), "alice@example.test");
        assertThat(text(f.inbox("alice").getFirst())).startsWith("Return-Path: <>\r\n");
    }

    @Test
    void aliasesAndDomainAliasesReachTheAccount() throws Exception {
        f.directory.setAccountAliases("bob", List.of("robert"));
        f.directory.setDomainAliases(MailFixture.DOMAIN, List.of("example.net"));

        f.send(inbound(), "x@remote.test", message("alias"), "robert@example.test", "bob@example.net");

        // two RCPTs, one account: one copy
        assertThat(f.inbox("bob")).hasSize(1);
    }

    @Test
    void forwarderIsFollowedAndItsTargetMayBeRemoteWithoutRelayPermission() throws Exception {
        f.directory.createForwarder("info", "alice@example.test");
        f.directory.createForwarder("ext", "someone@far.test");

        List<RecipientResult> r = f.send(inbound(), "x@remote.test", message("fwd"), "info@example.test", "ext@example.test");

        assertThat(r).allSatisfy(x -> assertThat(x.ok()).isTrue());
        assertThat(f.inbox("alice")).hasSize(1);
        // the forwarder acts for its owner: the remote copy is queued although the client may not relay
        assertThat(f.queue.summaries()).extracting(QueueSummary::queue).containsExactly("far.test");
    }

    @Test
    void forwarderCycleIsRefusedAsALoop() throws Exception {
        f.directory.createForwarder("ping", "pong@example.test");
        f.directory.createForwarder("pong", "ping@example.test");

        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            RecipientVerdict v = rcpt(tx, "ping@example.test");
            assertThat(v.accepted()).isFalse();
            assertThat(v.reply().code()).isEqualTo(550);
            assertThat(v.reply().status().toString()).isEqualTo("5.4.6");
        }
    }

    @Test
    void forwardChainDeeperThanTheLimitIsALoop() throws Exception {
        try (MailFixture shallow = new MailFixture(dir.resolve("shallow"),
                new DeliveryOptions(MailFixture.SERVER, 100, 2, 100, java.time.Duration.ofDays(5), 1024))) {
            shallow.account("end");
            shallow.directory.createForwarder("f1", "f2@example.test");
            shallow.directory.createForwarder("f2", "f3@example.test");
            shallow.directory.createForwarder("f3", "end@example.test");
            shallow.directory.createForwarder("g1", "g2@example.test");
            shallow.directory.createForwarder("g2", "end@example.test");
            try (DeliveryTransaction tx = shallow.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
                assertThat(tx.addRecipient(path("f1@example.test"), RcptParameters.NONE).reply().status().toString())
                        .isEqualTo("5.4.6");
                assertThat(tx.addRecipient(path("g1@example.test"), RcptParameters.NONE).accepted()).isTrue();
            }
        }
    }

    @Test
    void groupExpandsToEachMemberOnceAndSkipsUnknownMembers() throws Exception {
        f.directory.createGroup("staff", Map.of("Members", List.of("alice", "bob@example.test", "alice@example.test",
                "nobody")));

        List<RecipientResult> r = f.send(inbound(), "x@remote.test", message("group"), "staff@example.test",
                "alice@example.test");

        assertThat(r).allSatisfy(x -> assertThat(x.ok()).isTrue());
        assertThat(f.inbox("alice")).hasSize(1);
        assertThat(f.inbox("bob")).hasSize(1);
    }

    @Test
    void groupWhoseMembersAreAllUnknownIsRefused() throws Exception {
        f.directory.createGroup("ghosts", Map.of("Members", List.of("nobody", "noone")));
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            assertThat(rcpt(tx, "ghosts@example.test").reply().code()).isEqualTo(550);
        }
    }

    @Test
    void unknownUserIsRejectedWithoutSayingMore() throws Exception {
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            RecipientVerdict v = rcpt(tx, "nobody@example.test");
            assertThat(v.accepted()).isFalse();
            assertThat(v.reply().code()).isEqualTo(550);
            assertThat(v.reply().status().toString()).isEqualTo("5.1.1");
            assertThat(v.reply().text()).doesNotContain("nobody").doesNotContainIgnoringCase("domain");
            assertThat(tx.recipientCount()).isZero();
        }
    }

    @Test
    void mailToUnknownDiscardedAcceptsAndDrops() throws Exception {
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("MailToUnknown", "Discarded"));
        List<RecipientResult> r = f.send(inbound(), "x@remote.test", message("discard"), "nobody@example.test");
        assertThat(r.getFirst().ok()).isTrue();
        assertThat(f.inbox("alice")).isEmpty();
        assertThat(f.queue.size()).isZero();
    }

    @Test
    void mailToUnknownReroutedGoesToTheRerouteAddress() throws Exception {
        f.directory.updateDomainSettings(MailFixture.DOMAIN,
                Map.of("MailToUnknown", "Rerouted to", "MailRerouteAddress", "catchall@example.test"));
        f.send(inbound(), "x@remote.test", message("reroute"), "nobody@example.test");
        assertThat(f.inbox("catchall")).hasSize(1);
    }

    @Test
    void mailToUnknownAcceptedAndBouncedSendsAFailureNotice() throws Exception {
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("MailToUnknown", "Accepted and Bounced"));
        byte[] m = message("ab");

        List<RecipientResult> r = f.send(inbound(), "bob@example.test", m, "nobody@example.test");

        assertThat(r.getFirst().ok()).isTrue();
        List<byte[]> bobs = f.inbox("bob");
        assertThat(bobs).hasSize(1);
        assertThat(text(bobs.getFirst())).startsWith("Return-Path: <>\r\n");
        ParsedDsn dsn = ParsedDsn.parse(bobs.getFirst());
        assertThat(dsn.status()).contains("Final-Recipient: rfc822; nobody@example.test")
                .contains("Action: failed").contains("Status: 5.1.1").contains("Reporting-MTA: dns; " + MailFixture.SERVER);
        assertThat(dsn.headers()).contains("Auto-Submitted: auto-replied").contains("MAILER-DAEMON@");
        // no RET: a failure returns the whole message
        assertThat(dsn.returnsFullMessage()).isTrue();
        assertThat(dsn.returned()).contains("Subject: ab").contains("Hello ab");
    }

    @Test
    void acceptedAndBouncedNeverBouncesABounce() throws Exception {
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("MailToUnknown", "Accepted and Bounced"));
        List<RecipientResult> r = f.send(inbound(), "", message("bob"), "nobody@example.test");
        assertThat(r.getFirst().ok()).isTrue();
        assertThat(f.queue.size()).isZero();
        for (String a : List.of("alice", "bob", "catchall")) {
            assertThat(f.inbox(a)).isEmpty();
        }
    }

    @Test
    void relayingToARemoteDomainNeedsPermission() throws Exception {
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            RecipientVerdict v = rcpt(tx, "someone@far.test");
            assertThat(v.reply()).isEqualTo(SmtpReply.of(550,
                    org.parley.mail.smtp.codec.EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED, "relaying denied"));
            // percent hack through us is relaying too
            assertThat(rcpt(tx, "someone%far.test@example.test").accepted()).isFalse();
        }
        SubmissionContext trusted = new SubmissionContext("ESMTP", java.net.InetAddress.getLoopbackAddress(), "lan",
                null, true, false);
        List<RecipientResult> r = f.send(trusted, "x@example.test", message("relay"), "someone@far.test");
        assertThat(r.getFirst().ok()).isTrue();
        assertThat(f.queue.summaries()).singleElement().satisfies(s -> {
            assertThat(s.module()).isEqualTo("SMTP");
            assertThat(s.queue()).isEqualTo("far.test");
            assertThat(s.recipients()).isEqualTo(1);
        });
    }

    @Test
    void noRelayRouteIsOpenToAnyone() throws Exception {
        f.router.setTable("NoRelay:partner.test = gw.partner.test.smtp:2525\n<*@closed.test> = *@gw.closed.test.smtp:2525\n");
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            assertThat(rcpt(tx, "a@partner.test").accepted()).isTrue();
            assertThat(rcpt(tx, "a@closed.test").accepted()).isFalse();
            tx.commit(message("norelay"));
        }
        assertThat(f.queue.summaries()).extracting(QueueSummary::queue).containsExactly("gw.partner.test:2525");
    }

    @Test
    void routerTableErrorTargetRefusesWithItsText() throws Exception {
        f.router.setTable("<abuse@example.test> = error: write to the abuse desk instead\n");
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
            RecipientVerdict v = rcpt(tx, "abuse@example.test");
            assertThat(v.reply().code()).isEqualTo(550);
            assertThat(v.reply().text()).isEqualTo("write to the abuse desk instead");
        }
    }

    @Test
    void mixedLocalAndRemoteRecipients() throws Exception {
        SubmissionContext ctx = MailFixture.submission(f.login("alice"));
        byte[] m = message("mixed");
        List<RecipientResult> r = f.send(ctx, "alice@example.test", m, "bob@example.test", "x@far.test", "y@far.test",
                "z@other.test");
        assertThat(r).hasSize(4).allSatisfy(x -> assertThat(x.ok()).isTrue());
        assertThat(f.inbox("bob")).hasSize(1);
        assertThat(f.queue.summaries()).extracting(QueueSummary::queue, QueueSummary::recipients, QueueSummary::messages)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("far.test", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("other.test", 1, 1));
        // the queued copy is the message as received (no Return-Path: that is for final delivery)
        long id = f.queue.messages("SMTP", "far.test", 10).getFirst().id();
        assertThat(f.queue.body(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(m));
    }

    @Test
    void authenticatedSenderMayUseOnlyItsOwnAddresses() throws Exception {
        f.directory.setAccountAliases("alice", List.of("ally"));
        f.directory.setDomainAliases(MailFixture.DOMAIN, List.of("example.net"));
        SubmissionContext alice = MailFixture.submission(f.login("alice"));

        for (String own : List.of("alice@example.test", "ALICE@example.test", "ally@example.test", "alice@example.net")) {
            f.service.begin(alice, path(own), MailParameters.NONE).abort();
        }
        f.service.begin(alice, MailPath.NULL, MailParameters.NONE).abort();
        for (String other : List.of("bob@example.test", "alice@elsewhere.test", "nobody@example.test")) {
            assertThatThrownBy(() -> f.service.begin(alice, path(other), MailParameters.NONE))
                    .isInstanceOfSatisfying(DeliveryService.DeliveryRefusedException.class, e -> {
                        assertThat(e.reply().code()).isEqualTo(553);
                        assertThat(e.reply().status().toString()).isEqualTo("5.7.1");
                    });
        }
        // unauthenticated clients are not checked here
        f.service.begin(inbound(), path("bob@example.test"), MailParameters.NONE).abort();
    }

    @Test
    void allowAnySenderOnTheDomainOrServerLiftsTheCheck() throws Exception {
        SubmissionContext alice = MailFixture.submission(f.login("alice"));
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("AllowAnySender", "YES"));
        f.service.begin(alice, path("bob@example.test"), MailParameters.NONE).abort();
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("AllowAnySender", "NO"));
        assertThatThrownBy(() -> f.service.begin(alice, path("bob@example.test"), MailParameters.NONE))
                .isInstanceOf(DeliveryService.DeliveryRefusedException.class);
        f.directory.updateServerSettings(Map.of("AllowAnySender", "YES"));
        f.service.begin(alice, path("bob@example.test"), MailParameters.NONE).abort();
    }

    @Test
    void overQuotaOverSmtpIsQueuedAndDeliveredLater() throws Exception {
        f.directory.updateAccountSettings("alice", Map.of("MaxAccountSize", "10"));
        List<RecipientResult> r = f.send(inbound(), "x@remote.test", message("quota"), "alice@example.test");

        assertThat(r.getFirst().ok()).isTrue(); // durable in the queue
        assertThat(f.inbox("alice")).isEmpty();
        assertThat(f.queue.summaries()).singleElement().satisfies(s -> assertThat(s.module()).isEqualTo("LOCAL"));

        f.directory.updateAccountSettings("alice", Map.of("MaxAccountSize", "unlimited"));
        var runner = f.runner((d, m) -> {
            throw new AssertionError("nothing remote here");
        }, org.parley.mail.queue.QueueOptions.DEFAULTS);
        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(f.inbox("alice")).hasSize(1);
        assertThat(text(f.inbox("alice").getFirst())).startsWith("Return-Path: <x@remote.test>\r\n");
        assertThat(f.queue.size()).isZero();
        runner.close();
    }

    @Test
    void overQuotaOverLmtpIsReportedPerRecipient() throws Exception {
        f.directory.updateAccountSettings("alice", Map.of("MaxAccountSize", "10"));
        SubmissionContext lmtp = new SubmissionContext("LMTP", java.net.InetAddress.getLoopbackAddress(), "mta", null,
                true, false);
        List<RecipientResult> r = f.send(lmtp, "x@remote.test", message("lmtp"), "alice@example.test", "bob@example.test");

        assertThat(r.get(0).reply().code()).isEqualTo(452);
        assertThat(r.get(0).reply().status().toString()).isEqualTo("4.2.2");
        assertThat(r.get(1).ok()).isTrue();
        assertThat(f.queue.size()).isZero();
        assertThat(f.inbox("bob")).hasSize(1);
    }

    @Test
    void failureAfterAcceptanceIsBouncedWhenAnotherRecipientSucceeded() throws Exception {
        f.account("carol");
        byte[] m = message("late");
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("bob@example.test"), MailParameters.NONE)) {
            assertThat(rcpt(tx, "alice@example.test").accepted()).isTrue();
            assertThat(rcpt(tx, "carol@example.test").accepted()).isTrue();
            f.store.deleteAccount(f.directory.findAccount("carol").id()); // gone between RCPT and DATA
            List<RecipientResult> r = tx.commit(m);
            assertThat(r.get(0).ok()).isTrue();
            assertThat(r.get(1).reply().code()).isEqualTo(550);
        }
        // SMTP answers 250 for the whole message, so the sender learns of carol from a notice
        ParsedDsn dsn = ParsedDsn.parse(f.inbox("bob").getFirst());
        assertThat(dsn.status()).contains("Final-Recipient: rfc822; carol@example.test").contains("Action: failed");
    }

    @Test
    void failureOfTheOnlyRecipientIsNotBouncedTheClientHearsIt() throws Exception {
        f.account("carol");
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("bob@example.test"), MailParameters.NONE)) {
            rcpt(tx, "carol@example.test");
            f.store.deleteAccount(f.directory.findAccount("carol").id());
            assertThat(tx.commit(message("only")).getFirst().ok()).isFalse();
        }
        assertThat(f.inbox("bob")).isEmpty();
    }

    @Test
    void notifySuccessGetsADeliveredNoticeAndNeverBlocksDelivery() throws Exception {
        try (DeliveryTransaction tx = f.service.begin(inbound(), path("bob@example.test"),
                MailParameters.NONE.withEnvelopeId("env-42"))) {
            tx.addRecipient(path("alice@example.test"), RcptParameters.NONE.withNotify(
                    java.util.Set.of(org.parley.mail.smtp.codec.DsnNotify.SUCCESS)));
            tx.commit(message("notify"));
        }
        assertThat(f.inbox("alice")).hasSize(1);
        ParsedDsn dsn = ParsedDsn.parse(f.inbox("bob").getFirst());
        assertThat(dsn.status()).contains("Action: delivered").contains("Status: 2.0.0")
                .contains("Original-Envelope-Id: env-42");
        // a success notice returns only the headers
        assertThat(dsn.returnsFullMessage()).isFalse();
        assertThat(dsn.returned()).contains("Subject: notify").doesNotContain("Hello notify");
    }

    @Test
    void transactionStateIsEnforced() throws Exception {
        DeliveryTransaction tx = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE);
        rcpt(tx, "alice@example.test");
        tx.abort();
        assertThatThrownBy(() -> tx.commit(message("late"))).isInstanceOf(IllegalStateException.class);
        assertThat(f.inbox("alice")).isEmpty();

        DeliveryTransaction empty = f.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE);
        assertThat(empty.commit(message("none"))).isEmpty();
        empty.close(); // abort after commit changes nothing
    }

    @Test
    void recipientLimitAnswers452() throws Exception {
        try (MailFixture small = new MailFixture(dir.resolve("small"),
                new DeliveryOptions(MailFixture.SERVER, 2, 10, 100, java.time.Duration.ofDays(5), 1024))) {
            small.account("alice");
            try (DeliveryTransaction tx = small.service.begin(inbound(), path("x@remote.test"), MailParameters.NONE)) {
                assertThat(tx.addRecipient(path("alice@example.test"), RcptParameters.NONE).accepted()).isTrue();
                assertThat(tx.addRecipient(path("alice@example.test"), RcptParameters.NONE).accepted()).isTrue();
                assertThat(tx.addRecipient(path("alice@example.test"), RcptParameters.NONE).reply().code()).isEqualTo(452);
                assertThat(tx.commit(message("limit"))).hasSize(2);
            }
            assertThat(small.inbox("alice")).hasSize(1);
        }
    }
}
