package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.CopyResult;
import org.parley.store.mail.UidSet;

/** RFC 9051 §6.4.7 COPY / UID COPY with RFC 4315 COPYUID; TRYCREATE when the target is missing. */
final class CopyCommand {
    private CopyCommand() {}

    static Reply run(ImapCommand.Copy c, ImapSession s) {
        UidSet uids = MessageSets.uids(s, c.set(), c.uid());
        if (uids.isEmpty()) {
            return Reply.ok("COPY completed, nothing to copy");
        }
        CopyResult r = s.mail().copy(s.selected().handle(), uids, c.mailbox());
        if (r.sourceUids().isEmpty()) {
            return Reply.ok("COPY completed, nothing to copy");
        }
        return Reply.ok(copyUid(r), "COPY completed");
    }

    /** RFC 4315 §3: the two sets in corresponding order. */
    static ResponseCode copyUid(CopyResult r) {
        return new ResponseCode.CopyUid(r.destinationUidValidity(),
                SequenceSet.ofNumbers(r.sourceUids().stream().mapToLong(Long::longValue).toArray()),
                SequenceSet.ofNumbers(r.destinationUids().stream().mapToLong(Long::longValue).toArray()));
    }
}
