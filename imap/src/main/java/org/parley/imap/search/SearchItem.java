package org.parley.imap.search;

import java.util.Objects;
import org.parley.store.mail.MessageMeta;

/**
 * One message of the selected mailbox as the session sees it.
 *
 * <p>{@code meta.parsed()} must be present for keys where {@link SearchEvaluator#needsStructure}
 * is true and for {@link Sorter} and {@link Threader} (fetch the metadata with structure). The
 * evaluator copes without it by analysing the content, at the price of reading every message.
 *
 * <p>{@code \Recent} is not a stored flag (it belongs to the session, RFC 3501 §2.3.2): a session
 * that wants RECENT, NEW and OLD to match adds the keyword {@code "\\Recent"} to the flags it
 * passes here ({@code new Flags(system, keywords + "\\Recent")}); the evaluator reads it from there.
 *
 * @param seq  1-based message sequence number in the session's view
 * @param meta the message's metadata; never null
 */
public record SearchItem(int seq, MessageMeta meta) {
    public SearchItem {
        Objects.requireNonNull(meta, "meta");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + seq);
        }
    }

    public long uid() {
        return meta.uid();
    }
}
