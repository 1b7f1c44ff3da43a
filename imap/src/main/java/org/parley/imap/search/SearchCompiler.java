package org.parley.imap.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.imap.codec.SearchKey;
import org.parley.imap.codec.SequenceSet;
import org.parley.store.mail.Flags;

/** Turns a {@link SearchKey} into a {@link SearchNode} tree for one search. Not thread-safe. */
final class SearchCompiler {
    private static final String RECENT = "\\Recent";
    private static final SearchNode TRUE = new SearchNode.Constant(true);
    private static final SearchNode FALSE = new SearchNode.Constant(false);

    private final SearchContext ctx;
    private final ZoneId zone;
    private final Instant now;
    private long[] saved;

    private SearchCompiler(SearchContext ctx) {
        this.ctx = ctx;
        this.zone = ctx.clock().getZone();
        this.now = ctx.clock().instant();
    }

    static SearchNode compile(SearchKey key, SearchContext ctx) {
        return new SearchCompiler(ctx).node(key);
    }

    /** The highest {@link SearchNode} level any part of {@code key} reads. */
    static int level(SearchKey key) {
        return switch (key) {
            case SearchKey.And a -> {
                int l = SearchNode.METADATA;
                for (SearchKey k : a.keys()) {
                    l = Math.max(l, level(k));
                }
                yield l;
            }
            case SearchKey.Or o -> Math.max(level(o.left()), level(o.right()));
            case SearchKey.Not n -> level(n.key());
            case SearchKey.Bcc k -> SearchNode.STRUCTURE;
            case SearchKey.Cc k -> SearchNode.STRUCTURE;
            case SearchKey.From k -> SearchNode.STRUCTURE;
            case SearchKey.To k -> SearchNode.STRUCTURE;
            case SearchKey.Subject k -> SearchNode.STRUCTURE;
            case SearchKey.SentBefore k -> SearchNode.STRUCTURE;
            case SearchKey.SentOn k -> SearchNode.STRUCTURE;
            case SearchKey.SentSince k -> SearchNode.STRUCTURE;
            case SearchKey.Header k -> SearchNode.CONTENT;
            case SearchKey.Body k -> k.text().isEmpty() ? SearchNode.METADATA : SearchNode.CONTENT;
            case SearchKey.Text k -> k.text().isEmpty() ? SearchNode.METADATA : SearchNode.CONTENT;
            default -> SearchNode.METADATA;
        };
    }

    /** Whether {@code key} has a MODSEQ key anywhere (RFC 7162 §3.1.5 then wants (MODSEQ n)). */
    static boolean usesModSeq(SearchKey key) {
        return switch (key) {
            case SearchKey.And a -> a.keys().stream().anyMatch(SearchCompiler::usesModSeq);
            case SearchKey.Or o -> usesModSeq(o.left()) || usesModSeq(o.right());
            case SearchKey.Not n -> usesModSeq(n.key());
            case SearchKey.ModSeq m -> true;
            default -> false;
        };
    }

