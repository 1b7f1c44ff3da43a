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
 */
public record ListenerSpec(
        String name,
        String protocol,
        InetAddress bindAddress,
        int port,
        boolean implicitTls,
        int maxConnections,
        int maxPerAddress,
        Duration idleTimeout) {
    public ListenerSpec {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + ": port out of range: " + port);
        }
        if (maxConnections < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException(name + ": connection limits must be positive");
        }
    }

    /** A listener with the usual limits: 10,000 connections, 100 per address, 30-minute idle timeout. */
    public static ListenerSpec of(String name, String protocol, InetAddress bind, int port, boolean implicitTls) {
        return new ListenerSpec(name, protocol, bind, port, implicitTls, 10_000, 100, Duration.ofMinutes(30));
    }

    public ListenerSpec withLimits(int maxConnections, int maxPerAddress, Duration idleTimeout) {
        return new ListenerSpec(name, protocol, bindAddress, port, implicitTls, maxConnections, maxPerAddress, idleTimeout);
    }
}
