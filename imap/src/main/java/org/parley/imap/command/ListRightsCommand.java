package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.ListRights;
import org.parley.store.mail.Rights;

/** RFC 4314 §3.4 LISTRIGHTS; needs {@code a}. */
final class ListRightsCommand {
    private ListRightsCommand() {}

    static Reply run(ImapCommand.ListRights c, ImapSession s) throws IOException {
        ListRights r = s.mail().listRights(c.mailbox(), AclIdentifiers.qualify(c.identifier(), s));
        List<String> optional = new ArrayList<>();
        for (Rights o : r.optional()) {
            optional.add(o.toImap(false));
        }
        // RFC 4314 §3.7: an empty required set is written as ""
        s.out().write(new UntaggedResponse.ListRights(c.mailbox(), c.identifier(), r.required().toImap(false), optional));
        return Reply.ok("LISTRIGHTS completed");
    }
}
