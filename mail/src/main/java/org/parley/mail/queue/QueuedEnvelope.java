package org.parley.mail.queue;

import java.time.Instant;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;

/** A queued message without its body: what a delivery attempt and a DSN need to know about it. */
public record QueuedEnvelope(long id, MailPath sender, MailParameters parameters, String origin, long size,
                             Instant created, Instant expires) {}
