package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.UidSet;

/** RFC 9051 §6.4.3 EXPUNGE and RFC 4315 §2.1 UID EXPUNGE. */
final class ExpungeCommand {
    private ExpungeCommand() {}

    static Reply run(ImapCommand.Expunge c, ImapSession s) throws IOException {
        SelectedMailbox view = s.selected();
        if (view.readOnly()) {
            return Reply.no(ResponseCode.Simple.READ_ONLY, "mailbox is read-only");
        }
        UidSet within = c.uids() == null ? null : view.uidsOfUidSet(c.uids());
        if (within != null && within.isEmpty()) {
            return Reply.ok("UID EXPUNGE completed");
        }
        UidSet gone = s.mail().expunge(view.handle(), within);
        s.reportExpunged(gone);
        return Reply.ok(c.uids() == null ? "EXPUNGE completed" : "UID EXPUNGE completed");
    }
}
