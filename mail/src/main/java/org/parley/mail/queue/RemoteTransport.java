package org.parley.mail.queue;

import org.parley.mail.smtp.client.Destination;
import org.parley.mail.smtp.client.OutboundMessage;
import org.parley.mail.smtp.client.TransmissionResult;

/**
 * Hands a message to another system; {@link org.parley.mail.smtp.client.SmtpClient#deliver} is the
 * implementation. Thread-safe; never throws for network trouble (it becomes 4xx replies).
 */
@FunctionalInterface
public interface RemoteTransport {
    TransmissionResult deliver(Destination destination, OutboundMessage message);
}
