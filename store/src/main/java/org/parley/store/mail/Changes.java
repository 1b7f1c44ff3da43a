package org.parley.store.mail;

import java.util.List;

/**
 * What changed in a mailbox after a modseq (RFC 7162 CHANGEDSINCE and QRESYNC): messages whose
 * modseq is greater (new or with changed flags), and UIDs expunged after it (VANISHED (EARLIER)).
 */
public record Changes(List<MessageState> changed, UidSet vanished, long highestModseq, long uidNext) {
    public Changes {
        changed = List.copyOf(changed);
    }
}
