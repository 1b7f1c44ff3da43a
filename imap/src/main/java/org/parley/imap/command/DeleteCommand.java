package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.3.5 DELETE (the store keeps a \Noselect parent when children remain). */
final class DeleteCommand {
    private DeleteCommand() {}

    static Reply run(ImapCommand.Delete c, ImapSession s) {
        s.mail().delete(c.mailbox());
        return Reply.ok("DELETE completed");
    }
}
