package org.parley.mail.router;

import java.util.List;

/**
 * A parsed Router table: the records in order and the text they came from (GETROUTERTABLE
 * returns the text as it was set, comments included). Immutable and thread-safe.
 */
public final class RoutingTable {

    public static final RoutingTable EMPTY = new RoutingTable("", List.of());

    private final String text;
    private final List<RouterRecord> records;

    RoutingTable(String text, List<RouterRecord> records) {
        this.text = text;
        this.records = List.copyOf(records);
    }

    /**
     * Parses a table: one record per line (LF or CRLF). See the package documentation for the
     * syntax.
     *
     * @throws RoutingTableException naming the first bad line and why; nothing is installed
     */
    public static RoutingTable parse(String text) throws RoutingTableException {
        return new RoutingTable(text, new RoutingTableParser().parse(text));
    }

    public String text() {
        return text;
    }

    public List<RouterRecord> records() {
        return records;
    }

    /** The first record applying to {@code kind} that matches, with its captures, or null. */
    Match match(String localPart, String domain, RouteKind kind) {
        for (RouterRecord r : records) {
            if (!r.appliesTo(kind)) {
                continue;
            }
            String[] captures = r.match(localPart, domain);
            if (captures != null) {
                return new Match(r, captures);
            }
        }
        return null;
    }

    record Match(RouterRecord record, String[] captures) {
    }
}
