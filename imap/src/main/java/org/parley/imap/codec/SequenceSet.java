package org.parley.imap.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * An IMAP sequence set (RFC 9051 §9 {@code sequence-set}): message sequence numbers or UIDs as
 * single numbers and ranges, where {@code *} stands for the largest number in use, or the saved
 * search result {@code $} of RFC 5182.
 *
 * <p>The set is kept as written; {@link #resolve(long)} replaces {@code *}, orders each range
 * ({@code 7:3} is {@code 3:7}, RFC 9051 §9 seq-range), clips to {@code 1..max} and merges.
 * Membership and counting work on ranges, so {@code 1:4294967295} costs no memory.
 *
 * <p>A saved set ({@link #isSaved()}) has no ranges: the session substitutes the result it saved
 * with {@code SEARCH RETURN (SAVE)} before resolving. Instances are immutable and thread-safe.
 */
public final class SequenceSet {
    /** Stands for {@code *} in {@link Range} bounds until {@link #resolve(long)}. */
    public static final long STAR = Long.MAX_VALUE;
    /** Largest sequence number or UID (RFC 9051 §9 nz-number: unsigned 32-bit). */
    public static final long MAX_NUMBER = 0xFFFF_FFFFL;
    /** {@code $}: the result saved by SEARCH RETURN (SAVE) (RFC 5182 §2.1). */
    public static final SequenceSet SAVED = new SequenceSet(List.of(), true, false);
    /** The empty set; never produced by the parser (the grammar needs one element). */
    public static final SequenceSet EMPTY = new SequenceSet(List.of(), false, true);

    /**
     * One element: {@code first == last} for a single number. Bounds are 1..{@link #MAX_NUMBER}
     * or {@link #STAR}; in an unresolved set {@code first} may be larger than {@code last}.
     */
    public record Range(long first, long last) {
        public Range {
            if (!valid(first) || !valid(last)) {
                throw new IllegalArgumentException("sequence number out of range: " + first + ":" + last);
            }
        }

        private static boolean valid(long n) {
            return n == STAR || (n >= 1 && n <= MAX_NUMBER);
        }

        public long low() {
            return Math.min(first, last);
        }

        public long high() {
            return Math.max(first, last);
        }

        @Override
        public String toString() {
            return first == last ? text(first) : text(first) + ":" + text(last);
        }

        private static String text(long n) {
            return n == STAR ? "*" : Long.toString(n);
        }
    }

    private final List<Range> ranges;
    private final boolean saved;
    /** True when sorted by low bound, disjoint, non-adjacent, first <= last and without STAR. */
    private final boolean normalized;

    private SequenceSet(List<Range> ranges, boolean saved, boolean normalized) {
        this.ranges = ranges;
        this.saved = saved;
        this.normalized = normalized;
    }

    /** A set of the given ranges as written (not reordered); at least one range. */
    public static SequenceSet of(List<Range> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence set needs at least one element");
        }
        return new SequenceSet(List.copyOf(ranges), false, false);
    }

    /** {@code first:last}. */
    public static SequenceSet range(long first, long last) {
        return of(List.of(new Range(first, last)));
    }

    /**
     * The given numbers in the given order, consecutive ascending runs folded into ranges
     * ({@code 1,2,3,7} → {@code 1:3,7}). Order is kept because COPYUID pairs its source and
     * destination sets element by element (RFC 4315 §3). Empty input gives {@link #EMPTY}.
     */
    public static SequenceSet ofNumbers(long... numbers) {
        if (numbers.length == 0) {
            return EMPTY;
        }
        List<Range> out = new ArrayList<>();
        long start = numbers[0];
        long prev = start;
        for (int i = 1; i < numbers.length; i++) {
            long n = numbers[i];
            if (n == prev + 1 && prev != STAR) {
                prev = n;
                continue;
            }
            out.add(new Range(start, prev));
            start = n;
            prev = n;
        }
        out.add(new Range(start, prev));
        return new SequenceSet(List.copyOf(out), false, isNormalized(out));
    }

    /** Parses {@code sequence-set} text such as {@code 1:3,5,7:*} or {@code $}. */
    public static SequenceSet parse(String text) {
        if (text.equals("$")) {
            return SAVED;
        }
        List<Range> out = new ArrayList<>();
        for (String element : text.split(",", -1)) {
            int colon = element.indexOf(':');
            if (colon < 0) {
                long n = parseNumber(element);
                out.add(new Range(n, n));
            } else {
                out.add(new Range(parseNumber(element.substring(0, colon)), parseNumber(element.substring(colon + 1))));
            }
        }
        return of(out);
    }

    private static long parseNumber(String s) {
        if (s.equals("*")) {
            return STAR;
        }
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a sequence number: " + s);
        }
        return Long.parseLong(s);
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** True for {@code $} (RFC 5182). */
    public boolean isSaved() {
        return saved;
    }

    public boolean isEmpty() {
        return !saved && ranges.isEmpty();
    }

    /** True when some bound is {@code *}. */
    public boolean usesStar() {
        for (Range r : ranges) {
            if (r.first == STAR || r.last == STAR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The set with {@code *} replaced by {@code max}, each range ordered, clipped to
     * {@code 1..max} and merged, ranges ascending. {@code max} is the number of messages (for
     * sequence numbers) or the highest UID in use; with {@code max == 0} the result is empty.
     * RFC 9051 §6.4.8: {@code n:*} with n above the highest UID still matches that UID.
     *
     * @throws IllegalStateException for {@code $}, which the session must substitute first
     */
    public SequenceSet resolve(long max) {
        requireNotSaved();
        if (normalized && (ranges.isEmpty() || ranges.getLast().last <= max)) {
            return this;
        }
        List<long[]> spans = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            long a = r.first == STAR ? max : r.first;
            long b = r.last == STAR ? max : r.last;
            long lo = Math.max(1, Math.min(a, b));
            long hi = Math.min(max, Math.max(a, b));
            if (lo <= hi) {
                spans.add(new long[] {lo, hi});
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        List<Range> merged = new ArrayList<>();
        long lo = -1;
        long hi = -1;
        for (long[] s : spans) {
            if (lo < 0) {
                lo = s[0];
                hi = s[1];
            } else if (s[0] <= hi + 1) {
                hi = Math.max(hi, s[1]);
            } else {
                merged.add(new Range(lo, hi));
                lo = s[0];
                hi = s[1];
            }
        }
        if (lo >= 0) {
            merged.add(new Range(lo, hi));
        }
        return new SequenceSet(List.copyOf(merged), false, true);
    }

    /** Whether {@code n} is in the set once resolved against {@code max}. */
    public boolean contains(long n, long max) {
        requireNotSaved();
        if (n < 1 || n > max) {
            return false;
        }
        if (normalized) {
            int lo = 0;
            int hi = ranges.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Range r = ranges.get(mid);
                if (n < r.first) {
                    hi = mid - 1;
                } else if (n > r.last) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
        for (Range r : ranges) {
            long a = r.first == STAR ? max : r.first;
            long b = r.last == STAR ? max : r.last;
            if (n >= Math.min(a, b) && n <= Math.max(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** How many numbers in {@code 1..max} the set holds. */
    public long count(long max) {
        long total = 0;
        for (Range r : resolve(max).ranges) {
            total += r.last - r.first + 1;
        }
        return total;
    }

    /** The numbers in {@code 1..max}, ascending and distinct, generated lazily. */
    public LongStream stream(long max) {
        return resolve(max).ranges.stream().flatMapToLong(r -> LongStream.rangeClosed(r.first, r.last));
    }

    private void requireNotSaved() {
        if (saved) {
            throw new IllegalStateException("$ must be replaced by the saved search result first");
        }
    }

    private static boolean isNormalized(List<Range> rs) {
        long prevHigh = 0;
        for (Range r : rs) {
            if (r.first == STAR || r.last == STAR || r.first > r.last || r.first <= prevHigh + 1 && prevHigh != 0) {
                return false;
            }
            prevHigh = r.last;
        }
        return true;
    }

    /** IMAP syntax, e.g. {@code 1:3,5,7:*}; {@code $} for the saved set; "" when empty. */
    @Override
    public String toString() {
        if (saved) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceSet s && s.saved == saved && s.ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {ranges, saved});
    }
}
