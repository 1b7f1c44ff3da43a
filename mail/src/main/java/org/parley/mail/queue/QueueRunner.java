package org.parley.mail.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the queue: claims due recipients, delivers each message's recipients for one destination
 * in one job on a virtual thread, and records the outcome (see {@link JobOutcomes} for retry,
 * expiry and notices). At most {@link QueueOptions#maxConcurrent()} jobs run at once and at most
 * {@link QueueOptions#maxPerDestination()} per SMTP destination.
 *
 * <p>Time comes from the injected {@link Clock}: tests move the clock and call {@link #runDue()},
 * which runs everything due now and returns when it is done, instead of sleeping. {@link #start()}
 * runs the same work from a background loop that wakes when told ({@link #wake()}), when a job
 * ends, when the next recipient comes due, or every poll interval. Thread-safe.
 */
public final class QueueRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueRunner.class);
    private static final int SCAN = 1000;

    private final MessageQueue queue;
    private final JobOutcomes outcomes;
    private final RemoteTransport remote;
    private final LocalTransport local;
    private final QueueOptions options;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Integer> perQueue = new HashMap<>();
    private int active;
    private long completions;
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread loop;

    public QueueRunner(MessageQueue queue, RemoteTransport remote, LocalTransport local, DeliveryNotifier notifier,
            QueueOptions options, Clock clock) {
        this.queue = queue;
        this.remote = remote;
        this.local = local;
        this.options = options;
        this.clock = clock;
        this.outcomes = new JobOutcomes(queue, notifier, options, clock);
    }

    public QueueOptions options() {
        return options;
    }

    /**
     * Starts the background loop.
     *
     * @param singleNode true when no other process can hold leases on this database (SQLite): the
     *                   leases a crash left behind are cleared so that work is retried at once
     */
    public void start(boolean singleNode) {
        if (singleNode) {
            int cleared = queue.clearLeases();
            if (cleared > 0) {
                LOG.info("queue: {} recipients claimed before a crash are due again", cleared);
            }
        }
        running = true;
        loop = Thread.ofVirtual().name("queue-runner").start(this::loop);
    }

    /** Asks the loop to look for due work now (after enqueue, release, a clock jump). */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs every job that is due now and can run, until nothing is left that is due; returns the
     * number of jobs run. Recipients that failed are rescheduled by the clock, so with a fixed clock
     * this ends.
     */
    public int runDue() throws InterruptedException {
        int total = 0;
        while (true) {
            long seen;
            lock.lock();
            try {
                seen = completions;
            } finally {
                lock.unlock();
            }
            int n = dispatchDue();
            total += n;
            lock.lock();
            try {
                if (n == 0 && active == 0) {
                    return total;
                }
                while (completions == seen) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * RELEASESMTPQUEUE: everything waiting for {@code queueName} is due now.
     *
     * @return how many recipients were released
     */
    public int release(String module, String queueName) {
        int n = queue.release(module, queueName, clock.instant());
        wake();
        return n;
    }

    /**
     * REJECTQUEUEMESSAGE: takes a message out of the queue; unless {@code notify} is false, its
     * sender gets a failure notice with {@code text} (a default text when null).
     *
     * @return false when there is no such message
     */
    public boolean reject(long messageId, String text, boolean notify) {
        Optional<MessageQueue.Removed> removed = queue.remove(messageId);
        if (removed.isEmpty()) {
            return false;
        }
        if (notify) {
            SmtpReply reason = SmtpReply.of(550, new EnhancedStatusCode(5, 0, 0),
                    text == null || text.isBlank() ? "message rejected by the administrator" : text);
            outcomes.notifyRejected(removed.get(), reason);
        }
        return true;
    }

    private void loop() {
        while (running) {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                LOG.warn("queue: looking for due work failed: {}", e.toString());
            }
            long waitNanos = options.pollInterval().toNanos();
            try {
                Optional<Instant> next = queue.nextDue();
                if (next.isPresent()) {
                    long until = Duration.between(clock.instant(), next.get()).toNanos();
                    if (until > 0) {
                        waitNanos = Math.min(waitNanos, until);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("queue: reading the next due time failed: {}", e.toString());
            }
            lock.lock();
            try {
                if (!wakeRequested && running) {
                    changed.awaitNanos(Math.max(waitNanos, TimeUnit.MILLISECONDS.toNanos(5)));
                }
                wakeRequested = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Claims what can run now and starts it; returns the number of jobs started. */
    private int dispatchDue() {
        Instant now = clock.instant();
        Set<String> busy;
        lock.lock();
        try {
            if (active >= options.maxConcurrent()) {
                return 0;
            }
            busy = new HashSet<>();
            perQueue.forEach((k, v) -> {
                if (v >= limit(k)) {
                    busy.add(k);
                }
            });
        } finally {
            lock.unlock();
        }
        List<QueueJob> jobs = queue.claim(now, now.plus(options.lease()), SCAN, options.maxRecipientsPerTransaction(),
                new Slots(), busy);
        for (QueueJob job : jobs) {
            workers.execute(() -> {
                try {
                    run(job);
                } catch (RuntimeException e) {
                    LOG.warn("queue: job for message {} to {} failed: {}", job.message().id(), job.queue(), e.toString());
                } finally {
                    finished(job);
                }
            });
        }
        return jobs.size();
    }

    private void run(QueueJob job) {
        Optional<byte[]> body = queue.body(job.message().id());
        if (body.isEmpty()) {
            return; // rejected or finished by someone else meanwhile
        }
        List<SmtpReply> replies;
        String remoteHost = null;
        boolean dsnRelayed = false;
        try {
            if (job.module().equals("LOCAL")) {
                List<QueueTarget.Local> targets = new ArrayList<>();
                for (ClaimedRecipient r : job.recipients()) {
                    targets.add((QueueTarget.Local) r.target());
                }
                replies = local.deliver(job.message().sender(), body.get(), targets);
            } else {
                var result = remote.deliver(((QueueTarget.Remote) job.recipients().getFirst().target()).destination(),
                        JobOutcomes.outbound(job, body.get()));
                replies = result.replies();
                remoteHost = result.remoteHost();
                dsnRelayed = result.dsnRelayed();
            }
        } catch (RuntimeException e) {
            LOG.warn("queue: delivery of message {} to {} failed: {}", job.message().id(), job.queue(), e.toString());
            SmtpReply r = SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE, "local error: " + e.getMessage());
            replies = Collections.nCopies(job.recipients().size(), r);
        }
        outcomes.record(job, body.get(), replies, remoteHost, dsnRelayed);
    }

    private void finished(QueueJob job) {
        lock.lock();
        try {
            release(job.module() + " " + job.queue());
            completions++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int limit(String queueKey) {
        return queueKey.startsWith("LOCAL ") ? options.maxConcurrent() : options.maxPerDestination();
    }

    private void release(String queueKey) {
        active--;
        perQueue.merge(queueKey, -1, Integer::sum);
        if (perQueue.get(queueKey) <= 0) {
            perQueue.remove(queueKey);
        }
    }

    /** Concurrency slots, global and per destination. */
    private final class Slots implements MessageQueue.Admission {
        @Override
        public boolean tryAcquire(String queueKey) {
            lock.lock();
            try {
                if (active >= options.maxConcurrent() || perQueue.getOrDefault(queueKey, 0) >= limit(queueKey)) {
                    return false;
                }
                active++;
                perQueue.merge(queueKey, 1, Integer::sum);
                return true;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void release(String queueKey) {
            lock.lock();
            try {
                QueueRunner.this.release(queueKey);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Stops the loop, lets running jobs finish for up to {@code grace}, then interrupts them
     * (their recipients stay queued and are tried again after the restart).
     */
    public void stop(Duration grace) {
        running = false;
        wake();
        if (loop != null) {
            try {
                loop.join(grace.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
