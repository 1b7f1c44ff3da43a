package org.parley.imap.command;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 5256 THREAD: waits for the search evaluator (package org.parley.imap.search). */
final class ThreadCommand {
    private ThreadCommand() {}

    static Reply run(ImapCommand.ThreadMessages c, ImapSession s) {
        return Reply.no(ResponseCode.Simple.CANNOT, "THREAD is not available yet");
    }
}
