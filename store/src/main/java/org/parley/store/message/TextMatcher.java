package org.parley.store.message;

import java.util.Objects;

/**
 * Case-insensitive substring matching for IMAP SEARCH string keys (RFC 9051 §6.4.4: a message
 * matches when the key is a substring of the field, ignoring case). Case is folded per code point
 * (lower case of upper case, Java's simple Unicode case mapping, so {@code É}/{@code é} and
 * {@code K}/Kelvin sign match); nothing else is normalized: no accent stripping, no white-space
 * squeezing. The empty key matches everything. Immutable and thread-safe.
 */
public final class TextMatcher {
    private final String needle;

    private TextMatcher(String needle) {
        this.needle = needle;
    }

    public static TextMatcher of(String key) {
        return new TextMatcher(fold(Objects.requireNonNull(key, "key")));
    }

    /** Whether the key occurs in {@code text}; null text never matches. */
    public boolean matches(String text) {
        return text != null && fold(text).contains(needle);
    }

    /** Whether the key occurs in any of the texts. */
    public boolean matchesAny(Iterable<String> texts) {
        for (String t : texts) {
            if (matches(t)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }
}
