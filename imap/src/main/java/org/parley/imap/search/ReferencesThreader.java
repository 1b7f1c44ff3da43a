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

    /** Step (3): remove dummies, promoting their children (not onto the root unless just one). */
    private void prune() {
        for (ThreadContainer c : postOrder()) {
            if (c == root || !c.isDummy()) {
                continue;
            }
            ThreadContainer parent = c.parent;
            if (c.children.isEmpty()) {
                parent.removeChild(c);
            } else if (parent != root || c.children.size() == 1) {
                int at = indexOf(parent.children, c);
                List<ThreadContainer> promoted = new ArrayList<>(c.children);
                c.children.clear();
                c.parent = null;
                for (ThreadContainer p : promoted) {
                    p.parent = parent;
                }
                parent.children.remove(at);
                parent.children.addAll(at, promoted);
            }
        }
    }

    /** Step (5): merge the threads under the root that share a base subject. */
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
        for (ThreadContainer c : new ArrayList<>(root.children)) {
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
                root.removeChild(c);
                for (ThreadContainer child : new ArrayList<>(c.children)) {
                    c.removeChild(child);
                    t.addChild(child);
                }
            } else if (t.isDummy() || (!c.isDummy() && c.isReplyOrForward() && !t.isReplyOrForward())) {
                root.removeChild(c);
                t.addChild(c);
            } else {
                ThreadContainer dummy = new ThreadContainer(null);
                int at = indexOf(root.children, t);
                root.children.set(at, dummy);
                dummy.parent = root;
                t.parent = null;
                dummy.addChild(t);
                root.removeChild(c);
                dummy.addChild(c);
                table.put(subject, dummy);
            }
        }
    }

    /** Every node under (and including) the root, each after all of its descendants. */
    private List<ThreadContainer> postOrder() {
        List<ThreadContainer> order = new ArrayList<>(containers.size() + 1);
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

    private static int indexOf(List<ThreadContainer> list, ThreadContainer c) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == c) {
                return i;
            }
        }
        throw new IllegalStateException("container not among its parent's children");
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
