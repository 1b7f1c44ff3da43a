package org.parley.mail.smtp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import org.parley.mail.delivery.RecipientResult;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.HeaderFacts;
import org.parley.mail.smtp.session.MailTransaction;
import org.parley.mail.smtp.session.ReceivedHeader;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpFlavour;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;
import org.parley.mail.smtp.session.SubmissionHeaders;
import org.parley.mail.smtp.session.TransactionIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a mail transaction, shared by DATA and BDAT: the loop check, trace and submission
 * header fields, the delivery service's commit, the final reply (one for SMTP, one per recipient
 * for LMTP) and the one log line per message.
 */
final class MessageCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(MessageCompletion.class);

    private MessageCompletion() {}

    /** RFC 5321 §6.3: too many trace fields means the message is circling. */
    static final SmtpReply LOOP = SmtpReply.of(554, EnhancedStatusCode.ROUTING_LOOP,
            "Too many Received: header fields; mail loop suspected");

    /**
     * Refuses the message: aborts the transaction and answers once (SMTP) or once per accepted
     * recipient (RFC 2033 §4.2: LMTP gives a reply for each recipient after the content).
     */
    static void refuse(SmtpSession session, MailTransaction tx, SmtpReply reply, long size) throws IOException {
        session.abortTransaction();
        LOG.info("message {} from={} size={} rcpts={} refused: {}", tx.id(), tx.sender(), size,
                tx.recipientCount(), reply);
        if (session.config().flavour().isLmtp()) {
            for (int i = 0; i < tx.recipientCount(); i++) {
                session.reply(reply);
            }
        } else {
            session.reply(reply);
        }
    }

    /**
     * Delivers {@code content[0..length)}: checks the hop count, prepends {@code Received:} (and on
     * submission the missing {@code Date:}/{@code Message-ID:}), commits, replies. The reply goes
     * out only after {@code commit} returned, i.e. after the copies are durable.
     */
    static void deliver(SmtpSession session, MailTransaction tx, byte[] content, int length) throws IOException {
        HeaderFacts facts = HeaderFacts.scan(content, length);
        if (facts.receivedCount() > session.config().maxReceivedHeaders()) {
            refuse(session, tx, LOOP, length);
            return;
        }
        byte[] prefix = prefix(session, tx, facts);
        byte[] message = new byte[prefix.length + length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(content, 0, message, prefix.length, length);

        List<RecipientResult> results;
        try {
            results = tx.delivery().commit(message);
        } catch (RuntimeException e) {
            LOG.warn("delivery service failed to commit message {}", tx.id(), e);
            refuse(session, tx, SmtpReplies.localError(tx.id()), message.length);
            return;
        }
        session.state(new SessionState.Greeted(session.state().hello()));
        if (session.config().flavour().isLmtp()) {
            replyPerRecipient(session, tx, results);
        } else {
            session.reply(summary(tx, results));
        }
        long ok = results.stream().filter(RecipientResult::ok).count();
        LOG.info("message {} from={} size={} rcpts={} delivered={} {}", tx.id(), tx.sender(), message.length,
                tx.recipientCount(), ok, ok == results.size() && ok > 0 ? "accepted" : describe(results));
    }

    private static byte[] prefix(SmtpSession session, MailTransaction tx, HeaderFacts facts) {
        ZonedDateTime now = session.now();
        List<MailPath> recipients = tx.recipients();
        String trace = ReceivedHeader.format(tx.context().heloName(), session.remoteAddress(),
                session.config().serverName(), tx.context().protocol(), tx.id(),
                session.tlsDescription(), recipients.size() == 1 ? recipients.getFirst() : null, now);
        String added = session.config().flavour() == SmtpFlavour.SUBMISSION
                ? SubmissionHeaders.missing(facts, now, TransactionIds.next(20) + "." + tx.id(),
                        session.config().serverName())
                : "";
        // RFC 6532: header fields may carry UTF-8 (a SMTPUTF8 recipient in "for")
        return (trace + added).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One SMTP reply for the whole transaction: 250 when any recipient got the message (the
     * delivery service bounces the others), else the first temporary failure (so the client
     * retries), else the first permanent one.
     */
    private static SmtpReply summary(MailTransaction tx, List<RecipientResult> results) {
        if (results.stream().anyMatch(RecipientResult::ok)) {
            return SmtpReply.of(250, EnhancedStatusCode.OK, "OK: queued as " + tx.id());
        }
        return results.stream().map(RecipientResult::reply).filter(SmtpReply::isTransientFailure).findFirst()
                .or(() -> results.stream().map(RecipientResult::reply).findFirst())
                .orElse(SmtpReplies.localError(tx.id()));
    }

    /** RFC 2033 §4.2: one reply per accepted recipient, in RCPT order. */
    private static void replyPerRecipient(SmtpSession session, MailTransaction tx, List<RecipientResult> results)
            throws IOException {
        int expected = tx.recipientCount();
        for (int i = 0; i < expected; i++) {
            if (i < results.size()) {
                session.reply(results.get(i).reply());
            } else {
                // the service broke its contract (one result per recipient); never leave the client waiting
                LOG.warn("message {}: delivery service returned {} results for {} recipients", tx.id(),
                        results.size(), expected);
                session.reply(SmtpReplies.localError(tx.id()));
            }
        }
    }

    private static String describe(List<RecipientResult> results) {
        StringBuilder out = new StringBuilder();
        for (RecipientResult r : results) {
            if (!r.ok()) {
                out.append(out.isEmpty() ? "failed: " : "; ").append(r.recipient()).append(' ').append(r.reply());
            }
        }
        return out.toString();
    }
}
