package org.parley.store.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of UIDs as sorted, disjoint, non-adjacent closed ranges (the shape of an IMAP
 * sequence set after resolving {@code *}). UIDs are 1 … 2^32-1.
 */
public final class UidSet {
    public static final long MAX_UID = 0xFFFF_FFFFL;
    private static final UidSet EMPTY = new UidSet(new long[0]);
    /** Flattened pairs: lo0, hi0, lo1, hi1, … */
    private final long[] bounds;

    private UidSet(long[] bounds) {
        this.bounds = bounds;
    }

    public static UidSet empty() {
        return EMPTY;
    }

    /** Every possible UID. */
    public static UidSet all() {
        return range(1, MAX_UID);
    }

    public static UidSet range(long lo, long hi) {
        if (lo > hi) {
            long t = lo;
            lo = hi;
            hi = t;
        }
        if (lo < 1 || hi > MAX_UID) {
            throw new IllegalArgumentException("UID out of range: " + lo + ":" + hi);
        }
        return new UidSet(new long[] {lo, hi});
    }

    public static UidSet of(long... uids) {
        long[] copy = uids.clone();
        Arrays.sort(copy);
        return fromSorted(copy);
    }

    public static UidSet of(Collection<Long> uids) {
        long[] a = new long[uids.size()];
        int i = 0;
        for (long u : uids) {
            a[i++] = u;
        }
        Arrays.sort(a);
        return fromSorted(a);
    }

    private static UidSet fromSorted(long[] sorted) {
        if (sorted.length == 0) {
            return EMPTY;
        }
        long[] out = new long[sorted.length * 2];
        int n = 0;
        for (long u : sorted) {
            if (u < 1 || u > MAX_UID) {
                throw new IllegalArgumentException("UID out of range: " + u);
            }
            if (n > 0 && u <= out[n - 1] + 1) {
                out[n - 1] = Math.max(out[n - 1], u);
            } else {
                out[n++] = u;
                out[n++] = u;
            }
        }
        return new UidSet(Arrays.copyOf(out, n));
    }

    /** The union of several ranges, given as (lo, hi) pairs in any order. */
    public static UidSet ofRanges(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>();
        for (long[] r : ranges) {
            long lo = Math.min(r[0], r[1]);
            long hi = Math.max(r[0], r[1]);
            if (lo < 1 || hi > MAX_UID) {
                throw new IllegalArgumentException("UID out of range: " + lo + ":" + hi);
            }
            sorted.add(new long[] {lo, hi});
        }
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] out = new long[sorted.size() * 2];
        int n = 0;
        for (long[] r : sorted) {
            if (n > 0 && r[0] <= out[n - 1] + 1) {
                out[n - 1] = Math.max(out[n - 1], r[1]);
            } else {
                out[n++] = r[0];
                out[n++] = r[1];
            }
        }
        return n == 0 ? EMPTY : new UidSet(Arrays.copyOf(out, n));
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public boolean contains(long uid) {
        int lo = 0;
        int hi = bounds.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (uid < bounds[2 * mid]) {
                hi = mid - 1;
            } else if (uid > bounds[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The ranges as (lo, hi) pairs, ascending. */
    public List<long[]> ranges() {
        List<long[]> out = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new long[] {bounds[i], bounds[i + 1]});
        }
        return out;
    }

    /** Number of UIDs in the set. */
    public long size() {
        long n = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            n += bounds[i + 1] - bounds[i] + 1;
        }
        return n;
    }

    /** The UIDs, ascending; only for sets known to be small. */
    public List<Long> toList() {
        if (size() > 10_000_000) {
            throw new IllegalStateException("UID set too large to enumerate");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            for (long u = bounds[i]; u <= bounds[i + 1]; u++) {
                out.add(u);
            }
        }
        return out;
    }

    /** IMAP sequence-set syntax, e.g. {@code 1:4,7}; empty string for the empty set. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bounds.length; i += 2) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(bounds[i]);
            if (bounds[i + 1] != bounds[i]) {
                sb.append(':').append(bounds[i + 1]);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UidSet other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
