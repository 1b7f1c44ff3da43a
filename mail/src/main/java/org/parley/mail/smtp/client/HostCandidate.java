package org.parley.mail.smtp.client;

import java.net.InetAddress;

/**
 * One address to try for a destination, in order.
 *
 * @param name    the host name the address belongs to (the MX exchange, the implicit-MX domain or
 *                the configured host); the IP address in text form when there was no name. Used
 *                for certificate checks (RFC 8689 §4.2.1) and in DSNs as Remote-MTA.
 * @param address the address to connect to
 * @param port    the TCP port
 */
public record HostCandidate(String name, InetAddress address, int port) {
    @Override
    public String toString() {
        return name + "[" + address.getHostAddress() + "]:" + port;
    }
}
