package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.4.4 SEARCH: waits for the search evaluator (package org.parley.imap.search). */
final class SearchCommand {
    private SearchCommand() {}

    static Reply run(String tag, ImapCommand.Search c, ImapSession s) {
        return Reply.no(ResponseCode.Simple.CANNOT, "SEARCH is not available yet");
    }
}
