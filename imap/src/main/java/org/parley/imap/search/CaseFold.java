package org.parley.imap.search;

/**
 * Case folding for SEARCH string keys, the same mapping as {@code TextMatcher} (lower case of upper
 * case per code point, RFC 9051 §6.4.4 "case-insensitive"), kept here so that a text searched by
 * several keys is folded once and each key is a plain {@link String#contains}.
 */
final class CaseFold {
    private CaseFold() {}

    /** The folded text; {@code s} itself when nothing changes. */
    static String fold(String s) {
        int n = s.length();
        int i = 0;
        // fast path: leading ASCII without capitals needs no copy
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = null;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                char f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                if (f != c && sb == null) {
                    sb = start(s, i);
                }
                if (sb != null) {
                    sb.append(f);
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && sb == null) {
                sb = start(s, i);
            }
            if (sb != null) {
                sb.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    private static StringBuilder start(String s, int upTo) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, upTo);
        return sb;
    }
}
