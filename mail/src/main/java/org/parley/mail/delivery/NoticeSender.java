package org.parley.mail.delivery;

import java.util.List;
import org.parley.mail.dsn.DsnComposer;
import org.parley.mail.dsn.DsnReport;
import org.parley.mail.queue.DeliveryNotifier;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.store.sql.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notices through the delivery service itself, as the server ({@link SubmissionContext#internal()})
 * with the null reverse-path: the sender's address is routed like any recipient (local → INBOX,
 * remote → queue), and because the notice has no sender, nothing ever bounces it (RFC 5321 §4.5.5).
 */
final class NoticeSender implements DeliveryNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);

    private final DeliveryService service;
    private final DsnComposer composer;

    NoticeSender(DeliveryService service, DsnComposer composer) {
        this.service = service;
        this.composer = composer;
    }

    @Override
    public void send(DsnReport report) {
        MailPath to = report.returnTo();
        if (to.isNull()) {
            return;
        }
        byte[] notice = composer.compose(report);
        MailParameters params = report.utf8() ? MailParameters.NONE.withSmtpUtf8() : MailParameters.NONE;
        DeliveryTransaction tx;
        try {
            tx = service.begin(SubmissionContext.internal(), MailPath.NULL, params);
        } catch (DeliveryService.DeliveryRefusedException e) {
            throw new IllegalStateException("the server's own notice was refused: " + e.reply(), e);
        }
        try (tx) {
            RecipientVerdict v = tx.addRecipient(to, RcptParameters.NONE);
            if (!v.accepted()) {
                LOG.info("delivery: notice to {} dropped: {}", to, v.reply());
                return;
            }
            List<RecipientResult> results = tx.commit(notice);
            SmtpReply r = results.getFirst().reply();
            if (r.isTransientFailure()) {
                throw new StoreException("notice to " + to + " could not be stored: " + r);
            }
            if (r.isPermanentFailure()) {
                LOG.info("delivery: notice to {} failed and is dropped (no bounce of a bounce): {}", to, r);
            }
        }
    }
}
