package org.parley.imap.command;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.SearchReturnOption;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.search.SearchEvaluator;
import org.parley.imap.search.SearchItem;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 9051 §6.4.4 SEARCH / UID SEARCH with ESEARCH (RFC 4731), SEARCHRES (RFC 5182), CONDSTORE
 * MODSEQ (RFC 7162 §3.1.5) and WITHIN (RFC 5032). IMAP4rev1 sessions get {@code * SEARCH}
 * unless they ask for RETURN options; IMAP4rev2 sessions always get {@code * ESEARCH}
 * (RFC 9051 §7.3.4).
 */
final class SearchCommand {
    private SearchCommand() {}

    static Reply run(String tag, ImapCommand.Search c, ImapSession s) throws IOException {
        Set<SearchReturnOption> options = c.returnOptions();
        if (options == null && s.extensions().imap4rev2()) {
            options = Set.of(SearchReturnOption.ALL);
        }
        List<SearchItem> hits = MessageSearch.run(s, c.criteria(), false);
        boolean modseq = SearchEvaluator.usesModSeq(c.criteria());
        Long highest = modseq && !hits.isEmpty() ? SearchEvaluator.highestModSeq(hits) : null;
        if (options == null) {
            s.out().write(new UntaggedResponse.Search(MessageSearch.numbers(hits, c.uid()), highest));
            return Reply.ok(c.uid() ? "UID SEARCH completed" : "SEARCH completed");
        }
        boolean min = options.contains(SearchReturnOption.MIN);
        boolean max = options.contains(SearchReturnOption.MAX);
        boolean all = options.contains(SearchReturnOption.ALL);
        boolean count = options.contains(SearchReturnOption.COUNT);
        if (options.contains(SearchReturnOption.SAVE)) {
            // RFC 5182 §2.4: with MIN and/or MAX (and neither ALL nor COUNT) only those are saved
            List<SearchItem> saved = (min || max) && !all && !count
                    ? hits.isEmpty() ? List.of() : minMax(hits, min, max)
                    : hits;
            s.saveSearch(MessageSearch.numbers(saved, true));
            if (!min && !max && !all && !count) {
                // RFC 5182 §2.1: SAVE alone sends no ESEARCH
                return Reply.ok("SEARCH completed, result saved");
            }
        }
        long[] numbers = MessageSearch.numbers(hits, c.uid());
        Long minValue = min && numbers.length > 0 ? numbers[0] : null;
        Long maxValue = max && numbers.length > 0 ? numbers[numbers.length - 1] : null;
        SequenceSet allSet = all && numbers.length > 0 ? SequenceSet.ofNumbers(numbers) : null;
        Long countValue = count ? (long) numbers.length : null;
        s.out().write(new UntaggedResponse.ESearch(tag, c.uid(), minValue, maxValue, allSet, countValue, highest));
        return Reply.ok(c.uid() ? "UID SEARCH completed" : "SEARCH completed");
    }

    private static List<SearchItem> minMax(List<SearchItem> hits, boolean min, boolean max) {
        if (min && max && hits.size() > 1) {
            return List.of(hits.getFirst(), hits.getLast());
        }
        return List.of(min ? hits.getFirst() : hits.getLast());
    }
}
