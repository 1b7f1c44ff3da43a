package org.parley.mail.router;

import java.util.Set;

/**
 * One parsed record of the Router table.
 *
 * @param line        1-based line number in the table text
 * @param kinds       the routing kinds the record applies to; all kinds when the record has no
 *                    {@code Mail:}/{@code Signal:}/{@code Access:} prefix
 * @param relay       the {@code NoRelay:}/{@code Relay:} mark
 * @param domainOnly  true for a domain record ({@code a.example = b.example}), false for an
 *                    address record ({@code <pattern> = target})
 * @param leftSide    the pattern as written ({@code <1*@example.com>} or {@code *.client.com})
 * @param target      what a matching address becomes
 * @param localPattern  the local-part pattern; {@code *} for domain records
 * @param domainPattern the domain pattern
 */
public record RouterRecord(int line, Set<RouteKind> kinds, RelayMark relay, boolean domainOnly,
                           String leftSide, Target target, AddressPattern localPattern,
                           AddressPattern domainPattern) {

    public RouterRecord {
        kinds = Set.copyOf(kinds);
    }

    /** True when this record is considered for {@code kind}. */
    public boolean appliesTo(RouteKind kind) {
        return kinds.contains(kind);
    }

    /**
     * Captures of the left-hand side for this address, local part first, or null when the
     * record does not match.
     */
    String[] match(String localPart, String domain) {
        String[] d = domainPattern.match(domain);
        if (d == null) {
            return null;
        }
        if (domainOnly) {
            return d;
        }
        String[] l = localPattern.match(localPart);
        if (l == null) {
            return null;
        }
        String[] all = new String[l.length + d.length];
        System.arraycopy(l, 0, all, 0, l.length);
        System.arraycopy(d, 0, all, l.length, d.length);
        return all;
    }
}
