package org.parley.imap.command;

import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9208 §4.1 SETQUOTA: limits are the administrator's (CLI, WebAdmin), never a user's. */
final class SetQuotaCommand {
    private SetQuotaCommand() {}

    static Reply run(ImapSession s) {
        return Reply.no(ResponseCode.Simple.NOPERM, "quota limits are set by the administrator");
    }
}