    private SearchNode node(SearchKey key) {
        return switch (key) {
            case SearchKey.And a -> group(a.keys().stream().map(this::node).toList(), true);
            case SearchKey.Or o -> group(List.of(node(o.left()), node(o.right())), false);
            case SearchKey.Not n -> not(node(n.key()));
            case SearchKey.SequenceNumbers s -> numbers(s.set(), ctx.maxSeq(), false);
            case SearchKey.Uid u -> numbers(u.set(), ctx.maxUid(), true);
            case SearchKey.All a -> TRUE;
            case SearchKey.Answered k -> flag(Flags.ANSWERED, true);
            case SearchKey.Deleted k -> flag(Flags.DELETED, true);
            case SearchKey.Draft k -> flag(Flags.DRAFT, true);
            case SearchKey.Flagged k -> flag(Flags.FLAGGED, true);
            case SearchKey.Seen k -> flag(Flags.SEEN, true);
            case SearchKey.Unanswered k -> flag(Flags.ANSWERED, false);
            case SearchKey.Undeleted k -> flag(Flags.DELETED, false);
            case SearchKey.Undraft k -> flag(Flags.DRAFT, false);
            case SearchKey.Unflagged k -> flag(Flags.FLAGGED, false);
            case SearchKey.Unseen k -> flag(Flags.SEEN, false);
            // RFC 3501 §6.4.4: NEW is RECENT UNSEEN, OLD is NOT RECENT
            case SearchKey.New k -> group(List.of(new SearchNode.Keyword(RECENT, true), flag(Flags.SEEN, false)), true);
            case SearchKey.Old k -> new SearchNode.Keyword(RECENT, false);
            case SearchKey.Recent k -> new SearchNode.Keyword(RECENT, true);
            case SearchKey.Keyword k -> keyword(k.flag(), true);
            case SearchKey.Unkeyword k -> keyword(k.flag(), false);
            case SearchKey.Bcc k -> envelope(EnvelopeText.Field.BCC, k.text());
            case SearchKey.Cc k -> envelope(EnvelopeText.Field.CC, k.text());
            case SearchKey.From k -> envelope(EnvelopeText.Field.FROM, k.text());
            case SearchKey.To k -> envelope(EnvelopeText.Field.TO, k.text());
            case SearchKey.Subject k -> envelope(EnvelopeText.Field.SUBJECT, k.text());
            // the empty string is in every text, so BODY "" and TEXT "" need no content
            case SearchKey.Body k -> k.text().isEmpty() ? TRUE : new SearchNode.Text(CaseFold.fold(k.text()), false);
            case SearchKey.Text k -> k.text().isEmpty() ? TRUE : new SearchNode.Text(CaseFold.fold(k.text()), true);
            case SearchKey.Header k -> new SearchNode.Header(k.fieldName(), CaseFold.fold(k.text()));
            // RFC 9051 §6.4.4: internal date "disregarding time and timezone", read in the server's zone
            case SearchKey.Before k -> new SearchNode.InternalDate(null, startOf(k.date()));
            case SearchKey.On k -> new SearchNode.InternalDate(startOf(k.date()), startOf(k.date().plusDays(1)));
            case SearchKey.Since k -> new SearchNode.InternalDate(startOf(k.date()), null);
            case SearchKey.SentBefore k -> new SearchNode.SentDay(k.date().toEpochDay(), -1);
            case SearchKey.SentOn k -> new SearchNode.SentDay(k.date().toEpochDay(), 0);
            case SearchKey.SentSince k -> new SearchNode.SentDay(k.date().toEpochDay(), 1);
            case SearchKey.Larger k -> new SearchNode.Size(k.size(), true);
            case SearchKey.Smaller k -> new SearchNode.Size(k.size(), false);
            // RFC 5032 §3 (as the codec reads it): OLDER is at least n seconds old, YOUNGER at most
            case SearchKey.Older k -> new SearchNode.InternalDate(null, now.minusSeconds(k.seconds()).plusNanos(1));
            case SearchKey.Younger k -> new SearchNode.InternalDate(now.minusSeconds(k.seconds()), null);
            // RFC 7162 §3.1.5: without per-flag mod-sequences the entry name and type are ignored
            case SearchKey.ModSeq k -> new SearchNode.MinModSeq(k.modSeq());
        };
    }

    private Instant startOf(LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
    }

    private static SearchNode flag(int bit, boolean set) {
        return new SearchNode.SystemFlag(bit, set);
    }

    /** KEYWORD/UNKEYWORD; the codec gives system flags in canonical case, compared here without it. */
    private static SearchNode keyword(String name, boolean set) {
        int bit = switch (name.toLowerCase(Locale.ROOT)) {
            case "\\seen" -> Flags.SEEN;
            case "\\answered" -> Flags.ANSWERED;
            case "\\flagged" -> Flags.FLAGGED;
            case "\\deleted" -> Flags.DELETED;
            case "\\draft" -> Flags.DRAFT;
            default -> 0;
        };
        return bit != 0 ? flag(bit, set) : new SearchNode.Keyword(name, set);
    }

    private static SearchNode envelope(EnvelopeText.Field f, String text) {
        return new SearchNode.EnvelopeField(f, CaseFold.fold(text));
    }

    private SearchNode numbers(SequenceSet set, long max, boolean uid) {
        if (set.isSaved()) {
            // RFC 5182 §2.1: $ is the saved UIDs, also where sequence numbers are expected
            return new SearchNode.SavedUids(savedUids());
        }
        SequenceSet resolved = set.resolve(max);
        return resolved.isEmpty() ? FALSE : new SearchNode.NumberSet(resolved, max, uid);
    }

    private long[] savedUids() {
        if (saved == null) {
            saved = ctx.savedResult().stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return saved;
    }

    /** AND ({@code all}) or OR of {@code nodes}: constants folded, nested groups of the same kind flattened. */
    private static SearchNode group(List<SearchNode> nodes, boolean all) {
        List<SearchNode> kept = new ArrayList<>();
        for (SearchNode n : nodes) {
            if (n instanceof SearchNode.Constant c) {
                if (c.value() != all) {
                    return all ? FALSE : TRUE;
                }
            } else if (n instanceof SearchNode.Junction j && j.all() == all) {
                kept.addAll(j.children());
            } else {
                kept.add(n);
            }
        }
        if (kept.isEmpty()) {
            return all ? TRUE : FALSE;
        }
        if (kept.size() == 1) {
            return kept.getFirst();
        }
        // cheapest first: flags and numbers decide most messages before any text is looked at
        kept.sort(Comparator.comparingInt(SearchNode::weight));
        int level = 0;
        int weight = 0;
        for (SearchNode n : kept) {
            level = Math.max(level, n.level());
            weight = Math.max(weight, n.weight());
        }
        return new SearchNode.Junction(List.copyOf(kept), all, level, weight);
    }

    private static SearchNode not(SearchNode n) {
        return switch (n) {
            case SearchNode.Constant c -> new SearchNode.Constant(!c.value());
            case SearchNode.Negation inner -> inner.child();
            default -> new SearchNode.Negation(n);
        };
    }
}
