package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.3.7 SUBSCRIBE; the name need not exist. */
final class SubscribeCommand {
    private SubscribeCommand() {}

    static Reply run(ImapCommand.Subscribe c, ImapSession s) {
        s.mail().subscribe(c.mailbox());
        return Reply.ok("SUBSCRIBE completed");
    }
}
