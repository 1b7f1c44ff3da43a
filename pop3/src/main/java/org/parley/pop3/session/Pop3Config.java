package org.parley.pop3.session;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.parley.pop3.codec.Leniency;

/**
 * How the POP3 server behaves; fixed while it runs (live policy, such as whether clear-text
 * passwords are allowed, comes from the directory instead).
 *
 * @param serverName      host name in the APOP timestamp and CRAM-MD5 challenges
 * @param idleTimeout     the inactivity autologout timer (RFC 1939 §3: at least 10 minutes)
 * @param maxBadCommands  unknown, malformed, over-long or out-of-state commands tolerated in one
 *                        session; the next one closes the connection
 * @param maxAuthFailures failed logins tolerated in one session; the last one closes the
 *                        connection (the directory's throttling works across connections)
 * @param trustLoopback   clients on a loopback address may send passwords without TLS; false makes
 *                        them face the same rules as remote clients (used by tests)
 * @param offerCramMd5    advertise and accept SASL CRAM-MD5 (only accounts with a reversible
 *                        password can use it)
 * @param leniencies      tolerances for broken clients the parser applies
 */
public record Pop3Config(
        String serverName,
        Duration idleTimeout,
        int maxBadCommands,
        int maxAuthFailures,
        boolean trustLoopback,
        boolean offerCramMd5,
        Set<Leniency> leniencies) {
    public Pop3Config {
        if (serverName == null || serverName.isBlank()) {
            throw new IllegalArgumentException("serverName is required");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxBadCommands < 1 || maxAuthFailures < 1) {
            throw new IllegalArgumentException("POP3 limits must be positive");
        }
        leniencies = leniencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(leniencies));
    }

    /** Production settings: 10-minute autologout, 20 bad commands, 5 failed logins, loopback trusted. */
    public static Pop3Config defaults(String serverName) {
        return new Pop3Config(serverName, Duration.ofMinutes(10), 20, 5, true, true, EnumSet.allOf(Leniency.class));
    }

    public Pop3Config withTrustLoopback(boolean trust) {
        return new Pop3Config(serverName, idleTimeout, maxBadCommands, maxAuthFailures, trust, offerCramMd5, leniencies);
    }

    public Pop3Config withIdleTimeout(Duration timeout) {
        return new Pop3Config(serverName, timeout, maxBadCommands, maxAuthFailures, trustLoopback, offerCramMd5, leniencies);
    }

    public Pop3Config withLimits(int badCommands, int authFailures) {
        return new Pop3Config(serverName, idleTimeout, badCommands, authFailures, trustLoopback, offerCramMd5, leniencies);
    }
}
