package org.parley.core.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of IP addresses and ranges in the CommuniGate multi-line form used by ClientIPs, LANIPs
 * and similar settings: one entry per line, each an address ({@code 192.0.2.7}, {@code 2001:db8::1}),
 * a CIDR block ({@code 10.0.0.0/8}) or an inclusive range ({@code 192.0.2.10-192.0.2.20}), with
 * anything after {@code ;} a comment. Blank lines are ignored. Host names are not accepted: a
 * relay decision must never depend on DNS. Immutable and thread-safe.
 */
public final class IpRangeList {
    public static final IpRangeList EMPTY = new IpRangeList(List.of(), "");

    private record Range(byte[] first, byte[] last) {
        boolean contains(byte[] a) {
            return a.length == first.length && compare(a, first) >= 0 && compare(a, last) <= 0;
        }
    }

    private final List<Range> ranges;
    private final String text;

    private IpRangeList(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    /**
     * Parses the multi-line text (lines separated by LF, CRLF or CommuniGate's {@code \e} once the
     * string has been decoded).
     *
     * @throws IllegalArgumentException naming the line number and the bad entry
     */
    public static IpRangeList parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Range> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > 100_000) {
            throw new IllegalArgumentException("too many lines in address list");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int semi = line.indexOf(';');
            String entry = (semi >= 0 ? line.substring(0, semi) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                out.add(parseEntry(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new IpRangeList(out, text);
    }

    private static Range parseEntry(String entry) {
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            byte[] base = literal(entry.substring(0, slash).strip());
            int bits;
            try {
                bits = Integer.parseInt(entry.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + entry);
            }
            if (bits < 0 || bits > base.length * 8) {
                throw new IllegalArgumentException("prefix length out of range in " + entry);
            }
            byte[] first = base.clone();
            byte[] last = base.clone();
            for (int bit = bits; bit < base.length * 8; bit++) {
                int idx = bit / 8;
                int mask = 0x80 >>> (bit % 8);
                first[idx] &= (byte) ~mask;
                last[idx] |= (byte) mask;
            }
            return new Range(first, last);
        }
        int dash = entry.indexOf('-');
        if (dash > 0) {
            byte[] first = literal(entry.substring(0, dash).strip());
            byte[] last = literal(entry.substring(dash + 1).strip());
            if (first.length != last.length || compare(first, last) > 0) {
                throw new IllegalArgumentException("bad range " + entry);
            }
            return new Range(first, last);
        }
        byte[] one = literal(entry);
        return new Range(one, one);
    }

    /** Parses an IPv4 or IPv6 literal without any DNS lookup. */
    private static byte[] literal(String s) {
        if (s.isEmpty() || s.length() > 64 || !s.matches("[0-9A-Fa-f:.%\\[\\]]+")) {
            throw new IllegalArgumentException("not an IP address: " + s);
        }
        String bare = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        try {
            if (bare.contains(":")) {
                return java.net.Inet6Address.ofLiteral(bare).getAddress();
            }
            return java.net.Inet4Address.ofLiteral(bare).getAddress();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IP address: " + s);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        byte[] mapped = ipv4Mapped(a);
        for (Range r : ranges) {
            if (r.contains(a) || (mapped != null && r.contains(mapped))) {
                return true;
            }
        }
        return false;
    }

    /** {@code ::ffff:a.b.c.d} as its IPv4 address, so dual-stack sockets match IPv4 entries. */
    private static byte[] ipv4Mapped(byte[] a) {
        if (a.length != 16) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return null;
            }
        }
        if (a[10] != (byte) 0xff || a[11] != (byte) 0xff) {
            return null;
        }
        return new byte[] {a[12], a[13], a[14], a[15]};
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The text this list was parsed from (what GETCLIENTIPS returns). */
    public String text() {
        return text;
    }

    private static int compare(byte[] x, byte[] y) {
        return new BigInteger(1, x).compareTo(new BigInteger(1, y));
    }

    /** Convenience for tests and defaults. */
    public static InetAddress address(String literal) {
        try {
            return InetAddress.getByAddress(literal(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
