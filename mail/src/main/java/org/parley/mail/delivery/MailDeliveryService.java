package org.parley.mail.delivery;

import java.time.Clock;
import java.util.Objects;
import org.parley.mail.dsn.DsnComposer;
import org.parley.mail.queue.DeliveryNotifier;
import org.parley.mail.queue.LocalTransport;
import org.parley.mail.queue.MessageQueue;
import org.parley.mail.router.Route;
import org.parley.mail.router.RouteKind;
import org.parley.mail.router.Router;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * The {@link DeliveryService}: recipients resolved through the {@link Router}, local copies filed
 * in the store, remote ones written to the durable {@link MessageQueue}, failures after
 * acceptance reported to the sender with RFC 3464 notices.
 *
 * <p><b>Sender check</b> (at {@link #begin}): the null sender is always allowed. An authenticated
 * submitter may use only addresses that resolve to its own account — its name, its aliases, in
 * its domain or any alias of that domain, as the Router resolves login names
 * ({@link RouteKind#ACCESS}) — unless {@code AllowAnySender = YES} (server or domain setting,
 * see {@link DirectorySenderAuthorization}); otherwise {@code 553 5.7.1}. Unauthenticated clients
 * are not checked here (SPF/DMARC are separate checks).
 *
 * <p>Thread-safe; each transaction belongs to one thread.
 */
public final class MailDeliveryService implements DeliveryService {
    private final Router router;
    private final LocalTransport local;
    private final MessageQueue queue;
    private final SenderAuthorization senders;
    private final DeliveryOptions options;
    private final Clock clock;
    private final RecipientExpander expander;
    private final NoticeSender notices;
    private volatile Runnable onQueued = () -> {};

    public MailDeliveryService(Router router, LocalTransport local, MessageQueue queue, SenderAuthorization senders,
            DeliveryOptions options, Clock clock) {
        this.router = router;
        this.local = local;
        this.queue = queue;
        this.senders = senders;
        this.options = options;
        this.clock = clock;
        this.expander = new RecipientExpander(router, options.maxForwardDepth(), options.maxTargets());
        this.notices = new NoticeSender(this, new DsnComposer(options.serverName(), clock, options.maxReturnedSize()));
    }

    /** Sends delivery status notices through this service; the queue runner uses it too. */
    public DeliveryNotifier notifier() {
        return notices;
    }

    /** Called after something was queued (the queue runner's {@code wake}). */
    public void onQueued(Runnable listener) {
        this.onQueued = Objects.requireNonNull(listener);
    }

    @Override
    public DeliveryTransaction begin(SubmissionContext context, MailPath sender, MailParameters parameters)
            throws DeliveryRefusedException {
        checkSender(context, sender);
        return new MailTransaction(this, context, sender, parameters == null ? MailParameters.NONE : parameters);
    }

    private void checkSender(SubmissionContext context, MailPath sender) throws DeliveryRefusedException {
        if (sender.isNull() || context.authenticated() == null) {
            return;
        }
        if (senders.allowAnySender(context.authenticated())) {
            return;
        }
        Route r = router.route(sender.mailbox().toSmtpString(), RouteKind.ACCESS);
        if (r instanceof Route.Local l && l.accountId().equals(Long.toString(context.authenticated().accountId()))) {
            return;
        }
        throw new DeliveryRefusedException(SmtpReply.of(553, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED,
                "sender address is not yours: " + sender.mailbox().toSmtpString()));
    }

    RecipientExpander expander() {
        return expander;
    }

    LocalTransport local() {
        return local;
    }

    MessageQueue queue() {
        return queue;
    }

    DeliveryOptions options() {
        return options;
    }

    Clock clock() {
        return clock;
    }

    NoticeSender notices() {
        return notices;
    }

    void queued() {
        onQueued.run();
    }
}
