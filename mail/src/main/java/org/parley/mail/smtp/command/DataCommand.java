package org.parley.mail.smtp.command;

import java.io.EOFException;
import java.io.IOException;
import org.parley.mail.smtp.codec.DataReader;
import org.parley.mail.smtp.codec.DataReaderOptions;
import org.parley.mail.smtp.codec.DataResult;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.MailTransaction;
import org.parley.mail.smtp.session.MessageBuffer;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5321 §4.1.1.4 DATA: 354, the content up to {@code <CRLF>.<CRLF>}, then the message is
 * refused (size, bare line endings, NUL, loop) or committed and answered.
 */
public final class DataCommand implements CommandHandler<SmtpCommand.Data> {
    private static final Logger LOG = LoggerFactory.getLogger(DataCommand.class);

    static final SmtpReply NUL_REFUSED = SmtpReply.of(554, EnhancedStatusCode.MEDIA_ERROR,
            "NUL characters are not allowed in message text; use BDAT with BODY=BINARYMIME");

    @Override
    public void handle(SmtpCommand.Data command, SmtpSession session) throws IOException {
        MailTransaction tx = ((SessionState.InTransaction) session.state()).transaction();
        // RFC 2920 §3.1: DATA ends a pipelined group; content may follow only after the 354. A
        // client already sending it has lost step (or is trying to smuggle): say so and hang up,
        // since its message lines would otherwise be read as commands.
        int early = session.pipelinedInput();
        if (early > 0) {
            LOG.info("{} octets sent after DATA before the 354 reply; closing", early);
            session.abortTransaction();
            session.reply(SmtpReply.of(554, new EnhancedStatusCode(5, 5, 0),
                    "SMTP synchronization error: message content sent before the 354 reply"));
            session.close();
            return;
        }
        session.reply(SmtpReply.of(354, "End data with <CR><LF>.<CR><LF>"));
        session.flush();

        long max = session.config().maxMessageSize();
        MessageBuffer content = new MessageBuffer(max);
        DataReader reader = new DataReader(new DataReaderOptions(max, DataReaderOptions.RFC_MAX_LINE_LENGTH,
                session.config().bareLineEndings()));
        DataResult[] result = new DataResult[1];
        try {
            session.withDataTimeout(() -> result[0] = reader.read(session.content(), content));
        } catch (EOFException e) {
            LOG.info("connection closed during DATA of {}", tx.id());
            session.abortTransaction();
            session.close();
            return;
        }
        DataResult r = result[0];
        if (r.rejection().isPresent()) {
            // RFC 1870 §6.1 (552 after the whole message was drained) or RFC 5321 §2.3.8 (bare CR/LF)
            MessageCompletion.refuse(session, tx, r.rejection().get(), r.size());
            return;
        }
        if (r.containsNul()) {
            MessageCompletion.refuse(session, tx, NUL_REFUSED, r.size());
            return;
        }
        if (r.lineTooLong()) {
            // RFC 5321 §4.5.3.1.6 allows refusing; kept, like most MTAs, since the store copes
            LOG.debug("message {} has a line of {} octets", tx.id(), r.longestLine());
        }
        MessageCompletion.deliver(session, tx, content.array(), content.size());
    }
}
