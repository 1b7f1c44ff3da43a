package org.parley.mail.dsn;

import java.time.Instant;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * The per-recipient fields of a delivery status notification (RFC 3464 §2.3).
 *
 * @param finalRecipient    the address delivery was attempted to (Final-Recipient)
 * @param originalRecipient the ORCPT the sender gave, or null (Original-Recipient)
 * @param action            what happened
 * @param status            RFC 3463 status (Status)
 * @param remoteMta         the host that answered, or null (Remote-MTA)
 * @param diagnostic        the reply that decided it, or null (Diagnostic-Code)
 * @param lastAttempt       when delivery was last tried, or null (Last-Attempt-Date)
 * @param willRetryUntil    for delays: when the queue gives up, else null (Will-Retry-Until)
 */
public record DsnRecipient(String finalRecipient, OriginalRecipient originalRecipient, DsnAction action,
                           EnhancedStatusCode status, String remoteMta, SmtpReply diagnostic, Instant lastAttempt,
                           Instant willRetryUntil) {
    public DsnRecipient {
        if (finalRecipient == null || action == null || status == null) {
            throw new IllegalArgumentException("final recipient, action and status are required");
        }
    }

    /** The status a reply implies: its enhanced code, else the class with .0.0 (RFC 3463 §3.1). */
    public static EnhancedStatusCode statusOf(SmtpReply reply) {
        if (reply.status() != null) {
            return reply.status();
        }
        int c = reply.code() / 100;
        return new EnhancedStatusCode(c == 3 ? 2 : c, 0, 0);
    }
}
