package org.parley.mail.queue;

import java.time.Instant;
import org.parley.mail.smtp.codec.RcptParameters;

/** A queued recipient reserved for one delivery attempt. */
public record ClaimedRecipient(long id, long messageId, QueueTarget target, String original, RcptParameters parameters, int attempts,
                               boolean delayNotified, Instant lastAttempt) {}
