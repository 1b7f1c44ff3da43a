package org.parley.mail.queue;

import org.parley.mail.dsn.DsnReport;

/**
 * Sends delivery status notifications (bounces, delay notices, success reports) back to a
 * message's sender. The implementation composes the RFC 3464 message and submits it with the
 * null reverse-path, so a notice is never itself bounced. Thread-safe.
 */
@FunctionalInterface
public interface DeliveryNotifier {
    /**
     * Submits the notice; returns when it is durable (filed or queued) or when there is nowhere to
     * send it (the sender address is unknown here: the notice is dropped and logged).
     *
     * @throws RuntimeException when it could not be stored; the caller keeps the failed recipients
     *                          queued so the notice is not lost
     */
    void send(DsnReport report);
}
