package org.parley.imap.command;

import java.util.EnumSet;
import java.util.Set;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MailboxClass;
import org.parley.store.mail.SpecialUse;

/** RFC 9051 §6.3.4 CREATE, with RFC 6154 §3 {@code (USE (...))} (CREATE-SPECIAL-USE). */
final class CreateCommand {
    private CreateCommand() {}

    static Reply run(ImapCommand.Create c, ImapSession s) {
        String name = c.mailbox();
        // RFC 9051 §6.3.4: a trailing delimiter only says the client means to create children
        while (name.endsWith("/") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
        }
        Set<SpecialUse> uses = EnumSet.noneOf(SpecialUse.class);
        for (String u : c.specialUse()) {
            try {
                uses.add(SpecialUse.parse(u));
            } catch (MailStoreException e) {
                // RFC 6154 §5.3
                return Reply.no(ResponseCode.Simple.USEATTR, "unsupported special-use attribute");
            }
        }
        s.mail().create(name, uses, MailboxClass.MAIL);
        return Reply.ok("CREATE completed");
    }
}
