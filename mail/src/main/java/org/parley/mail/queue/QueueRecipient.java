package org.parley.mail.queue;

import org.parley.mail.smtp.codec.RcptParameters;

/**
 * One recipient to queue.
 *
 * @param target     where it goes
 * @param original   the RCPT address the message was accepted for (a forwarder or group may have
 *                   led from it to {@code target}); shown by the CLI and used when there is no ORCPT
 * @param parameters NOTIFY and ORCPT of that RCPT (RFC 3461)
 */
public record QueueRecipient(QueueTarget target, String original, RcptParameters parameters) {
    public QueueRecipient {
        parameters = parameters == null ? RcptParameters.NONE : parameters;
        original = original == null ? target.address() : original;
    }
}
