package org.parley.mail.queue;

import java.util.List;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;

/**
 * A message to put in the queue.
 *
 * @param sender     the reverse-path ({@link MailPath#NULL} for notices: never bounced)
 * @param parameters the MAIL parameters (BODY, SMTPUTF8, REQUIRETLS, RET, ENVID are kept)
 * @param origin     how it arrived, for the CLI and logs ({@code ESMTPS from [192.0.2.1]})
 * @param content    the message as it will be sent
 * @param recipients at least one
 */
public record NewMessage(MailPath sender, MailParameters parameters, String origin, byte[] content,
                         List<QueueRecipient> recipients) {
    public NewMessage {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a queued message needs a recipient");
        }
        parameters = parameters == null ? MailParameters.NONE : parameters;
    }
}
