package org.parley.mail.smtp.client;

import java.util.List;
import org.parley.mail.smtp.codec.SmtpReply;

/** The hosts to try for a destination, in order, or why there are none. */
public sealed interface DestinationPlan {

    /** Addresses in the order RFC 5321 §5.1 asks for: MX preference, then each host's addresses. */
    record Hosts(List<HostCandidate> candidates) implements DestinationPlan {
        public Hosts {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a plan needs at least one host");
            }
        }
    }

    /**
     * No host to try: {@code reply} says why, 4xx when a later attempt may succeed (DNS temporarily
     * unavailable), 5xx when it cannot (no such domain, null MX).
     */
    record Failed(SmtpReply reply) implements DestinationPlan {}
}
