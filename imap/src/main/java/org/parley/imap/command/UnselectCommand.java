package org.parley.imap.command;

import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 3691 / RFC 9051 §6.4.2 UNSELECT: like CLOSE without the expunge. */
final class UnselectCommand {
    private UnselectCommand() {}

    static Reply run(ImapSession s) {
        s.unselect();
        return Reply.ok("UNSELECT completed");
    }
}
