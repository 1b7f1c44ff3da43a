package org.parley.mail.smtp.session;

import java.net.InetAddress;
import org.parley.directory.auth.Authenticated;

/**
 * The administrator's rules a session applies, read live (settings change without a restart).
 * Implementations are thread-safe; each method may read the directory, so the session calls them
 * once per connection or AUTH, never per command.
 *
 * <p>Which MAIL FROM addresses an authenticated client may use is not decided here: the delivery
 * service checks it at {@link org.parley.mail.delivery.DeliveryService#begin} (its contract), and
 * the session sends the refusal it throws.
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
}
