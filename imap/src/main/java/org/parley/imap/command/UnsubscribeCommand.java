package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.3.8 UNSUBSCRIBE. */
final class UnsubscribeCommand {
    private UnsubscribeCommand() {}

    static Reply run(ImapCommand.Unsubscribe c, ImapSession s) {
        s.mail().unsubscribe(c.mailbox());
        return Reply.ok("UNSUBSCRIBE completed");
    }
}
