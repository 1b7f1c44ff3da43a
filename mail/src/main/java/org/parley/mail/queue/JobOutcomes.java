package org.parley.mail.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.mail.dsn.DsnAction;
import org.parley.mail.dsn.DsnRecipient;
import org.parley.mail.dsn.DsnReport;
import org.parley.mail.smtp.client.OutboundMessage;
import org.parley.mail.smtp.client.OutboundRecipient;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a delivery attempt's replies mean for the queue, and which notices they cause:
 * <ul>
 *   <li>2xx: done; a success notice when NOTIFY asked for SUCCESS and the next hop will not send
 *       one (local delivery, or a next hop without DSN: RFC 3461 §5.2.2 "relayed");</li>
 *   <li>5xx: done; a failure notice (RFC 3464) unless NOTIFY excludes FAILURE;</li>
 *   <li>4xx: retried after the next step of the schedule; once the message is older than the
 *       delay-notice age, one "delayed" notice (if NOTIFY allows DELAY); past expiry it fails with
 *       status 5.4.7 and the last reply as diagnostic.</li>
 * </ul>
 * A message with the null reverse-path never gets a notice (RFC 5321 §4.5.5: no bounce of a
 * bounce). Notices are submitted before the queue forgets the recipients, so a crash in between
 * can repeat a notice but never lose one; when a failure notice cannot be stored, those recipients
 * stay queued. Thread-safe.
 */
final class JobOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(JobOutcomes.class);
    /** RFC 3463 X.4.7: delivery time expired. */
    static final EnhancedStatusCode EXPIRED = new EnhancedStatusCode(5, 4, 7);

    private final MessageQueue queue;
    private final DeliveryNotifier notifier;
    private final QueueOptions options;
    private final Clock clock;

    JobOutcomes(MessageQueue queue, DeliveryNotifier notifier, QueueOptions options, Clock clock) {
        this.queue = queue;
        this.notifier = notifier;
        this.options = options;
        this.clock = clock;
    }

    /** The SMTP transaction for a job's recipients. */
    static OutboundMessage outbound(QueueJob job, byte[] body) {
        List<OutboundRecipient> rcpts = new ArrayList<>();
        for (ClaimedRecipient r : job.recipients()) {
            rcpts.add(new OutboundRecipient(PathText.parse(r.target().address()), r.parameters()));
        }
        return new OutboundMessage(job.message().sender(), job.message().parameters(), rcpts, body);
    }

    void record(QueueJob job, byte[] body, List<SmtpReply> replies, String remoteHost, boolean dsnRelayed) {
        Instant now = clock.instant();
        QueuedEnvelope m = job.message();
        boolean mayNotify = !m.sender().isNull();
        boolean local = job.module().equals("LOCAL");
        List<Long> finished = new ArrayList<>();
        List<MessageQueue.Retry> retries = new ArrayList<>();
        List<DsnRecipient> failed = new ArrayList<>();
        List<ClaimedRecipient> failedRows = new ArrayList<>();
        List<DsnRecipient> delayed = new ArrayList<>();
        List<DsnRecipient> succeeded = new ArrayList<>();
        for (int i = 0; i < job.recipients().size(); i++) {
            ClaimedRecipient r = job.recipients().get(i);
            SmtpReply reply = replies.get(i);
            var notify = r.parameters().notifyOn();
            if (reply.isPositive()) {
                finished.add(r.id());
                DsnAction action = local ? DsnAction.DELIVERED : DsnAction.RELAYED;
                if (mayNotify && (local || !dsnRelayed) && action.wantedBy(notify)) {
                    succeeded.add(dsn(r, action, new EnhancedStatusCode(2, 0, 0), remoteHost, reply, now, null));
                }
                log(job, r, reply, "delivered");
            } else if (reply.isPermanentFailure() || !now.isBefore(m.expires())) {
                finished.add(r.id());
                boolean expired = !reply.isPermanentFailure();
                EnhancedStatusCode status = expired ? EXPIRED : DsnRecipient.statusOf(reply);
                if (mayNotify && DsnAction.FAILED.wantedBy(notify)) {
                    failed.add(dsn(r, DsnAction.FAILED, status, remoteHost, reply, now, null));
                    failedRows.add(r);
                }
                log(job, r, reply, expired ? "expired" : "failed");
            } else {
                int attempts = r.attempts() + 1;
                Instant next = now.plus(options.retryDelay(attempts));
                if (next.isAfter(m.expires())) {
                    next = m.expires(); // one last try when the message expires
                }
                boolean notified = r.delayNotified();
                if (!notified && !now.isBefore(m.created().plus(options.delayNotice()))) {
                    notified = true;
                    if (mayNotify && DsnAction.DELAYED.wantedBy(notify)) {
                        delayed.add(dsn(r, DsnAction.DELAYED, DsnRecipient.statusOf(reply), remoteHost, reply, now,
                                m.expires()));
                    }
                }
                retries.add(new MessageQueue.Retry(r.id(), attempts, next, reply.toString(), notified));
                log(job, r, reply, "deferred until " + next);
            }
        }
        if (!failed.isEmpty() && !send(m, body, failed)) {
            // the bounce could not be stored: keep the recipients so it is not lost
            for (ClaimedRecipient r : failedRows) {
                finished.remove(Long.valueOf(r.id()));
                retries.add(new MessageQueue.Retry(r.id(), r.attempts() + 1,
                        now.plus(options.retryDelay(r.attempts() + 1)), "notice could not be stored", r.delayNotified()));
            }
        }
        if (!delayed.isEmpty()) {
            send(m, body, delayed);
        }
        if (!succeeded.isEmpty()) {
            send(m, body, succeeded);
        }
        queue.complete(m.id(), finished, retries, now);
    }

    /** REJECTQUEUEMESSAGE with a report: every recipient that still waited fails with {@code reason}. */
    void notifyRejected(MessageQueue.Removed removed, SmtpReply reason) {
        QueuedEnvelope m = removed.message();
        if (m.sender().isNull()) {
            return;
        }
        Instant now = clock.instant();
        List<DsnRecipient> failed = new ArrayList<>();
        for (ClaimedRecipient r : removed.recipients()) {
            if (DsnAction.FAILED.wantedBy(r.parameters().notifyOn())) {
                failed.add(dsn(r, DsnAction.FAILED, DsnRecipient.statusOf(reason), null, reason, r.lastAttempt(), null));
            }
        }
        if (!failed.isEmpty()) {
            send(m, removed.body(), failed);
        }
    }

    private boolean send(QueuedEnvelope m, byte[] body, List<DsnRecipient> recipients) {
        try {
            notifier.send(new DsnReport(m.sender(), m.parameters().envelopeId().orElse(null), m.created(), recipients,
                    body, m.parameters().ret().orElse(null), m.parameters().smtpUtf8()));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("queue: notice to {} about message {} could not be stored: {}", m.sender(), m.id(), e.toString());
            return false;
        }
    }

    private static DsnRecipient dsn(ClaimedRecipient r, DsnAction action, EnhancedStatusCode status, String remoteHost,
            SmtpReply reply, Instant attempt, Instant retryUntil) {
        return new DsnRecipient(r.target().address(), r.parameters().originalRecipient().orElse(null), action, status,
                remoteHost, reply, attempt, retryUntil);
    }

    private static void log(QueueJob job, ClaimedRecipient r, SmtpReply reply, String what) {
        LOG.info("queue: message {} to <{}> via {} {}: {}", job.message().id(), r.target().address(), job.queue(),
                what, reply);
    }
}
