package org.parley.imap.command;

import java.io.IOException;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.search.SearchEvaluator;
import org.parley.imap.search.SearchItem;
import org.parley.imap.search.Sorter;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 5256 SORT / UID SORT (with RFC 5957 DISPLAYFROM/DISPLAYTO): search, then order the hits. */
final class SortCommand {
    private SortCommand() {}

    static Reply run(ImapCommand.Sort c, ImapSession s) throws IOException {
        List<SearchItem> hits = MessageSearch.run(s, c.criteria(), true);
        List<SearchItem> sorted = Sorter.sort(hits, c.sortCriteria());
        Long highest = SearchEvaluator.usesModSeq(c.criteria()) && !hits.isEmpty() ? SearchEvaluator.highestModSeq(hits) : null;
        s.out().write(new UntaggedResponse.Sort(MessageSearch.numbers(sorted, c.uid()), highest));
        return Reply.ok(c.uid() ? "UID SORT completed" : "SORT completed");
    }
}
