package org.parley.core.format;

/**
 * An {@code #I[address]} or {@code #I[address]:port} object. {@code address} is the textual IPv4 or
 * IPv6 address as written between the brackets (validated by the parser); {@code port} is -1 when
 * absent.
 */
public record CgpIp(String address, int port) {
    public CgpIp {
        if (address == null || address.isEmpty()) {
            throw new IllegalArgumentException("address is required");
        }
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public boolean hasPort() {
        return port >= 0;
    }
}
