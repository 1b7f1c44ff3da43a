package org.parley.mail.delivery;

import java.time.Duration;

/**
 * Tunables of the delivery service.
 *
 * @param serverName      our host name: Reporting-MTA and the MAILER-DAEMON address of notices
 * @param maxRecipients   accepted RCPTs per transaction (RFC 5321 §4.5.3.1.8 asks for at least 100)
 * @param maxForwardDepth forwarders followed one after another before the chain counts as a loop
 * @param maxTargets      deliveries one RCPT may expand to through groups and forwarders
 * @param queueExpiry     how long queued recipients are retried before they bounce
 * @param maxReturnedSize largest original a failure notice returns whole (larger: headers only)
 */
public record DeliveryOptions(String serverName, int maxRecipients, int maxForwardDepth, int maxTargets,
                              Duration queueExpiry, int maxReturnedSize) {

    public DeliveryOptions {
        if (serverName == null || serverName.isBlank() || maxRecipients < 1 || maxForwardDepth < 1 || maxTargets < 1) {
            throw new IllegalArgumentException("bad delivery options");
        }
    }

    public static DeliveryOptions defaults(String serverName) {
        return new DeliveryOptions(serverName, 1000, 10, 1000, Duration.ofDays(5), 512 * 1024);
    }

    public DeliveryOptions withQueueExpiry(Duration d) {
        return new DeliveryOptions(serverName, maxRecipients, maxForwardDepth, maxTargets, d, maxReturnedSize);
    }
}
