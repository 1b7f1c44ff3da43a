package org.parley.imap.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.parley.imap.codec.SequenceSet;
import org.parley.store.mail.Flags;
import org.parley.store.message.ParsedMessage;

/**
 * A compiled search key: sequence sets resolved, dates turned into instants or day numbers,
 * strings folded, children of AND/OR ordered cheapest first. Evaluation is three-valued: a node
 * whose data lies beyond the allowed {@code level} answers {@link #UNKNOWN}, so a first pass over
 * metadata decides most messages and the content is opened only where it can change the answer.
 */
sealed interface SearchNode {
    int FALSE = 0;
    int TRUE = 1;
    int UNKNOWN = 2;

    /** Levels of data: metadata only; plus the ParsedMessage; plus the content. */
    int METADATA = 0;
    int STRUCTURE = 1;
    int CONTENT = 2;

    /** The highest level of data this node reads. */
    int level();

    /** Evaluation cost, to order siblings; grows with {@link #level()}. */
    default int weight() {
        return level() * 10;
    }

    /** TRUE, FALSE or, when it needs data above {@code level}, UNKNOWN. */
    int test(MessageProbe p, int level) throws IOException;

    static int of(boolean b) {
        return b ? TRUE : FALSE;
    }

    record Constant(boolean value) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            return of(value);
        }
    }

    /** All children hold ({@code all}) or some child does (OR); children sorted by weight. */
    record Junction(List<SearchNode> children, boolean all, int level, int weight) implements SearchNode {
        public int test(MessageProbe p, int level) throws IOException {
            // a FALSE child decides an AND, a TRUE child an OR; UNKNOWN only while undecided
            int decisive = of(!all);
            int result = of(all);
            for (SearchNode c : children) {
                int r = c.test(p, level);
                if (r == decisive) {
                    return decisive;
                }
                if (r == UNKNOWN) {
                    result = UNKNOWN;
                }
            }
            return result;
        }
    }

    record Negation(SearchNode child) implements SearchNode {
        public int level() {
            return child.level();
        }

        public int weight() {
            return child.weight();
        }

        public int test(MessageProbe p, int level) throws IOException {
            int r = child.test(p, level);
            return r == UNKNOWN ? UNKNOWN : of(r == FALSE);
        }
    }

    /** A system flag ({@link Flags#SEEN} …) set or, with {@code set} false, not set. */
    record SystemFlag(int bit, boolean set) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            return of(p.meta().flags().has(bit) == set);
        }
    }

    /** A keyword (or the session's {@code \Recent}, see {@link SearchItem}) present or absent. */
    record Keyword(String name, boolean set) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            return of(p.meta().flags().hasKeyword(name) == set);
        }
    }

    /** Sequence numbers, or UIDs, in a resolved set. */
    record NumberSet(SequenceSet resolved, long max, boolean uid) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            long n = uid ? p.meta().uid() : p.item().seq();
            return of(resolved.contains(n, max));
        }
    }

    /** UID among the saved result {@code $} (RFC 5182), ascending. */
    record SavedUids(long[] uids) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            return of(Arrays.binarySearch(uids, p.meta().uid()) >= 0);
        }
    }

    /** RFC822.SIZE strictly above ({@code larger}) or below {@code size}. */
    record Size(long size, boolean larger) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            long s = p.meta().size();
            return of(larger ? s > size : s < size);
        }
    }

    /** Internal date in {@code [from, until)}; a null bound is open. */
    record InternalDate(Instant from, Instant until) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            Instant t = p.meta().internalDate();
            return of((from == null || !t.isBefore(from)) && (until == null || t.isBefore(until)));
        }
    }

    /** RFC 7162 §3.1.5: mod-sequence at least {@code min}. */
    record MinModSeq(long min) implements SearchNode {
        public int level() {
            return METADATA;
        }

        public int test(MessageProbe p, int level) {
            return of(p.meta().modseq() >= min);
        }
    }

    /** Sent day before ({@code relation < 0}), on (0) or since ({@code > 0}) {@code epochDay}. */
    record SentDay(long epochDay, int relation) implements SearchNode {
        public int level() {
            return STRUCTURE;
        }

        public int test(MessageProbe p, int level) throws IOException {
            if (level < STRUCTURE) {
                return UNKNOWN;
            }
            ParsedMessage pm = p.parsed(level);
            if (pm == null && !p.hasStructure(level)) {
                return UNKNOWN;
            }
            long day = p.sentEpochDay(pm);
            return of(relation < 0 ? day < epochDay : relation == 0 ? day == epochDay : day >= epochDay);
        }
    }

    /** FROM, TO, CC, BCC, SUBJECT: the folded needle in the decoded envelope field. */
    record EnvelopeField(EnvelopeText.Field field, String needle) implements SearchNode {
        public int level() {
            return STRUCTURE;
        }

        public int test(MessageProbe p, int level) throws IOException {
            if (level < STRUCTURE) {
                return UNKNOWN;
            }
            ParsedMessage pm = p.parsed(level);
            if (pm == null) {
                return p.hasStructure(level) ? FALSE : UNKNOWN;
            }
            String text = p.envelopeFolded(field, pm);
            // a key matches a field only where the message has one; "" then matches any value
            return of(text != null && text.contains(needle));
        }
    }

    /** HEADER name string; an empty needle asks only that the field exist (RFC 9051 §6.4.4). */
    record Header(String name, String needle) implements SearchNode {
        public int level() {
            return CONTENT;
        }

        public int weight() {
            return CONTENT * 10;
        }

        public int test(MessageProbe p, int level) throws IOException {
            if (level < CONTENT) {
                return UNKNOWN;
            }
            for (String v : p.headerFolded(name)) {
                if (v.contains(needle)) {
                    return TRUE;
                }
            }
            return FALSE;
        }
    }

    /**
     * BODY (decoded text parts) or, with {@code header}, TEXT (the header fields, then the MIME
     * part and attached-message header fields, then the body).
     */
    record Text(String needle, boolean header) implements SearchNode {
        public int level() {
            return CONTENT;
        }

        public int weight() {
            return CONTENT * 10 + (header ? 2 : 1);
        }

        public int test(MessageProbe p, int level) throws IOException {
            if (level < CONTENT) {
                return UNKNOWN;
            }
            if (header && (p.headerTextFolded().contains(needle) || p.partHeaderTextFolded().contains(needle))) {
                return TRUE;
            }
            return of(p.bodyTextFolded().contains(needle));
        }
    }
}
