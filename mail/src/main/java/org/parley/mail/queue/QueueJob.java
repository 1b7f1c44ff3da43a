package org.parley.mail.queue;

import java.util.List;

/**
 * Recipients of one message for one destination, claimed together: one SMTP transaction (or one
 * local filing) delivers them.
 */
public record QueueJob(QueuedEnvelope message, String module, String queue, List<ClaimedRecipient> recipients) {
    public QueueJob {
        recipients = List.copyOf(recipients);
    }
}
