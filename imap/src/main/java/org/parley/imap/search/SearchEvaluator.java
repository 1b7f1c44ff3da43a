package org.parley.imap.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.imap.codec.SearchKey;

/**
 * Evaluates SEARCH criteria (RFC 9051 §6.4.4 and the IMAP4rev1 keys of RFC 3501 §6.4.4, MODSEQ of
 * RFC 7162 §3.1.5, OLDER/YOUNGER of RFC 5032, {@code $} of RFC 5182) over messages whose metadata
 * the caller fetched in bulk. ESEARCH, SORT and THREAD start from its result.
 *
 * <p>Order of work per message: flags, numbers, sizes, dates and mod-sequences first; then the
 * envelope and the Date header from the {@code ParsedMessage}; the content only when those left
 * the answer open (see {@link MessageContentSource} for when it is opened and released). Each
 * text is folded once per message however many keys read it. See the package notes for the
 * semantics chosen where the RFCs leave room.
 *
 * <p>Thread-safe when its {@link MessageContentSource} is: an instance keeps no state between
 * calls.
 */
public final class SearchEvaluator {
    private final MessageContentSource content;

    public SearchEvaluator(MessageContentSource content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    /**
     * The items that match {@code key}, in input order.
     *
     * @param items the messages to consider, usually the whole view in sequence order
     * @param key   the criteria as the codec parsed them (strings already CHARSET-decoded)
     * @param ctx   {@code *}, {@code $} and the clock
     * @throws IOException when the content of a message that had to be read could not be
     */
    public List<SearchItem> filter(List<SearchItem> items, SearchKey key, SearchContext ctx) throws IOException {
        SearchNode root = SearchCompiler.compile(key, ctx);
        if (root instanceof SearchNode.Constant c) {
            return c.value() ? List.copyOf(items) : List.of();
        }
        List<SearchItem> out = new ArrayList<>();
        MessageProbe probe = new MessageProbe(content, ctx.clock().getZone());
        for (SearchItem item : items) {
            probe.reset(item);
            try {
                // widen the data only while the answer is open; structure missing from the
                // metadata is computed from the content, so the last pass may be CONTENT
                int r = root.test(probe, SearchNode.METADATA);
                for (int level = SearchNode.STRUCTURE; r == SearchNode.UNKNOWN && level <= SearchNode.CONTENT; level++) {
                    r = root.test(probe, level);
                }
                if (r == SearchNode.TRUE) {
                    out.add(item);
                }
            } finally {
                probe.release();
            }
        }
        return out;
    }

    /**
     * Whether {@code key} reads the ENVELOPE, the Date header or the content, so that the caller
     * should fetch the metadata with structure ({@code MessageMeta.parsed()}). Without it the
     * evaluator still answers correctly but analyses every message it has to look at.
     */
    public static boolean needsStructure(SearchKey key) {
        return SearchCompiler.level(key) >= SearchNode.STRUCTURE;
    }

    /** Whether {@code key} may read message content (HEADER, BODY, TEXT). */
    public static boolean needsContent(SearchKey key) {
        return SearchCompiler.level(key) >= SearchNode.CONTENT;
    }

    /**
     * Whether {@code key} contains MODSEQ: the untagged SEARCH (or ESEARCH) response then carries
     * the highest mod-sequence of the result (RFC 7162 §3.1.5), see {@link #highestModSeq}.
     */
    public static boolean usesModSeq(SearchKey key) {
        return SearchCompiler.usesModSeq(key);
    }

    /** The highest mod-sequence among {@code items}; 0 when empty. */
    public static long highestModSeq(List<SearchItem> items) {
        long max = 0;
        for (SearchItem i : items) {
            max = Math.max(max, i.meta().modseq());
        }
        return max;
    }
}
