package org.parley.mail.queue;

import java.time.Duration;
import java.util.List;

/**
 * How the queue retries and how much it runs at once.
 *
 * @param retrySchedule   wait after the 1st, 2nd, … failed attempt; the last entry repeats
 * @param expiry          how long a message may stay queued before it is bounced (RFC 5321
 *                        §4.5.4.1 suggests at least 4–5 days)
 * @param delayNotice     after how long a still-queued recipient gets one "delayed" DSN
 * @param maxConcurrent   deliveries running at once, all destinations together
 * @param maxPerDestination SMTP connections at once to one destination (domain or host)
 * @param maxRecipientsPerTransaction RCPTs in one SMTP transaction (RFC 5321 §4.5.3.1.8: servers take at least 100)
 * @param lease           how long a claimed recipient is reserved for one attempt; must exceed the
 *                        longest attempt (all client timeouts together). A crashed node's claims
 *                        become due again after it (on SQLite they are cleared at start)
 * @param pollInterval    how often the runner looks for due work when nothing woke it
 */
public record QueueOptions(List<Duration> retrySchedule, Duration expiry, Duration delayNotice, int maxConcurrent,
                           int maxPerDestination, int maxRecipientsPerTransaction, Duration lease,
                           Duration pollInterval) {

    public static final QueueOptions DEFAULTS = new QueueOptions(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
                    Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4)),
            Duration.ofDays(5), Duration.ofHours(4), 64, 4, 100, Duration.ofHours(1), Duration.ofSeconds(30));

    public QueueOptions {
        retrySchedule = List.copyOf(retrySchedule);
        if (retrySchedule.isEmpty() || maxConcurrent < 1 || maxPerDestination < 1 || maxRecipientsPerTransaction < 1) {
            throw new IllegalArgumentException("bad queue options");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration retryDelay(int attempts) {
        return retrySchedule.get(Math.max(0, Math.min(attempts, retrySchedule.size()) - 1));
    }

    public QueueOptions withMaxPerDestination(int n) {
        return new QueueOptions(retrySchedule, expiry, delayNotice, maxConcurrent, n,
                maxRecipientsPerTransaction, lease, pollInterval);
    }
}
