package org.parley.imap.session;

import java.time.Clock;
import java.time.Duration;
import org.parley.imap.codec.ParseLimits;

/**
 * Settings of the IMAP service.
 *
 * @param serverName      host name for the greeting and ID
 * @param version         server version for ID (RFC 2971)
 * @param limits          parser bounds; {@code maxAppendLiteral} is advertised as APPENDLIMIT
 * @param loginTimeout    how long a connection may wait between commands before login
 * @param idleTimeout     autologout after login (RFC 9051 §5.4: at least 30 minutes), also the
 *                        longest IDLE without a DONE
 * @param loopbackTrusted a loopback client may use plain-text login without TLS (tests switch
 *                        this off to see what a remote client sees)
 * @param clock           time for logs and incident ids
 */
public record ImapOptions(
        String serverName,
        String version,
        ParseLimits limits,
        Duration loginTimeout,
        Duration idleTimeout,
        boolean loopbackTrusted,
        Clock clock) {
    public static ImapOptions defaults(String serverName, String version, long appendLimit) {
        ParseLimits d = ParseLimits.DEFAULTS;
        long append = Math.min(appendLimit, Integer.MAX_VALUE - 16);
        ParseLimits limits = new ParseLimits(d.maxLineLength(), append, d.maxStringLiteral(),
                Math.max(d.maxCommandLiterals(), append), d.maxLiteralsPerCommand(), d.maxNonSyncLiteral(),
                Math.max(d.maxDiscardLiteral(), append), d.maxNestingDepth(), d.maxSearchKeys(),
                d.maxSequenceRanges(), d.maxListItems());
        return new ImapOptions(serverName, version, limits, Duration.ofMinutes(5), Duration.ofMinutes(30), true,
                Clock.systemUTC());
    }

    public ImapOptions withLimits(ParseLimits l) {
        return new ImapOptions(serverName, version, l, loginTimeout, idleTimeout, loopbackTrusted, clock);
    }

    public ImapOptions withLoopbackTrusted(boolean trusted) {
        return new ImapOptions(serverName, version, limits, loginTimeout, idleTimeout, trusted, clock);
    }

    public ImapOptions withTimeouts(Duration login, Duration idle) {
        return new ImapOptions(serverName, version, limits, login, idle, loopbackTrusted, clock);
    }
}
