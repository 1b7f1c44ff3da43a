package org.parley.store.message;

/**
 * The {@code i;ascii-casemap} collation (RFC 4790 §9.2), which IMAP SORT uses by default
 * (RFC 5256 §2.3): ASCII letters compare case-insensitively, every other character by its octets.
 * Use it to compare {@link ParsedMessage#baseSubject()}, {@code displayFrom} and {@code displayTo}
 * (stored unfolded); {@code sortFrom}, {@code sortTo} and {@code sortCc} are stored already folded.
 * Stateless and thread-safe.
 */
public final class AsciiCasemap {
    private AsciiCasemap() {}

    /** Maps A–Z to a–z and leaves every other character alone; null stays null. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    char d = chars[j];
                    if (d >= 'A' && d <= 'Z') {
                        chars[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }

    /**
     * Compares as {@code i;ascii-casemap} does: the folded strings by code point, which is the
     * order of their UTF-8 octets (unlike {@link String#compareTo}, which orders UTF-16 units).
     */
    public static int compare(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
