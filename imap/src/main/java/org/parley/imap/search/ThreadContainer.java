package org.parley.imap.search;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.message.AsciiCasemap;
import org.parley.store.message.BaseSubject;
import org.parley.store.message.ParsedMessage;

/**
 * A node of the REFERENCES thread tree (RFC 5256 §4): a message, or a dummy standing for a
 * Message-ID that was referenced but is not among the searched messages.
 */
final class ThreadContainer {
    /** The message, or null for a dummy (until the message with this id turns up). */
    SearchItem item;
    ThreadContainer parent;
    final List<ThreadContainer> children = new ArrayList<>(2);
    private Boolean replyOrForward;

    ThreadContainer(SearchItem item) {
        this.item = item;
    }

    boolean isDummy() {
        return item == null;
    }

    void addChild(ThreadContainer c) {
        c.parent = this;
        children.add(c);
    }

    void removeChild(ThreadContainer c) {
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i) == c) {
                children.remove(i);
                break;
            }
        }
        c.parent = null;
    }

    /**
     * Whether this is {@code x} or one of its ancestors: linking this under {@code x} would loop.
     * Walks up from {@code x} and down through this subtree a step at a time and stops when either
     * walk ends, so the cost is twice the smaller of the two; when links join chain fragments, as
     * an out-of-order reply chain does, the total stays near n log n instead of n².
     */
    boolean isAncestorOrSelf(ThreadContainer x) {
        if (children.isEmpty()) {
            return x == this; // a leaf is nobody's ancestor
        }
        ThreadContainer up = x;
        ArrayDeque<ThreadContainer> down = new ArrayDeque<>();
        down.push(this);
        while (true) {
            if (up == null) {
                return false; // reached the top above x without meeting this
            }
            if (up == this) {
                return true;
            }
            up = up.parent;
            if (down.isEmpty()) {
                return false; // searched all of this subtree without meeting x
            }
            ThreadContainer d = down.pop();
            if (d == x) {
                return true;
            }
            for (ThreadContainer c : d.children) {
                down.push(c);
            }
        }
    }

    /** The message that stands for this node in date order: itself, or a dummy's first child. */
    ThreadContainer representative() {
        ThreadContainer c = this;
        while (c.item == null && !c.children.isEmpty()) {
            c = c.children.getFirst();
        }
        return c;
    }

    Instant sentDate() {
        ThreadContainer r = representative();
        return r.item == null ? Instant.MIN : Sorter.sentDate(r.item);
    }

    int seq() {
        ThreadContainer r = representative();
        return r.item == null ? 0 : r.item.seq();
    }

    /** RFC 5256 §4 (5)(B): the folded base subject of the message or of a dummy's first child. */
    String threadSubject() {
        ThreadContainer r = representative();
        ParsedMessage pm = r.item == null ? null : r.item.meta().parsed();
        return pm == null ? "" : AsciiCasemap.fold(pm.baseSubject());
    }

    boolean isReplyOrForward() {
        if (replyOrForward == null) {
            ParsedMessage pm = item == null ? null : item.meta().parsed();
            replyOrForward = pm != null && BaseSubject.extract(pm.envelope().subject()).replyOrForward();
        }
        return replyOrForward;
    }
}
