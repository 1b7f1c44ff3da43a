package org.parley.imap.codec;

import java.time.LocalDate;
import java.util.List;

/**
 * A SEARCH criterion as a tree (RFC 9051 §6.4.4, RFC 3501 §6.4.4 for the IMAP4rev1-only keys).
 * A command's list of keys is an implicit AND and arrives as {@link And}; a parenthesized list
 * becomes a nested {@link And}. String arguments are decoded with the command's CHARSET; dates are
 * calendar dates without zone, to be compared in the server's time zone as the RFC says.
 * Records are immutable.
 */
public sealed interface SearchKey {
    /** All of the keys (a top-level key list or a parenthesized list). */
    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }

    /** {@code OR key1 key2}. */
    record Or(SearchKey left, SearchKey right) implements SearchKey {}

    /** {@code NOT key}. */
    record Not(SearchKey key) implements SearchKey {}

    /** A bare {@code sequence-set}: message sequence numbers, or {@code $} (RFC 5182). */
    record SequenceNumbers(SequenceSet set) implements SearchKey {}

    /** {@code UID sequence-set}. */
    record Uid(SequenceSet set) implements SearchKey {}

    record All() implements SearchKey {}

    record Answered() implements SearchKey {}

    record Deleted() implements SearchKey {}

    record Draft() implements SearchKey {}

    record Flagged() implements SearchKey {}

    record Seen() implements SearchKey {}

    record Unanswered() implements SearchKey {}

    record Undeleted() implements SearchKey {}

    record Undraft() implements SearchKey {}

    record Unflagged() implements SearchKey {}

    record Unseen() implements SearchKey {}

    /** IMAP4rev1 only: {@code \Recent} set and {@code \Seen} not set. */
    record New() implements SearchKey {}

    /** IMAP4rev1 only: {@code \Recent} not set. */
    record Old() implements SearchKey {}

    /** IMAP4rev1 only. */
    record Recent() implements SearchKey {}

    /** {@code KEYWORD flag}; system flags are given in canonical case ({@code \Seen}). */
    record Keyword(String flag) implements SearchKey {}

    record Unkeyword(String flag) implements SearchKey {}

    record Bcc(String text) implements SearchKey {}

    record Body(String text) implements SearchKey {}

    record Cc(String text) implements SearchKey {}

    record From(String text) implements SearchKey {}

    record Subject(String text) implements SearchKey {}

    /** Header or body. */
    record Text(String text) implements SearchKey {}

    record To(String text) implements SearchKey {}

    /** {@code HEADER field-name string}; an empty {@code text} matches every message with the field. */
    record Header(String fieldName, String text) implements SearchKey {}

    /** Internal date before the day. */
    record Before(LocalDate date) implements SearchKey {}

    /** Internal date within the day. */
    record On(LocalDate date) implements SearchKey {}

    /** Internal date within or after the day. */
    record Since(LocalDate date) implements SearchKey {}

    /** Date header before the day. */
    record SentBefore(LocalDate date) implements SearchKey {}

    record SentOn(LocalDate date) implements SearchKey {}

    record SentSince(LocalDate date) implements SearchKey {}

    /** RFC822.SIZE larger than {@code size}. */
    record Larger(long size) implements SearchKey {}

    record Smaller(long size) implements SearchKey {}

    /** RFC 5032: internal date at least {@code seconds} before now. */
    record Older(long seconds) implements SearchKey {}

    /** RFC 5032: internal date at most {@code seconds} before now. */
    record Younger(long seconds) implements SearchKey {}

    /**
     * RFC 7162 §3.1.5 {@code MODSEQ [entry-name entry-type] modseq}: mod-sequence at least
     * {@code modSeq}. {@code flag} (e.g. {@code \Seen} from {@code "/flags/\\Seen"}) and
     * {@code entryType} ("priv", "shared" or "all", lower-case) are null when not given; servers
     * without per-flag mod-sequences may ignore them.
     */
    record ModSeq(long modSeq, String flag, String entryType) implements SearchKey {}
}
