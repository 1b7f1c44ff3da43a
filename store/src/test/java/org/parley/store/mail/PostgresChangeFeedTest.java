package org.parley.store.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.parley.store.testing.TestDatabases;

/** Two nodes on one PostgreSQL database: what one publishes, the other's listeners receive. */
class PostgresChangeFeedTest {
    @Test
    void eventsCrossNodes() throws Exception {
        try (TestDatabases.PostgresHandle pg = TestDatabases.postgres();
                PostgresChangeFeed a = new PostgresChangeFeed(pg.database(), pg.url(), TestDatabases.PG_USER, null);
                PostgresChangeFeed b = new PostgresChangeFeed(pg.database(), pg.url(), TestDatabases.PG_USER, null)) {
            waitFor(() -> a.listening() && b.listening());
            List<MailEvent> onA = new CopyOnWriteArrayList<>();
            List<MailEvent> onB = new CopyOnWriteArrayList<>();
            a.subscribe(7, onA::add);
            b.subscribe(7, onB::add);
            List<MailEvent> events = List.of(
                    new MailEvent.MessagesAdded(7, 3, 11, UidSet.range(5, 9), 40, 10),
                    new MailEvent.FlagsChanged(7, 3, 11, UidSet.of(5, 7), 41),
                    new MailEvent.MessagesExpunged(7, 0, 11, UidSet.of(6), 42),
                    new MailEvent.MailboxRenamed(7, 3, 12, "Alt|Name", "Neu/Größe"),
                    new MailEvent.MailboxCreated(7, 3, 13, "x"),
                    new MailEvent.MailboxDeleted(7, 3, 13, "x", true),
                    new MailEvent.AclChanged(7, 3, 11),
                    new MailEvent.SubscriptionChanged(7, 3, "~bob/Shared", false));
            for (MailEvent e : events) {
                a.publish(e);
            }
            a.publish(new MailEvent.AclChanged(8, 0, 1)); // another account: nobody listens
            waitFor(() -> onB.size() >= events.size());
            assertThat(onB).containsExactlyElementsOf(events);
            assertThat(onA).containsExactlyElementsOf(events); // local delivery once, not echoed back
        }
    }

    @Test
    void longUidSetsAreSplitOrWidenedToFitAPayload() {
        long[] many = new long[5000];
        for (int i = 0; i < many.length; i++) {
            many[i] = 1 + 2L * i;
        }
        UidSet sparse = UidSet.of(many);
        List<String> expunge = MailEventCodec.encode("n", new MailEvent.MessagesExpunged(1, 0, 2, sparse, 9));
        assertThat(expunge.size()).isGreaterThan(1);
        assertThat(expunge).allMatch(p -> p.length() < MailEventCodec.MAX_PAYLOAD);
        List<Long> back = new java.util.ArrayList<>();
        for (String p : expunge) {
            back.addAll(((MailEvent.MessagesExpunged) MailEventCodec.decode(p).event()).uids().toList());
        }
        assertThat(UidSet.of(back)).isEqualTo(sparse);
        List<String> flags = MailEventCodec.encode("n", new MailEvent.FlagsChanged(1, 0, 2, sparse, 9));
        assertThat(flags).hasSize(1);
        assertThat(((MailEvent.FlagsChanged) MailEventCodec.decode(flags.getFirst()).event()).uids())
                .isEqualTo(UidSet.range(1, many[many.length - 1]));
        assertThat(MailEventCodec.decode("garbage")).isNull();
        assertThat(MailEventCodec.decode("n|A|x|1|2|3|4|5")).isNull();
        assertThat(MailEventCodec.decode("n|Z|1|1")).isNull();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
