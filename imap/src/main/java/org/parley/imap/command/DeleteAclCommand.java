package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 4314 §3.2 DELETEACL. */
final class DeleteAclCommand {
    private DeleteAclCommand() {}

    static Reply run(ImapCommand.DeleteAcl c, ImapSession s) {
        s.mail().deleteAcl(c.mailbox(), AclIdentifiers.qualify(c.identifier(), s));
        return Reply.ok("DELETEACL completed");
    }
}
