package org.parley.imap.codec;

import java.util.List;

/**
 * One message in a THREAD response tree (RFC 5256 §4).
 *
 * @param message  sequence number or UID; 0 for a parent that is not in the result (the RFC's
 *                 dummy: its children are siblings under an empty parent, {@code ((3)(5))})
 * @param children replies, oldest first
 */
public record ThreadNode(long message, List<ThreadNode> children) {
    public ThreadNode {
        children = List.copyOf(children);
        if (message < 0) {
            throw new IllegalArgumentException("negative message number");
        }
    }

    public static ThreadNode leaf(long message) {
        return new ThreadNode(message, List.of());
    }
}
