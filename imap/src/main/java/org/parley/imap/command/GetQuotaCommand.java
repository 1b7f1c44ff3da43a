package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9208 §4.2 GETQUOTA: only the caller's own root {@code ""} can be asked for by name. */
final class GetQuotaCommand {
    private GetQuotaCommand() {}

    static Reply run(ImapCommand.GetQuota c, ImapSession s) throws IOException {
        if (!c.root().equals(QuotaResources.OWN_ROOT)) {
            return Reply.no(ResponseCode.Simple.NONEXISTENT, "no such quota root");
        }
        s.out().write(QuotaResources.of(QuotaResources.OWN_ROOT, s.mail().quota()));
        return Reply.ok("GETQUOTA completed");
    }
}
