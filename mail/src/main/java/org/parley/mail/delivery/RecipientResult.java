package org.parley.mail.delivery;

import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * What became of one accepted recipient after the message data: {@code 250} once every copy for it
 * is durable (in the store for local targets, in the queue for remote ones), else a 4xx/5xx reply
 * (e.g. over quota). LMTP sends one of these per recipient (RFC 2033 §4.2); SMTP answers the
 * whole transaction with 250 if any recipient succeeded and must then bounce the failures itself
 * (the delivery service does that by queueing a DSN).
 */
public record RecipientResult(MailPath recipient, SmtpReply reply) {
    public boolean ok() {
        return reply.code() / 100 == 2;
    }
}
