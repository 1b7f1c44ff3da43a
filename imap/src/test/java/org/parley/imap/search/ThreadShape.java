package org.parley.imap.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.imap.codec.ThreadNode;

/** Facts about a THREAD forest, gathered without recursion; fails on a node reached twice. */
record ThreadShape(List<Long> messages, int depth, List<ThreadNode> dummies, List<ThreadNode> nestedDummies) {
    static ThreadShape of(List<ThreadNode> roots) {
        List<Long> messages = new ArrayList<>();
        List<ThreadNode> dummies = new ArrayList<>();
        List<ThreadNode> nested = new ArrayList<>();
        Set<ThreadNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<ThreadNode, Integer> depthOf = new IdentityHashMap<>();
        ArrayDeque<ThreadNode> stack = new ArrayDeque<>();
        for (ThreadNode r : roots) {
            stack.push(r);
            depthOf.put(r, 1);
        }
        int depth = 0;
        while (!stack.isEmpty()) {
            ThreadNode n = stack.pop();
            if (!seen.add(n)) {
                throw new AssertionError("node reached twice: the tree loops or shares nodes");
            }
            int d = depthOf.get(n);
            depth = Math.max(depth, d);
            if (n.message() == 0) {
                (d == 1 ? dummies : nested).add(n);
            } else {
                messages.add(n.message());
            }
            for (ThreadNode c : n.children()) {
                depthOf.put(c, d + 1);
                stack.push(c);
            }
        }
        return new ThreadShape(messages, depth, dummies, nested);
    }
}
