package org.parley.mail.queue;

import java.time.Instant;

/**
 * One queue as GETMESSAGEQUEUEINFO shows it.
 *
 * @param module      SMTP or LOCAL
 * @param queue       the destination name
 * @param messages    distinct messages waiting
 * @param recipients  recipients waiting
 * @param size        octets of those messages
 * @param delayedTill the earliest next attempt among recipients that failed before, or null when
 *                    none has been tried yet
 * @param lastError   the most recent failure, or null
 */
public record QueueSummary(String module, String queue, int messages, int recipients, long size, Instant delayedTill,
                           String lastError) {}
