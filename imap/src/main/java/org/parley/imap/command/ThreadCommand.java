package org.parley.imap.command;

import java.io.IOException;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.search.SearchItem;
import org.parley.imap.search.Threader;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 5256 THREAD / UID THREAD, ORDEREDSUBJECT and REFERENCES. */
final class ThreadCommand {
    private ThreadCommand() {}

    static Reply run(ImapCommand.ThreadMessages c, ImapSession s) throws IOException {
        List<SearchItem> hits = MessageSearch.run(s, c.criteria(), true);
        s.out().write(new UntaggedResponse.Threads(Threader.thread(hits, c.algorithm(), c.uid())));
        return Reply.ok(c.uid() ? "UID THREAD completed" : "THREAD completed");
    }
}
