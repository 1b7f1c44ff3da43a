package org.parley.store.mail;

import java.util.List;

/** Result of an append: the mailbox's UIDVALIDITY and the new UIDs in input order (RFC 4315 APPENDUID). */
public record AppendResult(long mailboxId, long uidValidity, List<Long> uids, long modseq) {
    public AppendResult {
        uids = List.copyOf(uids);
    }

    public UidSet uidSet() {
        return UidSet.of(uids);
    }
}
