package org.parley.mail.delivery;

import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * Where every message enters: SMTP, submission, LMTP, and later XIMSS/webmail submission and
 * the server's own notices. Thread-safe; each transaction belongs to one caller.
 *
 * <p>The sender check for authenticated submitters is the service's job, not the session's: an
 * authenticated client may use only addresses of its own account unless {@code AllowAnySender}
 * says otherwise (see {@link MailDeliveryService}). Relay permission comes in with the
 * {@link SubmissionContext}; recipients are judged at {@link DeliveryTransaction#addRecipient}.
 */
public interface DeliveryService {
    /**
     * Starts a transaction for MAIL FROM. {@code sender} is {@link MailPath#NULL} for bounces.
     *
     * @return the transaction, or throws {@link DeliveryRefusedException} with the reply when the
     *     sender is refused (e.g. an authenticated client using an address that is not its own)
     */
    DeliveryTransaction begin(SubmissionContext context, MailPath sender, MailParameters parameters)
            throws DeliveryRefusedException;

    /** A refusal at MAIL FROM, carrying the reply the session sends. */
    final class DeliveryRefusedException extends Exception {
        private final SmtpReply reply;

        public DeliveryRefusedException(SmtpReply reply) {
            super(String.join(" ", reply.lines()));
            this.reply = reply;
        }

        public SmtpReply reply() {
            return reply;
        }
    }
}
