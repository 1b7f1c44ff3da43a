package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.ResponseStatus;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.CopyResult;
import org.parley.store.mail.UidSet;

/**
 * RFC 6851 MOVE / UID MOVE: atomic in the store; {@code * OK [COPYUID ...]} first, then the
 * expunges of the moved messages (EXPUNGE or VANISHED), then the tagged OK (§4.3).
 */
final class MoveCommand {
    private MoveCommand() {}

    static Reply run(ImapCommand.Move c, ImapSession s) throws IOException {
        SelectedMailbox view = s.selected();
        if (view.readOnly()) {
            return Reply.no(ResponseCode.Simple.READ_ONLY, "mailbox is read-only");
        }
        UidSet uids = MessageSets.uids(s, c.set(), c.uid());
        if (uids.isEmpty()) {
            return Reply.ok("MOVE completed, nothing to move");
        }
        CopyResult r = s.mail().move(view.handle(), uids, c.mailbox());
        if (r.sourceUids().isEmpty()) {
            return Reply.ok("MOVE completed, nothing to move");
        }
        s.out().untagged(ResponseStatus.OK, CopyCommand.copyUid(r), "moved");
        s.reportExpunged(UidSet.of(r.sourceUids()));
        view.ownChange(r.expungeModseq());
        return Reply.ok("MOVE completed");
    }
}
