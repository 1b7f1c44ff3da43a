package org.parley.mail.queue;

import java.time.Instant;
import java.util.List;

/** A queued message for the CLI: envelope and every recipient still waiting. */
public record QueuedMessageInfo(long id, String sender, String origin, long size, Instant created, Instant expires,
                                List<Recipient> recipients) {
    public QueuedMessageInfo {
        recipients = List.copyOf(recipients);
    }

    public record Recipient(String module, String queue, String address, String original, int attempts,
                            Instant nextAttempt, String lastError) {}
}
