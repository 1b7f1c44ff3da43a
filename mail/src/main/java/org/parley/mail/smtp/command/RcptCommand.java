package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.delivery.RecipientVerdict;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.session.MailTransaction;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;
import org.parley.mail.smtp.session.TransactionIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5321 §4.1.1.3 RCPT: the delivery service routes the recipient and decides (relay permission
 * per recipient from {@code SubmissionContext.relayAllowed}, unknown users, quota); the session
 * adds the recipient limit and refuses indirect address forms to clients that may not relay.
 */
public final class RcptCommand implements CommandHandler<SmtpCommand.Rcpt> {
    private static final Logger LOG = LoggerFactory.getLogger(RcptCommand.class);

    @Override
    public void handle(SmtpCommand.Rcpt command, SmtpSession session) throws IOException {
        MailTransaction tx = ((SessionState.InTransaction) session.state()).transaction();
        // RFC 5321 §4.5.3.1.10: 452 for too many recipients; the client sends the rest later
        if (tx.recipientCount() >= session.config().maxRecipients()) {
            session.reply(SmtpReply.of(452, EnhancedStatusCode.TOO_MANY_RECIPIENTS, "Too many recipients"));
            return;
        }
        MailPath recipient = command.forwardPath();
        if (!tx.context().relayAllowed() && RelayGuard.isIndirect(recipient)) {
            session.reply(SmtpReplies.RELAY_DENIED);
            return;
        }
        RecipientVerdict verdict;
        try {
            verdict = tx.delivery().addRecipient(recipient, command.parameters());
        } catch (RuntimeException e) {
            String incident = TransactionIds.next(8);
            LOG.warn("delivery service failed at RCPT of {}, incident {}", tx.id(), incident, e);
            session.reply(SmtpReplies.localError(incident));
            return;
        }
        if (verdict.accepted()) {
            tx.accepted(recipient);
        }
        session.reply(verdict.reply());
    }
}
