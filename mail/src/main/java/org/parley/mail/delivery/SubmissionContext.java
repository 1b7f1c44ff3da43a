package org.parley.mail.delivery;

import java.net.InetAddress;
import org.parley.directory.auth.Authenticated;

/**
 * Who is handing a message over, as the receiving session knows it. Recorded with queued messages
 * and used for relay decisions and sender checks.
 *
 * @param protocol      the RFC 3848 "with" keyword the session used: SMTP, ESMTP, ESMTPS, ESMTPSA,
 *                      LMTP, LMTPS, LMTPA…; or LOCAL for messages the server itself generates
 *                      (bounces, notices)
 * @param remote        the client's address; null for internally generated messages
 * @param heloName      the name the client gave in HELO/EHLO/LHLO; null if none
 * @param authenticated the authenticated account; null when the client did not authenticate
 * @param relayAllowed  true if this client may send to non-local domains: authenticated, listed in
 *                      ClientIPs/LANIPs, or the server itself
 * @param secure        true if the message arrived over TLS
 */
public record SubmissionContext(
        String protocol,
        InetAddress remote,
        String heloName,
        Authenticated authenticated,
        boolean relayAllowed,
        boolean secure) {

    /** The context of messages the server generates itself (DSNs, delay notices). */
    public static SubmissionContext internal() {
        return new SubmissionContext("LOCAL", null, null, null, true, true);
    }
}
