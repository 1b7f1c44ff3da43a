package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.3.6 RENAME, children included; renaming INBOX moves its messages. */
final class RenameCommand {
    private RenameCommand() {}

    static Reply run(ImapCommand.Rename c, ImapSession s) {
        s.mail().rename(c.from(), c.to());
        return Reply.ok("RENAME completed");
    }
}
