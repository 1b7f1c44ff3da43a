package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 5256 SORT: waits for the search evaluator (package org.parley.imap.search). */
final class SortCommand {
    private SortCommand() {}

    static Reply run(ImapCommand.Sort c, ImapSession s) {
        return Reply.no(ResponseCode.Simple.CANNOT, "SORT is not available yet");
    }
}
