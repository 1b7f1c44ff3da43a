package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.imap.codec.FetchResponseWriter;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.session.Extensions;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.StoreMode;
import org.parley.store.mail.StoreResult;
import org.parley.store.mail.UidSet;

/**
 * RFC 9051 §6.4.6 STORE / UID STORE with RFC 7162 §3.1.3 UNCHANGEDSINCE. The store changes
 * every message in one transaction with one new modseq; untagged FETCH responses report the
 * messages whose flags changed.
 */
final class StoreCommand {
    private StoreCommand() {}

    static Reply run(ImapCommand.Store c, ImapSession s) throws IOException {
        SelectedMailbox view = s.selected();
        Extensions ext = s.extensions();
        if (view.readOnly()) {
            return Reply.no(ResponseCode.Simple.READ_ONLY, "mailbox is read-only");
        }
        if (c.unchangedSince() != null) {
            ext.enableCondstore();
        }
        UidSet uids = MessageSets.uids(s, c.set(), c.uid());
        Flags flags = Flags.of(c.action().flags());
        StoreMode mode = switch (c.action().mode()) {
            case ADD -> StoreMode.ADD;
            case REMOVE -> StoreMode.REMOVE;
            case REPLACE -> StoreMode.REPLACE;
        };
        if (uids.isEmpty()) {
            return Reply.ok("STORE completed");
        }
        StoreResult r = s.mail().store(view.handle(), uids, mode, flags, c.unchangedSince() == null ? -1 : c.unchangedSince());
        ImapWriter out = s.out();
        List<MessageState> changed = new ArrayList<>(r.changed());
        changed.sort(Comparator.comparingLong(MessageState::uid));
        if (!changed.isEmpty()) {
            view.ownChange(changed.getFirst().modseq());
        }
        for (MessageState m : changed) {
            view.newKeywords(m.flags(), out);
        }
        boolean report = !c.action().silent() || (ext.condstore() && c.unchangedSince() != null);
        if (report) {
            for (MessageState m : changed) {
                int seq = view.seqOf(m.uid());
                if (seq == 0) {
                    continue;
                }
                FetchResponseWriter f = out.fetch(seq);
                if (c.uid() || ext.qresync()) {
                    f.uid(m.uid());
                }
                // RFC 7162 §3.1.3: .SILENT still reports the new MODSEQ when UNCHANGEDSINCE was used
                if (!c.action().silent()) {
                    f.flags(view.flagNames(m.flags(), m.uid(), ext));
                }
                if (ext.condstore()) {
                    f.modSeq(m.modseq());
                }
                f.end();
            }
        }
        if (!r.modified().isEmpty()) {
            // RFC 7162 §3.1.3: MODIFIED lists what failed the UNCHANGEDSINCE test
            long[] numbers = c.uid()
                    ? r.modified().toList().stream().mapToLong(Long::longValue).toArray()
                    : view.sequencesOf(r.modified());
            return Reply.ok(new ResponseCode.Modified(SequenceSet.ofNumbers(numbers)), "conditional STORE failed");
        }
        return Reply.ok("STORE completed");
    }
}
