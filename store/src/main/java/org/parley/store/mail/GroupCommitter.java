package org.parley.store.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.parley.store.blob.BlobStore;
import org.parley.store.sql.Database;
import org.parley.store.sql.StoreException;

/**
 * Gathers concurrent appends and deliveries into one database transaction, so N waiting callers
 * cost one commit (one fsync) instead of N.
 *
 * <p>One committer thread takes everything queued, runs each step inside its own savepoint (a
 * step that fails, over quota say, is rolled back alone and reports its own error), applies the
 * blob references of the steps that succeeded, and commits once. While it commits, new requests
 * queue up and form the next batch, so the batch size adapts to the load with no timer. Each
 * caller blocks until the commit that contains its step is durable; its blob was made durable by
 * the caller itself, in parallel with the others, before the step was queued.
 */
final class GroupCommitter implements AutoCloseable {
    /** A unit of work for the batch; runs on the committer thread, possibly twice (retry). */
    interface Step<T> {
        /** Mailboxes the step will change: locked up front, in id order, for the whole batch. */
        Set<Long> mailboxIds();

        /** Accounts whose usage the step will change: locked after the mailboxes. */
        Set<Long> accountIds();

        T run(Connection c, Tx tx) throws SQLException;
    }

    private static final class Pending<T> {
        final Step<T> step;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        RuntimeException failure;
        Tx tx;

        Pending(Step<T> step) {
            this.step = step;
        }
    }

    private static final Pending<Void> STOP = new Pending<>(null);
    private final Database db;
    private final BlobStore blobs;
    private final MailboxRows mailboxes;
    private final Writer writer;
    private final Clock clock;
    private final int maxBatch;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();

    GroupCommitter(Database db, BlobStore blobs, MailboxRows mailboxes, Writer writer, Clock clock, int maxBatch) {
        this.db = db;
        this.blobs = blobs;
        this.mailboxes = mailboxes;
        this.writer = writer;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.thread = Thread.ofPlatform().name("mailstore-commit").daemon(true).start(this::loop);
    }

    /** Queues the step and waits until it is durably committed (or failed). */
    <T> T submit(Step<T> step) {
        if (closed) {
            throw new StoreException("mail store is closed");
        }
        Pending<T> p = new Pending<>(step);
        queue.add(p);
        try {
            return p.future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the step may still commit; the caller reports failure and the client retries (a duplicate at worst)
            throw new StoreException("interrupted while waiting for commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("commit failed", e.getCause());
        }
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                runBatch(batch);
            }
            if (stop) {
                failRemaining();
                return;
            }
        }
    }

    private void runBatch(List<Pending<?>> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                db.write(c -> {
                    execute(c, batch);
                    return null;
                });
                batches.incrementAndGet();
                break;
            } catch (RuntimeException e) {
                if (attempt < 5 && Writer.retryable(e)) {
                    continue;
                }
                for (Pending<?> p : batch) {
                    p.future.completeExceptionally(e);
                }
                return;
            } catch (Error e) {
                for (Pending<?> p : batch) {
                    p.future.completeExceptionally(e);
                }
                throw e;
            }
        }
        for (Pending<?> p : batch) {
            complete(p);
        }
    }

    private void execute(Connection c, List<Pending<?>> batch) throws SQLException {
        Set<Long> ids = new HashSet<>();
        Set<Long> accounts = new HashSet<>();
        for (Pending<?> p : batch) {
            ids.addAll(p.step.mailboxIds());
            accounts.addAll(p.step.accountIds());
        }
        mailboxes.lock(c, ids);
        mailboxes.lockUsage(c, accounts);
        Tx all = new Tx();
        for (Pending<?> p : batch) {
            runStep(c, p, all);
        }
        all.flushBlobs(c, blobs, clock.millis());
    }

    private static <T> void runStep(Connection c, Pending<T> p, Tx all) throws SQLException {
        p.result = null;
        p.failure = null;
        p.tx = null;
        Savepoint sp = c.setSavepoint();
        Tx tx = new Tx();
        try {
            p.result = p.step.run(c, tx);
            c.releaseSavepoint(sp);
            all.merge(tx);
            p.tx = tx;
        } catch (SQLException | RuntimeException e) {
            c.rollback(sp);
            if (Writer.retryable(e)) {
                throw e instanceof SQLException s ? s : new SQLException(e);
            }
            p.failure = e instanceof RuntimeException r ? r : new StoreException("append failed: " + e.getMessage(), e);
        }
    }

    private <T> void complete(Pending<T> p) {
        if (p.failure != null) {
            p.future.completeExceptionally(p.failure);
        } else {
            writer.publish(p.tx);
            p.future.complete(p.result);
        }
    }

    private void failRemaining() {
        List<Pending<?>> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (Pending<?> p : rest) {
            if (p != STOP) {
                p.future.completeExceptionally(new StoreException("mail store is closed"));
            }
        }
    }

    /** Requests waiting for the committer (not counting the batch being committed). */
    int queued() {
        return queue.size();
    }

    /** Transactions committed so far. */
    long batches() {
        return batches.get();
    }

    /** Finishes what is queued, then stops the committer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
