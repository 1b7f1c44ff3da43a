package org.parley.imap.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.parley.imap.codec.ThreadAlgorithm;
import org.parley.imap.codec.ThreadNode;
import org.parley.store.message.AsciiCasemap;
import org.parley.store.message.ParsedMessage;

/**
 * THREAD (RFC 5256 §4): ORDEREDSUBJECT and REFERENCES over the messages a search selected.
 *
 * <p>The result is the codec's {@link ThreadNode} forest, one root per thread in thread order.
 * Nodes carry sequence numbers ({@link #thread(List, ThreadAlgorithm)}) or UIDs
 * ({@link #thread(List, ThreadAlgorithm, boolean)} with {@code uids} true, for UID THREAD); the
 * trees are the same either way because ties in sent date always fall back to sequence order
 * (RFC 5256 §2.2). A node with message 0 is a dummy parent whose children are the thread
 * (written {@code ((3)(5))}). Every item appears exactly once.
 *
 * <p>Items should carry their {@code ParsedMessage}; one without it threads as a message with no
 * Message-ID, no references, an empty base subject and its internal date as sent date.
 * Base subjects compare with {@code i;ascii-casemap}, the default collation of RFC 5256 §2.3.
 * Stateless and thread-safe; no recursion, so arbitrarily deep reply chains are fine.
 */
public final class Threader {
    private Threader() {}

    /** The threads of {@code items} (any order), with sequence numbers. */
    public static List<ThreadNode> thread(List<SearchItem> items, ThreadAlgorithm algorithm) {
        return thread(items, algorithm, false);
    }

    /** The threads of {@code items} (any order), with UIDs when {@code uids} is true. */
    public static List<ThreadNode> thread(List<SearchItem> items, ThreadAlgorithm algorithm, boolean uids) {
        List<SearchItem> bySeq = new ArrayList<>(items);
        bySeq.sort(Comparator.comparingInt(SearchItem::seq));
        return switch (algorithm) {
            case ORDEREDSUBJECT -> orderedSubject(bySeq, uids);
            case REFERENCES -> nodes(new ReferencesThreader().run(bySeq), uids);
        };
    }

    /**
     * RFC 5256 §4 ORDEREDSUBJECT: sort by base subject, then sent date; each run of one base
     * subject is a thread whose first message is the parent of all the others; threads ordered
     * by the sent date of their first message.
     */
    private static List<ThreadNode> orderedSubject(List<SearchItem> items, boolean uids) {
        record Entry(SearchItem item, String subject, Instant sent) {}
        List<Entry> entries = new ArrayList<>(items.size());
        for (SearchItem i : items) {
            ParsedMessage pm = i.meta().parsed();
            entries.add(new Entry(i, pm == null ? "" : AsciiCasemap.fold(pm.baseSubject()), Sorter.sentDate(i)));
        }
        Comparator<Entry> bySent = Comparator.comparing(Entry::sent).thenComparingInt(e -> e.item().seq());
        entries.sort(Comparator.<Entry, String>comparing(Entry::subject, Sorter::compareCodePoints).thenComparing(bySent));
        List<List<Entry>> threads = new ArrayList<>();
        for (Entry e : entries) {
            if (threads.isEmpty() || !threads.getLast().getFirst().subject().equals(e.subject())) {
                threads.add(new ArrayList<>());
            }
            threads.getLast().add(e);
        }
        threads.sort(Comparator.comparing(List::getFirst, bySent));
        List<ThreadNode> out = new ArrayList<>(threads.size());
        for (List<Entry> t : threads) {
            List<ThreadNode> children = new ArrayList<>(t.size() - 1);
            for (Entry e : t.subList(1, t.size())) {
                children.add(ThreadNode.leaf(number(e.item(), uids)));
            }
            out.add(new ThreadNode(number(t.getFirst().item(), uids), children));
        }
        return out;
    }

    /** The container tree under {@code root} as ThreadNodes, built bottom-up without recursion. */
    private static List<ThreadNode> nodes(ThreadContainer root, boolean uids) {
        List<ThreadContainer> order = ReferencesThreader.postOrder(root);
        Map<ThreadContainer, ThreadNode> built = new IdentityHashMap<>();
        for (ThreadContainer c : order) {
            if (c == root) {
                continue;
            }
            List<ThreadNode> children = new ArrayList<>(c.children.size());
            for (ThreadContainer child : c.children) {
                children.add(built.remove(child));
            }
            built.put(c, new ThreadNode(c.isDummy() ? 0 : number(c.item, uids), children));
        }
        List<ThreadNode> out = new ArrayList<>(root.children.size());
        for (ThreadContainer c : root.children) {
            out.add(built.get(c));
        }
        return out;
    }

    private static long number(SearchItem item, boolean uids) {
        return uids ? item.uid() : item.seq();
    }
}
