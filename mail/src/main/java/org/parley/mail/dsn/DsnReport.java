package org.parley.mail.dsn;

import java.time.Instant;
import java.util.List;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.MailPath;

/**
 * One delivery status notification to build: about one original message, for one or more of its
 * recipients.
 *
 * @param returnTo    the original reverse-path; a notice is never sent to {@link MailPath#NULL}
 * @param envelopeId  the original ENVID, or null
 * @param arrival     when the original message arrived (Arrival-Date)
 * @param recipients  at least one
 * @param original    the original message (headers are returned, or all of it per {@code ret})
 * @param ret         the original RET, or null when the sender did not say
 * @param utf8        the original was an SMTPUTF8 message: use the RFC 6533 message/global types
 */
public record DsnReport(MailPath returnTo, String envelopeId, Instant arrival, List<DsnRecipient> recipients,
                        byte[] original, DsnReturn ret, boolean utf8) {
    public DsnReport {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one recipient");
        }
    }
}
