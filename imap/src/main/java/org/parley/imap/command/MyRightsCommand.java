package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 4314 §3.5 MYRIGHTS (with the RFC 2086 letters c and d for old clients, §2.1.1). */
final class MyRightsCommand {
    private MyRightsCommand() {}

    static Reply run(ImapCommand.MyRights c, ImapSession s) throws IOException {
        s.out().write(new UntaggedResponse.MyRights(c.mailbox(), s.mail().myRights(c.mailbox()).toImap(true)));
        return Reply.ok("MYRIGHTS completed");
    }
}
