package org.parley.store.mail;

import java.util.List;

/**
 * Result of COPY / MOVE (RFC 4315 COPYUID): the destination's UIDVALIDITY and the UID pairs,
 * {@code sourceUids.get(i)} → {@code destinationUids.get(i)}, in ascending source order. For a
 * move, {@code expungeModseq} is the source mailbox's modseq of the expunge (0 for a copy).
 */
public record CopyResult(long destinationUidValidity, List<Long> sourceUids, List<Long> destinationUids, long expungeModseq) {
    public CopyResult {
        sourceUids = List.copyOf(sourceUids);
        destinationUids = List.copyOf(destinationUids);
    }
}
