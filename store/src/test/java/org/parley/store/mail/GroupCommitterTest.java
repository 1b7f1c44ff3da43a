package org.parley.store.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.sql.Database;
import org.parley.store.sql.StoreException;
import org.parley.store.testing.TestDatabases;

/** The group commit itself: steps queued while a commit runs share the next transaction; a failing step fails alone. */
class GroupCommitterTest {
    @TempDir
    Path dir;

    /** Inserts a row; optionally waits at a gate first, optionally fails after inserting. */
    private record Probe(CountDownLatch started, CountDownLatch gate, boolean fail) implements GroupCommitter.Step<Integer> {
        @Override
        public Set<Long> mailboxIds() {
            return Set.of();
        }

        @Override
        public Set<Long> accountIds() {
            return Set.of();
        }

        @Override
        public Integer run(Connection c, Tx tx) throws SQLException {
            if (gate != null) {
                started.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO probe (v) VALUES (1)");
            }
            if (fail) {
                throw new MailStoreException(MailError.OVER_QUOTA, "this one fails");
            }
            return 1;
        }
    }

    private GroupCommitter committer(Database db) {
        FileBlobStore blobs = new FileBlobStore(dir.resolve("blobs"));
        Writer writer = new Writer(db, blobs, new InProcessChangeFeed(), Clock.systemUTC());
        return new GroupCommitter(db, blobs, new MailboxRows(db.dialect()), writer, Clock.systemUTC(), 100);
    }

    @Test
    void stepsQueuedDuringACommitShareOneTransaction() throws Exception {
        try (Database db = TestDatabases.sqlite(dir)) {
            db.execute("CREATE TABLE probe (v INTEGER)");
            try (GroupCommitter committer = committer(db)) {
                CountDownLatch started = new CountDownLatch(1);
                CountDownLatch gate = new CountDownLatch(1);
                Thread first = Thread.ofVirtual().start(() -> committer.submit(new Probe(started, gate, false)));
                started.await(); // the committer is inside the first batch's transaction
                ConcurrentLinkedQueue<MailStoreException> failures = new ConcurrentLinkedQueue<>();
                List<Thread> rest = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    boolean fail = i == 3;
                    rest.add(Thread.ofVirtual().start(() -> {
                        try {
                            committer.submit(new Probe(null, null, fail));
                        } catch (MailStoreException e) {
                            failures.add(e);
                        }
                    }));
                }
                while (committer.queued() < 10) {
                    Thread.onSpinWait();
                }
                gate.countDown();
                first.join();
                for (Thread t : rest) {
                    t.join();
                }
                assertThat(committer.batches()).isEqualTo(2); // the blocked step's, then all ten together
                assertThat(failures).hasSize(1).allMatch(e -> e.error() == MailError.OVER_QUOTA);
                int rows = db.read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM probe")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(rows).isEqualTo(10); // the failed step's insert was rolled back alone
            }
        }
    }

    @Test
    void closedCommitterRefusesWork() {
        try (Database db = TestDatabases.sqlite(dir)) {
            GroupCommitter committer = committer(db);
            committer.close();
            assertThatThrownBy(() -> committer.submit(new Probe(null, null, false))).isInstanceOf(StoreException.class);
        }
    }
}
