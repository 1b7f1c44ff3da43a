package org.parley.mail.queue;

import java.util.List;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * Files a queued message into local accounts (a retried local delivery, e.g. after the account
 * was over quota). Thread-safe.
 */
@FunctionalInterface
public interface LocalTransport {
    /**
     * Delivers {@code content} (as queued, without {@code Return-Path:}; the implementation adds
     * it) to every target; durable for each 2xx when it returns.
     *
     * @return one reply per target in order: 2xx filed, 4xx try again later, 5xx give up
     */
    List<SmtpReply> deliver(MailPath sender, byte[] content, List<QueueTarget.Local> targets);
}
