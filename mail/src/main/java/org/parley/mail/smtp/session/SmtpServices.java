package org.parley.mail.smtp.session;

import java.time.Clock;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.mail.delivery.DeliveryService;

/**
 * The shared services a session calls. All are thread-safe and shared by every connection.
 *
 * @param delivery where accepted messages go ({@code begin → addRecipient* → commit | abort})
 * @param sasl     AUTH mechanisms; null disables AUTH (LMTP)
 * @param policy   relay, login and sender rules
 * @param clock    time for {@code Received:} and {@code Date:} fields
 */
public record SmtpServices(DeliveryService delivery, SaslMechanisms sasl, SessionPolicy policy, Clock clock) {
    public SmtpServices {
        if (delivery == null || policy == null || clock == null) {
            throw new IllegalArgumentException("delivery, policy and clock are required");
        }
    }
}
