package org.parley.mail.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.mail.dsn.DsnAction;
import org.parley.mail.dsn.DsnRecipient;
import org.parley.mail.dsn.DsnReport;
import org.parley.mail.queue.NewMessage;
import org.parley.mail.queue.QueueRecipient;
import org.parley.mail.queue.QueueTarget;
import org.parley.mail.smtp.client.Destination;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction of {@link MailDeliveryService}. Commit order, chosen so that nothing the caller
 * is told is accepted can be lost:
 * <ol>
 *   <li>remote copies go to the queue in one transaction; if that fails, nothing is delivered and
 *       every recipient gets 451 (the client retries the whole message);</li>
 *   <li>local copies are filed in the store (one blob, one commit);</li>
 *   <li>local copies that failed temporarily (over quota) are queued for retry — except over LMTP
 *       when the RCPT had just that one copy: LMTP reports per recipient and its client retries;</li>
 *   <li>per-RCPT results: 250 when any copy of it is filed, queued or intentionally dropped,
 *       otherwise the first failure;</li>
 *   <li>notices: "Accepted and Bounced" recipients, and copies that failed although the client
 *       will hear 250 (a sibling copy succeeded, or over SMTP another RCPT succeeded so the session
 *       answers 250), get a failure notice; NOTIFY=SUCCESS copies filed here get a "delivered"
 *       notice. Never for the null sender.</li>
 * </ol>
 * A crash between step 1 and 2 means the client never saw 250 and sends again: the remote copies
 * may then go out twice, which SMTP accepts (RFC 5321 §6.1); the reverse order would risk the same
 * for local copies. Not thread-safe.
 */
