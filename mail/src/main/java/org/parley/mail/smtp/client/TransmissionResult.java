package org.parley.mail.smtp.client;

import java.util.List;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * What became of each recipient of an {@link OutboundMessage}: the reply that decides it, in
 * recipient order. 2xx: the next hop took responsibility; 4xx: try again later; 5xx: give up and
 * bounce. Replies Parley made up itself (connection refused, DNS, TLS policy) carry an enhanced
 * status code and a text saying so.
 *
 * @param replies    one per recipient, same order
 * @param remoteHost the host that gave the replies (for DSN Remote-MTA), or null when no host was
 *                   reached
 * @param dsnRelayed true when the next hop advertised DSN and got NOTIFY/ORCPT/RET/ENVID: it now
 *                   owes the success and delay notices (RFC 3461 §5.2.1)
 * @param tls        true when the transaction ran over TLS
 */
public record TransmissionResult(List<SmtpReply> replies, String remoteHost, boolean dsnRelayed, boolean tls) {
    public TransmissionResult {
        replies = List.copyOf(replies);
    }
}
