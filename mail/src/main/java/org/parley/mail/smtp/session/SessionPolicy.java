package org.parley.mail.smtp.session;

import java.net.InetAddress;
import java.util.Optional;
import org.parley.directory.auth.Authenticated;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * The administrator's rules a session applies, read live (settings change without a restart).
 * Implementations are thread-safe; each method may read the directory, so the session calls them
 * once per connection, AUTH or MAIL, never per octet.
 */
public interface SessionPolicy {

    /**
     * What is decided about a client when it connects.
     *
     * @param relayByAddress        the address is in ClientIPs or LANIPs: it may relay without AUTH
     * @param plaintextLoginAllowed {@code PlainTextLoginAllowed} is set: AUTH may be used on an
     *                              unencrypted connection from a non-loopback address
     */
    record ClientRules(boolean relayByAddress, boolean plaintextLoginAllowed) {
        public static final ClientRules NONE = new ClientRules(false, false);
    }

    /** The rules for a client address (never null; loopback is not special). */
    ClientRules rulesFor(InetAddress remote);

    /** Whether an authenticated account may relay to non-local domains (its AccessModes include Relay). */
    boolean mayRelay(Authenticated who);

    /**
     * Whether {@code who} may use {@code sender} as MAIL FROM (RFC 6409 §6.1): its own addresses
     * and aliases, or any address when AllowAnySender is set for it, its domain or the server.
     * The null reverse-path is always allowed (MDNs and bounces composed by clients).
     *
     * @return empty when allowed, else the refusal to send
     */
    Optional<SmtpReply> checkSender(Authenticated who, MailPath sender);
}
