package org.parley.imap.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.store.message.MessageIds;
import org.parley.store.message.ParsedMessage;

/**
 * THREAD=REFERENCES (RFC 5256 §4), step by step. Every walk over the tree is iterative, so a
 * reply chain thousands deep costs no stack. Not thread-safe; one instance per THREAD command.
 */
final class ReferencesThreader {
    private static final Comparator<ThreadContainer> BY_SENT_DATE =
            Comparator.comparing(ThreadContainer::sentDate).thenComparingInt(ThreadContainer::seq);

    private final Map<String, ThreadContainer> byId = new HashMap<>();
    private final List<ThreadContainer> containers = new ArrayList<>();
    private final ThreadContainer root = new ThreadContainer(null);

    /** The threads of {@code items}, which must be in ascending sequence order. */
    ThreadContainer run(List<SearchItem> items) {
        for (SearchItem item : items) {
            link(item); // (1)
        }
        // (2) the messages without parents become children of the root
        for (ThreadContainer c : containers) {
            if (c.parent == null) {
                root.addChild(c);
            }
        }
        prune(); // (3)
        // (4) sort the root's children by sent date, a dummy by its first child after sorting
        for (ThreadContainer c : root.children) {
            if (c.isDummy()) {
                c.children.sort(BY_SENT_DATE);
            }
        }
        root.children.sort(BY_SENT_DATE);
        gatherSubjects(); // (5)
        // (6) sort every set of siblings, grandchildren before children
        for (ThreadContainer c : postOrder()) {
            c.children.sort(BY_SENT_DATE);
        }
        return root;
    }

    /** Step (1) for one message. */
    private void link(SearchItem item) {
        ParsedMessage pm = item.meta().parsed();
        String id = pm == null ? null : normalize(MessageIds.first(pm.envelope().messageId()));
        ThreadContainer self = null;
        if (id != null) {
            ThreadContainer known = byId.get(id);
            if (known == null) {
                self = newContainer(item);
                byId.put(id, self);
            } else if (known.isDummy()) {
                known.item = item;
                self = known;
            }
            // else: (1)(A) a duplicate Message-ID stays with the lowest sequence number; this
            // message gets a unique id, i.e. a container nobody can reference
        }
        if (self == null) {
            self = newContainer(item); // (1)(A) no valid Message-ID: a unique one
        }
        List<String> refs = pm == null ? List.of() : pm.references();
        // (1)(A) link the references in order, each the parent of the next
        ThreadContainer previous = null;
        for (String ref : refs) {
            ThreadContainer r = container(normalize(ref));
            // keep an existing parent (References may be truncated); never create a loop
            if (previous != null && r.parent == null && !r.isAncestorOrSelf(previous)) {
                previous.addChild(r);
            }
            previous = r;
        }
        // (1)(B) the last reference is the parent, replacing any parent guessed so far
        if (self.parent != previous) {
            if (self.parent != null) {
                self.parent.removeChild(self);
            }
            if (previous != null && !self.isAncestorOrSelf(previous)) {
                previous.addChild(self);
            }
        }
    }

    private ThreadContainer container(String id) {
        ThreadContainer c = byId.get(id);
        if (c == null) {
            c = newContainer(null); // (1)(A) a dummy for an id no message has (yet)
            byId.put(id, c);
        }
        return c;
    }

    private ThreadContainer newContainer(SearchItem item) {
        ThreadContainer c = new ThreadContainer(item);
        containers.add(c);
        return c;
    }

