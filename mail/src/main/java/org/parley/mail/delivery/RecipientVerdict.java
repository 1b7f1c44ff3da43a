package org.parley.mail.delivery;

import org.parley.mail.smtp.codec.SmtpReply;

/** The answer to one RCPT: accepted (remembered by the transaction) or refused with a reply to send. */
public sealed interface RecipientVerdict {
    record Accepted(SmtpReply reply) implements RecipientVerdict {}

    record Rejected(SmtpReply reply) implements RecipientVerdict {}

    SmtpReply reply();

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