final class MailTransaction implements DeliveryTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(MailTransaction.class);
    static final SmtpReply RECIPIENT_OK = SmtpReply.of(250, EnhancedStatusCode.DESTINATION_OK, "recipient ok");
    static final SmtpReply ACCEPTED = SmtpReply.of(250, EnhancedStatusCode.OK, "message accepted for delivery");
    static final SmtpReply QUEUED = SmtpReply.of(250, EnhancedStatusCode.OK, "queued");
    static final SmtpReply TOO_MANY = SmtpReply.of(452, EnhancedStatusCode.TOO_MANY_RECIPIENTS, "too many recipients");
    static final SmtpReply TRY_LATER = SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE,
            "cannot store the message now, try again later");

    private enum State { OPEN, COMMITTED, ABORTED }

    /** An accepted RCPT and the targets it led to. */
    private record Rcpt(MailPath path, RcptParameters params, List<Integer> targets) {}

    /** A distinct target and the first RCPT that led to it. */
    private record Entry(RecipientTarget target, Rcpt rcpt, int rcptIndex) {}

    private final MailDeliveryService service;
    private final SubmissionContext context;
    private final MailPath sender;
    private final MailParameters parameters;
    private final List<Rcpt> rcpts = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private State state = State.OPEN;

    MailTransaction(MailDeliveryService service, SubmissionContext context, MailPath sender, MailParameters parameters) {
        this.service = service;
        this.context = context;
        this.sender = sender;
        this.parameters = parameters;
    }

    @Override
    public RecipientVerdict addRecipient(MailPath recipient, RcptParameters parameters) {
        requireOpen();
        if (recipient == null || recipient.isNull()) {
            return new RecipientVerdict.Rejected(SmtpReply.of(553, EnhancedStatusCode.BAD_DESTINATION_SYNTAX,
                    "a recipient needs an address"));
        }
        if (rcpts.size() >= service.options().maxRecipients()) {
            return new RecipientVerdict.Rejected(TOO_MANY);
        }
        RecipientExpander.Expansion e = service.expander().expand(recipient.mailbox().toSmtpString(),
                context.relayAllowed());
        if (e instanceof RecipientExpander.Expansion.Refused r) {
            return new RecipientVerdict.Rejected(r.reply());
        }
        Rcpt rcpt = new Rcpt(recipient, parameters == null ? RcptParameters.NONE : parameters, new ArrayList<>());
        for (RecipientTarget t : ((RecipientExpander.Expansion.Accepted) e).targets()) {
            Integer i = byKey.get(t.key());
            if (i == null) {
                i = entries.size();
                entries.add(new Entry(t, rcpt, rcpts.size()));
                byKey.put(t.key(), i);
            }
            rcpt.targets().add(i);
        }
        rcpts.add(rcpt);
        return new RecipientVerdict.Accepted(RECIPIENT_OK);
    }

    @Override
    public int recipientCount() {
        return rcpts.size();
    }

    @Override
    public List<RecipientResult> commit(byte[] message) {
        requireOpen();
        state = State.COMMITTED;
        if (rcpts.isEmpty()) {
            return List.of();
        }
        Instant now = service.clock().instant();
        Instant expires = now.plus(service.options().queueExpiry());
        SmtpReply[] fate = new SmtpReply[entries.size()];
        boolean lmtp = context.protocol() != null && context.protocol().toUpperCase(Locale.ROOT).startsWith("LMTP");
        boolean queuedAny = false;

        // 1. remote copies: durable in the queue, or nothing happens at all
        List<Integer> remote = indexes(RecipientTarget.Remote.class);
        if (!remote.isEmpty()) {
            if (!enqueue(remote, message, now, expires)) {
                return allFailed(TRY_LATER);
            }
            queuedAny = true;
            for (int i : remote) {
                fate[i] = QUEUED;
            }
        }
        // 2. local copies
        List<Integer> local = indexes(RecipientTarget.Local.class);
        List<Integer> retry = new ArrayList<>();
        if (!local.isEmpty()) {
            List<QueueTarget.Local> targets = new ArrayList<>();
            for (int i : local) {
                RecipientTarget.Local l = (RecipientTarget.Local) entries.get(i).target();
                targets.add(new QueueTarget.Local(l.accountId(), null, l.address()));
            }
            List<SmtpReply> replies = service.local().deliver(sender, message, targets);
            for (int k = 0; k < local.size(); k++) {
                int i = local.get(k);
                SmtpReply r = replies.get(k);
                if (r.isTransientFailure() && !(lmtp && entries.get(i).rcpt().targets().size() == 1)) {
                    retry.add(i);
                } else {
                    fate[i] = r;
                }
            }
        }
        // 3. temporary local failures wait in the queue
        if (!retry.isEmpty()) {
            boolean ok = enqueue(retry, message, now, expires);
            queuedAny |= ok;
            for (int i : retry) {
                fate[i] = ok ? QUEUED : TRY_LATER;
            }
        }
        // dropped and accepted-then-bounced copies count as handled
        for (int i = 0; i < entries.size(); i++) {
            if (fate[i] == null) {
                fate[i] = ACCEPTED;
            }
        }
        // 4. per-RCPT results
        List<RecipientResult> results = new ArrayList<>();
        boolean anyOk = false;
        for (Rcpt rcpt : rcpts) {
            SmtpReply result = null;
            for (int i : rcpt.targets()) {
                if (fate[i].isPositive()) {
                    result = ACCEPTED;
                    break;
                }
                if (result == null) {
                    result = fate[i];
                }
            }
            anyOk |= result.isPositive();
            results.add(new RecipientResult(rcpt.path(), result));
        }
        // 5. notices
        notices(fate, results, anyOk && !lmtp, now, message);
        if (queuedAny) {
            service.queued();
        }
        return results;
    }

    private void notices(SmtpReply[] fate, List<RecipientResult> results, boolean smtpAnswersOk, Instant now,
            byte[] message) {
        if (sender.isNull()) {
            return; // RFC 5321 §4.5.5: never a notice about a notice
        }
        List<DsnRecipient> failed = new ArrayList<>();
        List<DsnRecipient> delivered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean rcptOk = results.get(e.rcptIndex()).ok();
            var notify = e.rcpt().params().notifyOn();
            if (e.target() instanceof RecipientTarget.Bounce b) {
                if (DsnAction.FAILED.wantedBy(notify)) {
                    failed.add(dsn(e, DsnAction.FAILED, b.reason(), now));
                }
            } else if (!fate[i].isPositive() && (rcptOk || smtpAnswersOk)) {
                if (DsnAction.FAILED.wantedBy(notify)) {
                    failed.add(dsn(e, DsnAction.FAILED, fate[i], now));
                }
            } else if (e.target() instanceof RecipientTarget.Local && fate[i] == LocalDelivery.DELIVERED
                    && DsnAction.DELIVERED.wantedBy(notify)) {
                delivered.add(dsn(e, DsnAction.DELIVERED, fate[i], now));
            }
        }
        for (List<DsnRecipient> list : List.of(failed, delivered)) {
            if (list.isEmpty()) {
                continue;
            }
            try {
                service.notices().send(new DsnReport(sender, parameters.envelopeId().orElse(null), now, list,
                        message, parameters.ret().orElse(null), parameters.smtpUtf8()));
            } catch (RuntimeException ex) {
                LOG.warn("delivery: notice to {} could not be sent: {}", sender, ex.toString());
            }
        }
    }

    private DsnRecipient dsn(Entry e, DsnAction action, SmtpReply reply, Instant now) {
        OriginalRecipient orcpt = e.rcpt().params().originalRecipient().orElse(null);
        String rcptAddress = e.rcpt().path().mailbox().toSmtpString();
        if (orcpt == null && !rcptAddress.equalsIgnoreCase(e.target().address())) {
            // a forwarder or group led here: say which address the sender used
            orcpt = new OriginalRecipient("rfc822", rcptAddress);
        }
        return new DsnRecipient(e.target().address(), orcpt, action, DsnRecipient.statusOf(reply), null, reply, now, null);
    }

    private boolean enqueue(List<Integer> indexes, byte[] message, Instant now, Instant expires) {
        List<QueueRecipient> recipients = new ArrayList<>();
        for (int i : indexes) {
            Entry e = entries.get(i);
            QueueTarget t = switch (e.target()) {
                case RecipientTarget.Remote r -> new QueueTarget.Remote(Destination.of(r.route()), r.address());
                case RecipientTarget.Local l -> new QueueTarget.Local(l.accountId(), null, l.address());
                default -> throw new IllegalStateException("not a queueable target: " + e.target());
            };
            recipients.add(new QueueRecipient(t, e.rcpt().path().mailbox().toSmtpString(), e.rcpt().params()));
        }
        try {
            service.queue().enqueue(new NewMessage(sender, parameters, origin(), message, recipients), now, expires);
            return true;
        } catch (RuntimeException ex) {
            LOG.warn("delivery: queueing a message from {} for {} recipients failed: {}", sender, recipients.size(),
                    ex.toString());
            return false;
        }
    }

    private String origin() {
        StringBuilder o = new StringBuilder(context.protocol() == null ? "?" : context.protocol());
        if (context.remote() != null) {
            o.append(" from [").append(context.remote().getHostAddress()).append(']');
        }
        if (context.authenticated() != null) {
            o.append(" as ").append(context.authenticated().principal());
        }
        return o.toString();
    }

    private List<Integer> indexes(Class<? extends RecipientTarget> kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (kind.isInstance(entries.get(i).target())) {
                out.add(i);
            }
        }
        return out;
    }

    private List<RecipientResult> allFailed(SmtpReply reply) {
        List<RecipientResult> out = new ArrayList<>();
        for (Rcpt r : rcpts) {
            out.add(new RecipientResult(r.path(), reply));
        }
        return out;
    }

    @Override
    public void abort() {
        if (state == State.OPEN) {
            state = State.ABORTED;
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("transaction already " + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
