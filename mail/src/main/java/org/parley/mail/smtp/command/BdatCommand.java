package org.parley.mail.smtp.command;

import java.io.EOFException;
import java.io.IOException;
import org.parley.mail.smtp.codec.BareLineEndings;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.ChunkReader;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.LineEndings;
import org.parley.mail.smtp.session.MailTransaction;
import org.parley.mail.smtp.session.MessageBuffer;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 3030 §2 BDAT: reads exactly the announced octets, always (even when refusing), collects the
 * chunks and completes the transaction at LAST. Once a chunk failed (the size limit), every further
 * chunk is read, dropped and answered with the same failure until LAST or RSET.
 */
public final class BdatCommand implements CommandHandler<SmtpCommand.Bdat> {
    private static final Logger LOG = LoggerFactory.getLogger(BdatCommand.class);

    static final SmtpReply BARE_LINE_ENDING = SmtpReply.of(550, EnhancedStatusCode.MEDIA_ERROR,
            "Message contains a bare CR or LF; lines must end with CRLF");

    @Override
    public void handle(SmtpCommand.Bdat command, SmtpSession session) throws IOException {
        MailTransaction tx;
        MessageBuffer content;
        SmtpReply failure;
        switch (session.state()) {
            case SessionState.InTransaction t -> {
                tx = t.transaction();
                content = new MessageBuffer(session.config().maxMessageSize());
                failure = null;
            }
            case SessionState.ReceivingChunks c -> {
                tx = c.transaction();
                content = c.content();
                failure = c.failure();
            }
            default -> throw new IllegalStateException("BDAT admitted in " + session.state());
        }
        long budget = failure == null ? content.remaining() : 0;
        ChunkReader.Chunk[] chunk = new ChunkReader.Chunk[1];
        try {
            session.withDataTimeout(() -> chunk[0] = ChunkReader.transfer(session.content(),
                    command.size(), content, budget));
        } catch (EOFException e) {
            LOG.info("connection closed during BDAT of {}", tx.id());
            session.abortTransaction();
            session.close();
            return;
        }
        if (failure == null && chunk[0].exceeded()) {
            failure = SmtpReplies.TOO_BIG; // RFC 1870 §6.1, RFC 3030 §2
        }
        if (!command.last()) {
            session.state(new SessionState.ReceivingChunks(session.state().hello(), tx, content, failure));
            session.reply(failure != null ? failure
                    : SmtpReply.of(250, EnhancedStatusCode.OK, command.size() + " octets received"));
            return;
        }
        long size = (long) content.size() + (failure == null ? 0 : chunk[0].discarded());
        if (failure != null) {
            MessageCompletion.refuse(session, tx, failure, size);
            return;
        }
        byte[] data = content.array();
        int length = content.size();
        // RFC 3030 §3: only BINARYMIME content may hold NUL and lone CR/LF
        if (tx.parameters().body().orElse(null) != BodyType.BINARY_MIME) {
            if (LineEndings.containsNul(data, length)) {
                MessageCompletion.refuse(session, tx, DataCommand.NUL_REFUSED, length);
                return;
            }
            if (LineEndings.hasBare(data, length)) {
                if (session.config().bareLineEndings() == BareLineEndings.REJECT) {
                    MessageCompletion.refuse(session, tx, BARE_LINE_ENDING, length);
                    return;
                }
                LOG.debug("normalized bare line endings in {}", tx.id());
                data = LineEndings.normalize(data, length);
                length = data.length;
            }
        }
        MessageCompletion.deliver(session, tx, data, length);
    }
}
