package org.parley.imap.search;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What a search needs to know besides the messages.
 *
 * @param maxSeq      number of messages in the session's view: what {@code *} means in a sequence
 *                    set (RFC 9051 §9 seq-number)
 * @param maxUid      UID of the last message in the session's view (0 when it is empty): what
 *                    {@code *} means in {@code UID} sets; {@code n:*} with n above it still matches
 *                    that message (RFC 9051 §6.4.8)
 * @param savedResult the UIDs saved by {@code SEARCH RETURN (SAVE)}, which {@code $} stands for
 *                    (RFC 5182 §2.1); null or empty when nothing was saved: {@code $} then matches
 *                    nothing (RFC 5182 §2.1, the result is empty after SELECT)
 * @param clock       now, for OLDER/YOUNGER (RFC 5032), and the server's time zone, in which
 *                    BEFORE/ON/SINCE read the internal date; never null
 */
public record SearchContext(int maxSeq, long maxUid, List<Long> savedResult, Clock clock) {
    public SearchContext {
        if (maxSeq < 0 || maxUid < 0) {
            throw new IllegalArgumentException("negative maxSeq or maxUid");
        }
        savedResult = savedResult == null ? List.of() : List.copyOf(savedResult);
        Objects.requireNonNull(clock, "clock");
    }

    /** A context for {@code items}: {@code maxSeq} and {@code maxUid} taken from the last item. */
    public static SearchContext of(List<SearchItem> items, List<Long> savedResult, Clock clock) {
        int maxSeq = 0;
        long maxUid = 0;
        for (SearchItem i : items) {
            maxSeq = Math.max(maxSeq, i.seq());
            maxUid = Math.max(maxUid, i.uid());
        }
        return new SearchContext(maxSeq, maxUid, savedResult, clock);
    }
}
