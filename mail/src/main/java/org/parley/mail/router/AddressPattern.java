package org.parley.mail.router;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One side (local part or domain) of a Router table pattern: literal text, {@code *} (any run of
 * characters, possibly empty) and digit classes {@code (Nd)} (exactly N digits) and
 * {@code (N+d)} (N or more digits), 1 ≤ N ≤ 99. Matching ignores case. Every {@code *} and digit
 * class captures what it matched; when several splits are possible, each wildcard takes as few
 * characters as it can, left to right. Immutable and thread-safe.
 */
public final class AddressPattern {

    /** Patterns are short; more wildcards than this is a mistake or an attack. */
    static final int MAX_WILDCARDS = 16;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private sealed interface Segment {
    }

    private record Literal(String text) implements Segment {
    }

    private record Star() implements Segment {
    }

    private record Digits(int min, int max) implements Segment {
    }

    private final String source;
    private final List<Segment> segments;
    private final int captures;

    private AddressPattern(String source, List<Segment> segments, int captures) {
        this.source = source;
        this.segments = segments;
        this.captures = captures;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException naming the problem (bad digit class, too many wildcards)
     */
    public static AddressPattern compile(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int captures = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*' || c == '(') {
                if (!literal.isEmpty()) {
                    segments.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                if (++captures > MAX_WILDCARDS) {
                    throw new IllegalArgumentException("more than " + MAX_WILDCARDS + " wildcards in " + text);
                }
                if (c == '*') {
                    if (!segments.isEmpty() && segments.getLast() instanceof Star) {
                        throw new IllegalArgumentException("** is ambiguous in " + text);
                    }
                    segments.add(new Star());
                    i++;
                } else {
                    int close = text.indexOf(')', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unterminated digit class in " + text);
                    }
                    segments.add(digits(text.substring(i + 1, close)));
                    i = close + 1;
                }
            } else if (c == ')') {
                throw new IllegalArgumentException("unbalanced ) in " + text);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            segments.add(new Literal(literal.toString()));
        }
        return new AddressPattern(text, List.copyOf(segments), captures);
    }

    /** {@code Nd} or {@code N+d}. */
    private static Digits digits(String body) {
        boolean open = body.endsWith("+d") || body.endsWith("+D");
        String n = open ? body.substring(0, body.length() - 2)
                : body.endsWith("d") || body.endsWith("D") ? body.substring(0, body.length() - 1) : "";
        if (n.isEmpty() || n.length() > 2 || !n.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || Integer.parseInt(n) == 0) {
            throw new IllegalArgumentException("digit class must be (Nd) or (N+d) with N from 1 to 99: (" + body + ")");
        }
        int count = Integer.parseInt(n);
        return new Digits(count, open ? UNBOUNDED : count);
    }

    /** Number of captures ({@code *} and digit classes) this pattern produces. */
    public int captures() {
        return captures;
    }

    public String source() {
        return source;
    }

    /** The captures in order, or null when {@code input} does not match. */
    public String[] match(String input) {
        // Capture bounds as start/end pairs; strings are cut only once the whole pattern matched.
        int[] bounds = new int[captures * 2];
        if (!match(0, 0, input, bounds, 0, new BitSet())) {
            return null;
        }
        String[] out = new String[captures];
        for (int i = 0; i < captures; i++) {
            out[i] = input.substring(bounds[2 * i], bounds[2 * i + 1]);
        }
        return out;
    }

    private boolean match(int seg, int pos, String s, int[] bounds, int cap, BitSet failed) {
        if (seg == segments.size()) {
            return pos == s.length();
        }
        // Memoize dead ends so many wildcards cannot make matching exponential.
        int key = seg * (s.length() + 1) + pos;
        if (failed.get(key)) {
            return false;
        }
        boolean ok = switch (segments.get(seg)) {
            case Literal l -> s.regionMatches(true, pos, l.text(), 0, l.text().length())
                    && match(seg + 1, pos + l.text().length(), s, bounds, cap, failed);
            case Star st -> {
                bounds[2 * cap] = pos;
                for (int end = pos; end <= s.length(); end++) {
                    bounds[2 * cap + 1] = end;
                    if (match(seg + 1, end, s, bounds, cap + 1, failed)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Digits d -> {
                int run = 0;
                while (pos + run < s.length() && s.charAt(pos + run) >= '0' && s.charAt(pos + run) <= '9') {
                    run++;
                }
                bounds[2 * cap] = pos;
                for (int k = d.min(); k <= Math.min(run, d.max()); k++) {
                    bounds[2 * cap + 1] = pos + k;
                    if (match(seg + 1, pos + k, s, bounds, cap + 1, failed)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
        if (!ok) {
            failed.set(key);
        }
        return ok;
    }

    @Override
    public String toString() {
        return source;
    }
}
