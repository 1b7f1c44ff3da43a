package org.parley.store.mail;

import java.util.List;

/**
 * Result of a flag change: the messages whose flags changed (new flags and modseq, for the
 * untagged FETCH responses) and those that failed UNCHANGEDSINCE (RFC 7162 §3.1.3 MODIFIED).
 * Messages of the set that did not exist are in neither list.
 */
public record StoreResult(List<MessageState> changed, UidSet modified) {
    public StoreResult {
        changed = List.copyOf(changed);
    }
}