    /**
     * Step (3): remove dummies, promoting their children (not onto the root unless just one).
     * Each node's list is rebuilt once, after its children were pruned, so that many dummies
     * under the root (a search result whose parents were not selected) cost linear time.
     */
    private void prune() {
        // children before parents: a dummy's own list is clean before its parent splices it
        for (ThreadContainer n : postOrder()) {
            if (n.children.stream().noneMatch(ThreadContainer::isDummy)) {
                continue;
            }
            List<ThreadContainer> kept = new ArrayList<>(n.children.size());
            for (ThreadContainer c : n.children) {
                if (!c.isDummy()) {
                    kept.add(c);
                } else if (!c.children.isEmpty()) {
                    if (n != root || c.children.size() == 1) {
                        for (ThreadContainer grandchild : c.children) {
                            grandchild.parent = n;
                            kept.add(grandchild);
                        }
                        c.children.clear();
                        c.parent = null;
                    } else {
                        kept.add(c);
                    }
                } else {
                    c.parent = null; // a dummy with no children goes
                }
            }
            n.children.clear();
            n.children.addAll(kept);
        }
    }

    /**
     * Step (5): merge the threads under the root that share a base subject. The root's list is
     * rebuilt at the end rather than edited per merge, to stay linear.
     */
    private void gatherSubjects() {
        // (A), (B): one container per thread subject
        Map<String, ThreadContainer> table = new HashMap<>();
        for (ThreadContainer c : root.children) {
            String subject = c.threadSubject();
            if (subject.isEmpty()) {
                continue;
            }
            ThreadContainer t = table.get(subject);
            if (t == null
                    || !t.isDummy() && (c.isDummy() || t.isReplyOrForward() && !c.isReplyOrForward())) {
                table.put(subject, c);
            }
        }
        // (C) merge
        Map<ThreadContainer, ThreadContainer> replacedBy = new HashMap<>();
        for (ThreadContainer c : root.children) {
            if (c.parent != root) {
                continue; // already merged into another thread
            }
            String subject = c.threadSubject();
            if (subject.isEmpty()) {
                continue;
            }
            ThreadContainer t = table.get(subject);
            if (t == null || t == c) {
                continue;
            }
            if (t.isDummy() && c.isDummy()) {
                for (ThreadContainer child : c.children) {
                    child.parent = t;
                }
                t.children.addAll(c.children);
                c.children.clear();
                c.parent = null;
            } else if (t.isDummy() || (!c.isDummy() && c.isReplyOrForward() && !t.isReplyOrForward())) {
                t.addChild(c);
            } else {
                ThreadContainer dummy = new ThreadContainer(null);
                dummy.parent = root;
                replacedBy.put(t, dummy);
                dummy.addChild(t);
                dummy.addChild(c);
                table.put(subject, dummy);
            }
        }
        List<ThreadContainer> roots = new ArrayList<>(root.children.size());
        for (ThreadContainer c : root.children) {
            if (c.parent == root) {
                roots.add(c);
            } else if (replacedBy.containsKey(c)) {
                roots.add(replacedBy.get(c)); // the new dummy takes the place of the thread it holds
            }
        }
        root.children.clear();
        root.children.addAll(roots);
    }

    private List<ThreadContainer> postOrder() {
        return postOrder(root);
    }

    /** Every node under (and including) {@code root}, each after all of its descendants. */
    static List<ThreadContainer> postOrder(ThreadContainer root) {
        List<ThreadContainer> order = new ArrayList<>();
        ArrayDeque<ThreadContainer> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ThreadContainer c = stack.pop();
            order.add(c);
            for (ThreadContainer child : c.children) {
                stack.push(child);
            }
        }
        Collections.reverse(order);
        return order;
    }

    /**
     * RFC 5256 §4: msg-ids are normalized so that quoting makes no difference ({@code
     * <"01KF8JCEOCBS0045PS"@xxx.yyy.com>} is {@code <01KF8JCEOCBS0045PS@xxx.yyy.com>}): quotes
     * dropped, quoted-pairs reduced to their character. Comparison stays case-sensitive. Null stays
     * null.
     */
    static String normalize(String id) {
        if (id == null || (id.indexOf('"') < 0 && id.indexOf('\\') < 0)) {
            return id;
        }
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '"') {
                continue;
            } else if (c == '\\' && i + 1 < id.length()) {
                sb.append(id.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
