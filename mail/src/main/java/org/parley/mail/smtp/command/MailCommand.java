package org.parley.mail.smtp.command;

import java.io.IOException;
import java.util.Optional;
import org.parley.directory.auth.Authenticated;
import org.parley.mail.delivery.DeliveryService;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.Hello;
import org.parley.mail.smtp.session.MailTransaction;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;
import org.parley.mail.smtp.session.TransactionIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5321 §4.1.1.2 MAIL: checks the declared size, then opens a delivery transaction. The
 * delivery service decides about the sender, including whether an authenticated client may use
 * that address (RFC 6409 §6.1); its refusal is sent as it is.
 */
public final class MailCommand implements CommandHandler<SmtpCommand.Mail> {
    private static final Logger LOG = LoggerFactory.getLogger(MailCommand.class);

    @Override
    public void handle(SmtpCommand.Mail command, SmtpSession session) throws IOException {
        MailParameters parameters = command.parameters();
        // RFC 1870 §6.1: a declared size over the limit is refused at MAIL
        if (parameters.size().isPresent() && parameters.size().getAsLong() > session.config().maxMessageSize()) {
            session.reply(SmtpReplies.TOO_BIG);
            return;
        }
        Authenticated who = session.authenticated();
        if (parameters.auth().isPresent() && who == null) {
            // RFC 4954 §5: an untrusted client's AUTH= is replaced by <> rather than passed on
            parameters = new MailParameters(parameters.size(), parameters.body(), parameters.smtpUtf8(),
                    Optional.of(""), parameters.ret(), parameters.envelopeId(), parameters.requireTls());
        }
        Hello hello = session.state().hello();
        SubmissionContext context = new SubmissionContext(session.withKeyword(parameters.smtpUtf8()),
                session.remoteAddress(), hello.name(), who, session.relayAllowed(),
                session.secure());
        String id = TransactionIds.next(12);
        DeliveryTransaction delivery;
        try {
            delivery = session.services().delivery().begin(context, command.reversePath(), parameters);
        } catch (DeliveryService.DeliveryRefusedException e) {
            session.reply(e.reply());
            return;
        } catch (RuntimeException e) {
            LOG.warn("delivery service failed at MAIL, incident {}", id, e);
            session.reply(SmtpReplies.localError(id));
            return;
        }
        session.state(new SessionState.InTransaction(hello,
                new MailTransaction(id, delivery, context, command.reversePath(), parameters)));
        session.reply(SmtpReply.of(250, EnhancedStatusCode.SENDER_OK, "Sender OK"));
    }
}
