package org.parley.core.format;

import java.net.Inet6Address;

/**
 * An {@code #I[address]} or {@code #I[address]:port} object. {@code address} is the textual IPv4 or
 * IPv6 address as written between the brackets (validated by the parser); {@code port} is -1 when
 * absent.
 */
public record CgpIp(String address, int port) {
    /** Longer than any IPv6 literal, including the IPv4-embedded form (45 chars). */
    static final int MAX_ADDRESS_LENGTH = 64;

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

    /**
     * Whether {@code text} is an address the format can carry: dotted-quad IPv4 (each part 0–255,
     * at most three digits) or an RFC 4291 §2.2 IPv6 literal without zone id or brackets. Never
     * resolves a name.
     */
    public static boolean isValidAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ADDRESS_LENGTH) {
            return false;
        }
        if (text.indexOf(':') < 0) {
            return isDottedQuad(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                    || c == ':' || c == '.';
            if (!ok) {
                return false; // no zone ids, brackets or anything ofLiteral might be lenient about
            }
        }
        try {
            Inet6Address.ofLiteral(text); // literal only: never a DNS lookup
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDottedQuad(String text) {
        int parts = 0;
        int i = 0;
        while (true) {
            int start = i;
            int value = 0;
            while (i < text.length() && i - start < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || value > 255) {
                return false;
            }
            parts++;
            if (i == text.length()) {
                return parts == 4;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
    }
}
