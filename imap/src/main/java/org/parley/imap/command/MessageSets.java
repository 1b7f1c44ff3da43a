package org.parley.imap.command;

import org.parley.imap.codec.SequenceSet;
import org.parley.imap.session.ImapFailure;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.UidSet;

/** Turns a command's sequence set (numbers, UIDs or {@code $}) into the UIDs of the view. */
final class MessageSets {
    private MessageSets() {}

    /**
     * @param uid the set holds UIDs (UID commands) rather than sequence numbers
     * @throws ImapFailure BAD for a sequence number beyond the mailbox (RFC 9051 §9 "invalid message
     *                     sequence number")
     */
    static UidSet uids(ImapSession s, SequenceSet set, boolean uid) {
        SelectedMailbox view = s.selected();
        if (set.isSaved()) {
            // RFC 5182 §2.1: $ is the saved result, empty when none was saved
            long[] saved = s.savedSearch();
            if (saved == null || saved.length == 0) {
                return UidSet.empty();
            }
            long[] present = java.util.Arrays.stream(saved).filter(u -> view.seqOf(u) > 0).toArray();
            return UidSet.of(present);
        }
        if (uid) {
            return view.uidsOfUidSet(set);
        }
        for (SequenceSet.Range r : set.ranges()) {
            if ((r.first() != SequenceSet.STAR && r.first() > view.count())
                    || (r.last() != SequenceSet.STAR && r.last() > view.count())) {
                throw ImapFailure.bad("invalid message sequence number");
            }
        }
        return view.uidsOfSequences(set);
    }
}
