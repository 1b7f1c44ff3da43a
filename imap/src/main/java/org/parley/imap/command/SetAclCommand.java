package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.Rights;
import org.parley.store.mail.StoreMode;

/** RFC 4314 §3.1 SETACL: replace, add ({@code +}) or remove ({@code -}) rights; needs {@code a}. */
final class SetAclCommand {
    private SetAclCommand() {}

    static Reply run(ImapCommand.SetAcl c, ImapSession s) {
        StoreMode mode = switch (c.change()) {
            case REPLACE -> StoreMode.REPLACE;
            case ADD -> StoreMode.ADD;
            case REMOVE -> StoreMode.REMOVE;
        };
        s.mail().setAcl(c.mailbox(), AclIdentifiers.qualify(c.identifier(), s), mode, Rights.parse(c.rights()));
        return Reply.ok("SETACL completed");
    }
}
