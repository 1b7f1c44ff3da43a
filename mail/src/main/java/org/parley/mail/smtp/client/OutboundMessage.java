package org.parley.mail.smtp.client;

import java.util.List;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;

/**
 * What one outbound SMTP transaction carries.
 *
 * @param sender     the reverse-path ({@link MailPath#NULL} for DSNs)
 * @param parameters the MAIL parameters of the original submission: BODY, SMTPUTF8, REQUIRETLS,
 *                   RET and ENVID are honoured; SIZE is computed here; AUTH is never passed on
 * @param recipients at least one, all for the same destination
 * @param content    the message as it goes on the wire before dot-stuffing (CRLF line ends)
 */
public record OutboundMessage(MailPath sender, MailParameters parameters, List<OutboundRecipient> recipients,
                              byte[] content) {
    public OutboundMessage {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an outbound message needs a recipient");
        }
        parameters = parameters == null ? MailParameters.NONE : parameters;
    }
}
