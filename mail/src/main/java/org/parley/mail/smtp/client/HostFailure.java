package org.parley.mail.smtp.client;

import org.parley.mail.smtp.codec.SmtpReply;

/**
 * A host could not take the message at all (unreachable, refused greeting, TLS policy, a 4xx to
 * MAIL, a limit it advertised): the client moves on to the next address. {@code reply} is what
 * the recipients get if no address works.
 */
final class HostFailure extends Exception {
    private final SmtpReply reply;
    private final boolean retryWithoutTls;

    HostFailure(SmtpReply reply) {
        this(reply, false);
    }

    /**
     * @param retryWithoutTls the opportunistic TLS handshake failed: the same host may be tried
     *                        again in plaintext (RFC 7435 §1.3: encryption is not required)
     */
    HostFailure(SmtpReply reply, boolean retryWithoutTls) {
        super(reply.toString(), null, false, false);
        this.reply = reply;
        this.retryWithoutTls = retryWithoutTls;
    }

    boolean retryWithoutTls() {
        return retryWithoutTls;
    }

    SmtpReply reply() {
        return reply;
    }
}
