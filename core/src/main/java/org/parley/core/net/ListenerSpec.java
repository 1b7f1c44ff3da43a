package org.parley.core.net;

import java.net.InetAddress;
import java.time.Duration;

/**
 * What one TCP listener does.
 *
 * @param name            unique name used in logs and by tests (e.g. {@code imap}, {@code imaps})
 * @param protocol        protocol label for logs (e.g. {@code IMAP})
 * @param bindAddress     address to bind; null = all interfaces
 * @param port            port to bind; 0 = any free port
 * @param implicitTls     TLS handshake before the protocol starts (993, 995, 465…)
 * @param maxConnections  open connections allowed on this listener
 * @param maxPerAddress   open connections allowed from one remote IP address (loopback exempt)
 * @param idleTimeout     read timeout between client commands; a handler may change it per connection
 * @param writeTimeout    longest a write to the client may stay blocked (a client that stops
 *                        reading); the connection is then closed
 */
public record ListenerSpec(
        String name,
        String protocol,
        InetAddress bindAddress,
        int port,
        boolean implicitTls,
        int maxConnections,
        int maxPerAddress,
        Duration idleTimeout,
        Duration writeTimeout) {
    /** Default for {@link #writeTimeout}: RFC 5321 §4.5.3.2 asks at least this much patience of a sender. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofMinutes(3);

    public ListenerSpec {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + ": port out of range: " + port);
        }
        if (maxConnections < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException(name + ": connection limits must be positive");
        }
        if (writeTimeout == null || writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException(name + ": the write timeout must be positive");
        }
    }

    /**
     * A listener with the usual limits: 10,000 connections, 100 per address, 30-minute idle
     * timeout, {@link #DEFAULT_WRITE_TIMEOUT}.
     */
    public static ListenerSpec of(String name, String protocol, InetAddress bind, int port, boolean implicitTls) {
        return new ListenerSpec(name, protocol, bind, port, implicitTls, 10_000, 100, Duration.ofMinutes(30),
                DEFAULT_WRITE_TIMEOUT);
    }

    public ListenerSpec withLimits(int maxConnections, int maxPerAddress, Duration idleTimeout) {
        return new ListenerSpec(name, protocol, bindAddress, port, implicitTls, maxConnections, maxPerAddress, idleTimeout,
                writeTimeout);
    }

    public ListenerSpec withWriteTimeout(Duration timeout) {
        return new ListenerSpec(name, protocol, bindAddress, port, implicitTls, maxConnections, maxPerAddress, idleTimeout,
                timeout);
    }
}
