package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.SearchKey;
import org.parley.imap.search.MessageContentSource;
import org.parley.imap.search.SearchContext;
import org.parley.imap.search.SearchEvaluator;
import org.parley.imap.search.SearchItem;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.blob.BlobStore;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MessageMeta;
import org.parley.store.mail.UidSet;

/**
 * Runs a search over the selected mailbox for SEARCH, SORT and THREAD: metadata fetched in chunks
 * of {@value FetchCommand#CHUNK} (with structures only when a key or the caller needs them), each
 * chunk filtered by the {@link SearchEvaluator} before the next is read, so only the hits stay
 * in memory. Message content is read from the blob store, only for messages whose cheaper data
 * cannot decide.
 */
final class MessageSearch {
    private MessageSearch() {}

    /**
     * @param structure read structures whatever the key (SORT and THREAD need them)
     * @return the matching messages in sequence order
     */
    static List<SearchItem> run(ImapSession s, SearchKey key, boolean structure) throws IOException {
        SelectedMailbox view = s.selected();
        MailSession mail = s.mail();
        BlobStore blobs = s.services().store().blobStore();
        boolean rev1 = !s.extensions().imap4rev2();
        boolean withStructure = structure || SearchEvaluator.needsStructure(key);
        if (SearchEvaluator.usesModSeq(key)) {
            // RFC 7162 §3.1.5: SEARCH MODSEQ enables CONDSTORE
            s.extensions().enableCondstore();
        }
        long[] saved = s.savedSearch();
        List<Long> savedList = new ArrayList<>();
        if (saved != null) {
            for (long u : saved) {
                savedList.add(u);
            }
        }
        SearchContext ctx = new SearchContext(view.count(), view.maxUid(), savedList, s.options().clock());
        MessageContentSource content = meta -> new BlobBytes(blobs, meta.blob(), meta.size());
        SearchEvaluator evaluator = new SearchEvaluator(content);
        List<SearchItem> hits = new ArrayList<>();
        for (int from = 1; from <= view.count(); from += FetchCommand.CHUNK) {
            int to = Math.min(view.count(), from + FetchCommand.CHUNK - 1);
            List<MessageMeta> metas = mail.fetch(view.handle(), UidSet.range(view.uidAt(from), view.uidAt(to)), withStructure);
            List<SearchItem> chunk = new ArrayList<>(metas.size());
            for (MessageMeta m : metas) {
                int seq = view.seqOf(m.uid());
                if (seq > 0) {
                    chunk.add(new SearchItem(seq, rev1 && view.isRecent(m.uid()) ? withRecent(m) : m));
                }
            }
            hits.addAll(evaluator.filter(chunk, key, ctx));
        }
        return hits;
    }

    /** RFC 3501 §2.3.2: \Recent is the session's; the evaluator reads it as a keyword. */
    private static MessageMeta withRecent(MessageMeta m) {
        List<String> kw = new ArrayList<>(m.flags().keywords());
        kw.add("\\Recent");
        return new MessageMeta(m.uid(), new Flags(m.flags().system(), kw), m.modseq(), m.internalDate(), m.size(), m.blob(),
                m.parsed());
    }

    /** Sequence numbers or UIDs of the items, in their order. */
    static long[] numbers(List<SearchItem> items, boolean uid) {
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = uid ? items.get(i).uid() : items.get(i).seq();
        }
        return out;
    }
}
