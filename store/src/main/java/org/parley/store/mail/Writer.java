package org.parley.store.mail;

import java.sql.SQLException;
import java.time.Clock;
import org.parley.store.blob.BlobStore;
import org.parley.store.sql.Database;
import org.parley.store.sql.StoreException;

/**
 * Runs one write transaction: the work, then the blob reference changes in lock order, then a
 * durable commit, then the events. Retries the whole work when PostgreSQL picks it as a deadlock
 * or serialization victim (the lock order makes that rare; the retry makes it harmless), or when
 * a concurrent transaction created the same row first.
 */
final class Writer {
    private static final int ATTEMPTS = 5;
    private final Database db;
    private final BlobStore blobs;
    private final ChangeFeed feed;
    private final Clock clock;

    Writer(Database db, BlobStore blobs, ChangeFeed feed, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.feed = feed;
        this.clock = clock;
    }

    <T> T write(TxWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            Tx tx = new Tx();
            try {
                T result = db.write(c -> {
                    T r = work.run(c, tx);
                    tx.flushBlobs(c, blobs, clock.millis());
                    return r;
                });
                publish(tx);
                return result;
            } catch (StoreException e) {
                if (attempt >= ATTEMPTS || !(retryable(e) || uniqueViolation(e))) {
                    throw e;
                }
            }
        }
    }

    void publish(Tx tx) {
        for (MailEvent e : tx.events()) {
            feed.publish(e);
        }
    }

    /**
     * PostgreSQL unique_violation: two transactions created the same row (a mailbox name, an
     * alias) at once; run again, the loser sees the winner's row and reports ALREADY_EXISTS.
     */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL deadlock_detected / serialization_failure anywhere in the cause chain. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40P01".equals(s.getSQLState()) || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
