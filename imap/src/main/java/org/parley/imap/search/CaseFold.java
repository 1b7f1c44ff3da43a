package org.parley.imap.search;

/**
 * Case folding for SEARCH string keys, the same mapping as {@code TextMatcher} (lower case of upper
 * case per code point, RFC 9051 §6.4.4 "case-insensitive"), kept here so that a text searched by
 * several keys is folded once and each key is a plain {@link String#contains}.
 *
 * <p>TEXT and BODY searches fold every message's whole text, so the Basic Multilingual Plane goes
 * through a table computed once (128 KiB) instead of two case mappings per character;
 * supplementary characters, and the few whose folding leaves the plane, take the general path.
 */
final class CaseFold {
    /** Folded char per BMP char; {@code 0xFFFF} marks "not a single BMP char, use the general path". */
    private static final char[] TABLE = new char[0x10000];
    private static final char GENERAL = 0xFFFF;

    static {
        for (int c = 0; c < 0x10000; c++) {
            int f = Character.isSurrogate((char) c) ? -1 : Character.toLowerCase(Character.toUpperCase(c));
            TABLE[c] = f < 0 || f > 0xFFFF || f == GENERAL ? GENERAL : (char) f;
        }
    }

    private CaseFold() {}

    /** The folded text; {@code s} itself when nothing changes. */
    static String fold(String s) {
        int n = s.length();
        int i = 0;
        // common case first: nothing to fold, no copy
        while (i < n) {
            char c = s.charAt(i);
            if (TABLE[c] != c) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            char f = TABLE[out[i]];
            if (f == GENERAL) {
                return general(s, out, i);
            }
            out[i] = f;
        }
        return new String(out);
    }

    /** Continues from {@code i} code point by code point; {@code out[0..i)} is already folded. */
    private static String general(String s, char[] done, int i) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(done, 0, i);
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
