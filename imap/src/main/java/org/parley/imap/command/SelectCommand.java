package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.ResponseStatus;
import org.parley.imap.codec.SelectOptions;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.Extensions;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.Changes;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailboxSnapshot;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.Rights;

/**
 * RFC 9051 §6.3.2 SELECT and §6.3.3 EXAMINE, with RFC 7162 CONDSTORE and QRESYNC parameters.
 * Reads the compact listing only (no structures, no bodies).
 */
final class SelectCommand {
    private SelectCommand() {}

    static Reply run(ImapCommand.Select c, ImapSession s) throws IOException {
        Extensions ext = s.extensions();
        ImapWriter out = s.out();
        SelectOptions.Qresync qresync = c.options().qresync();
        if (qresync != null && !ext.qresync()) {
            // RFC 7162 §3.2.5: only after ENABLE QRESYNC
            return Reply.bad("QRESYNC is not enabled");
        }
        boolean hadSelection = s.selected() != null;
        // RFC 9051 §6.3.2: the selected mailbox is closed first, even if this SELECT fails
        s.unselect();
        if (hadSelection) {
            // RFC 7162 §3.2.11, RFC 9051 §7.1
            out.untagged(ResponseStatus.OK, ResponseCode.Simple.CLOSED, "previous mailbox closed");
        }
        if (c.options().condstore()) {
            ext.enableCondstore();
        }
        MailSession mail = s.mail();
        MailboxSnapshot snap = mail.select(c.mailbox(), c.readOnly());
        Rights rights = snap.mailbox().rights();
        boolean readOnly = c.readOnly() || !(rights.has(Rights.SEEN) || rights.has(Rights.WRITE)
                || rights.has(Rights.DELETE_MESSAGES) || rights.has(Rights.EXPUNGE) || rights.has(Rights.INSERT));
        SelectedMailbox view = SelectedMailbox.open(snap, readOnly, mail, s.services().store().changeFeed());
        s.select(view);

        out.write(new UntaggedResponse.Flags(view.flagList()));
        out.write(new UntaggedResponse.Exists(view.count()));
        if (!ext.imap4rev2()) {
            out.write(new UntaggedResponse.Recent(view.recentCount()));
            if (snap.firstUnseen() > 0) {
                out.untagged(ResponseStatus.OK, new ResponseCode.Unseen(snap.firstUnseen()), "first unseen");
            }
        }
        out.untagged(ResponseStatus.OK, new ResponseCode.PermanentFlags(permanentFlags(view, rights)), "flags permitted");
        out.untagged(ResponseStatus.OK, new ResponseCode.UidValidity(snap.uidValidity()), "UIDs valid");
        out.untagged(ResponseStatus.OK, new ResponseCode.UidNext(snap.uidNext()), "predicted next UID");
        // RFC 7162 §3.1.2.1: sent on every SELECT by a server with persistent mod-sequences
        out.untagged(ResponseStatus.OK, new ResponseCode.HighestModSeq(snap.highestModseq()), "highest");
        if (ext.imap4rev2()) {
            // RFC 9051 §6.3.2: the mailbox's name as the server spells it
            out.write(new UntaggedResponse.ListEntry(List.of(), '/', snap.mailbox().name()));
        }
        if (qresync != null && qresync.uidValidity() == snap.uidValidity()) {
            resync(qresync, view, mail, out, ext);
        }
        return Reply.ok(readOnly ? ResponseCode.Simple.READ_ONLY : ResponseCode.Simple.READ_WRITE,
                c.readOnly() ? "EXAMINE completed" : "SELECT completed");
    }

    /** RFC 4314 §4 / RFC 9051 §7.1: what this user may change, {@code \*} for new keywords. */
    private static List<String> permanentFlags(SelectedMailbox view, Rights rights) {
        List<String> out = new ArrayList<>();
        if (view.readOnly()) {
            return out;
        }
        if (rights.has(Rights.WRITE)) {
            out.add("\\Answered");
            out.add("\\Flagged");
            out.add("\\Draft");
        }
        if (rights.has(Rights.DELETE_MESSAGES)) {
            out.add("\\Deleted");
        }
        if (rights.has(Rights.SEEN)) {
            out.add("\\Seen");
        }
        if (rights.has(Rights.WRITE)) {
            out.addAll(view.keywords());
            out.add("\\*");
        }
        return out;
    }

    /**
     * RFC 7162 §3.2.5.1: what the client missed since its mod-sequence: expunged UIDs as
     * {@code VANISHED (EARLIER)} and changed messages as FETCH with UID, FLAGS and MODSEQ. UIDs
     * expunged after the snapshot are still in the view; the next sync reports them.
     */
    private static void resync(SelectOptions.Qresync q, SelectedMailbox view, MailSession mail, ImapWriter out,
            Extensions ext) throws IOException {
        Changes ch = mail.changesSince(view.handle(), q.modSeq());
        long max = Math.max(view.maxUid(), 1);
        SequenceSet known = q.knownUids() == null ? null : q.knownUids().resolve(max);
        List<Long> vanished = new ArrayList<>();
        for (long[] r : ch.vanished().ranges()) {
            for (long u = r[0]; u <= r[1] && vanished.size() <= 1_000_000; u++) {
                if ((known == null || known.contains(u, max)) && view.seqOf(u) == 0) {
                    vanished.add(u);
                }
            }
        }
        if (!vanished.isEmpty()) {
            long[] a = vanished.stream().mapToLong(Long::longValue).toArray();
            out.write(new UntaggedResponse.Vanished(true, SequenceSet.ofNumbers(a)));
        }
        for (MessageState m : ch.changed()) {
            int seq = view.seqOf(m.uid());
            if (seq > 0 && (known == null || known.contains(m.uid(), max))) {
                out.fetch(seq).uid(m.uid()).flags(view.flagNames(m.flags(), m.uid(), ext)).modSeq(m.modseq()).end();
            }
        }
    }
}
