package org.parley.imap.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parley.imap.codec.SortCriterion;
import org.parley.store.message.AsciiCasemap;
import org.parley.store.message.ParsedMessage;

/**
 * SORT (RFC 5256 §3, DISPLAYFROM/DISPLAYTO of RFC 5957). Each key is computed and folded once per
 * message before sorting. Strings compare by {@code i;ascii-casemap} (RFC 5256 §2.3): folded, then
 * by code point (the order of their UTF-8 octets). Messages that tie on every criterion keep
 * sequence-number order (RFC 5256 §3), also under REVERSE, which reverses only its own criterion.
 *
 * <p>Items should carry their {@code ParsedMessage}; one without it sorts as a message whose
 * address and subject keys are empty and whose sent date is its internal date. Stateless and
 * thread-safe.
 */
public final class Sorter {
    private Sorter() {}

    /** {@code items} in SORT order; a new list. */
    public static List<SearchItem> sort(List<SearchItem> items, List<SortCriterion> criteria) {
        int k = criteria.size();
        Row[] rows = new Row[items.size()];
        for (int i = 0; i < rows.length; i++) {
            SearchItem item = items.get(i);
            Object[] keys = new Object[k];
            for (int c = 0; c < k; c++) {
                keys[c] = key(item, criteria.get(c).key());
            }
            rows[i] = new Row(item, keys);
        }
        Arrays.sort(rows, comparator(criteria));
        List<SearchItem> out = new ArrayList<>(rows.length);
        for (Row r : rows) {
            out.add(r.item);
        }
        return out;
    }

    private record Row(SearchItem item, Object[] keys) {}

    private static Comparator<Row> comparator(List<SortCriterion> criteria) {
        boolean[] reverse = new boolean[criteria.size()];
        for (int c = 0; c < reverse.length; c++) {
            reverse[c] = criteria.get(c).reverse();
        }
        return (a, b) -> {
            for (int c = 0; c < reverse.length; c++) {
                int r = compareKeys(a.keys[c], b.keys[c]);
                if (r != 0) {
                    return reverse[c] ? -r : r;
                }
            }
            // RFC 5256 §3: exact ties are ordered by sequence number
            return Integer.compare(a.item.seq(), b.item.seq());
        };
    }

    private static int compareKeys(Object a, Object b) {
        return switch (a) {
            case String s -> compareCodePoints(s, (String) b);
            case Long l -> Long.compare(l, (Long) b);
            case Instant t -> t.compareTo((Instant) b);
            default -> throw new IllegalStateException("unexpected sort key " + a);
        };
    }

    private static Object key(SearchItem item, SortCriterion.Key key) {
        ParsedMessage pm = item.meta().parsed();
        return switch (key) {
            case ARRIVAL -> item.meta().internalDate();
            case DATE -> sentDate(item);
            case SIZE -> item.meta().size();
            // sortFrom/sortTo/sortCc are stored folded already (RFC 5256 §3 addr-mailbox)
            case FROM -> pm == null ? "" : pm.sortFrom();
            case TO -> pm == null ? "" : pm.sortTo();
            case CC -> pm == null ? "" : pm.sortCc();
            case SUBJECT -> pm == null ? "" : AsciiCasemap.fold(pm.baseSubject());
            case DISPLAYFROM -> pm == null ? "" : AsciiCasemap.fold(pm.displayFrom());
            case DISPLAYTO -> pm == null ? "" : AsciiCasemap.fold(pm.displayTo());
        };
    }

    /**
     * RFC 5256 §2.2 sent date: the Date header, or the internal date when it is missing or
     * unparsable; instants, so both compare in UTC.
     */
    static Instant sentDate(SearchItem item) {
        ParsedMessage pm = item.meta().parsed();
        Instant sent = pm == null ? null : pm.sentDate();
        return sent != null ? sent : item.meta().internalDate();
    }

    /**
     * Code point order of two strings, which is the octet order of their UTF-8 forms. Equal to
     * UTF-16 order except where a surrogate meets a character from U+E000 up.
     */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // surrogates (supplementary code points) sort after U+E000..U+FFFF
                    return Integer.compare(lift(x), lift(y));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int lift(char c) {
        return Character.isSurrogate(c) ? c + 0x10000 : c;
    }
}
