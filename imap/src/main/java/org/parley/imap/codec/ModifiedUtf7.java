package org.parley.imap.codec;

/**
 * Modified UTF-7 for mailbox names (RFC 3501 §5.1.3, kept by RFC 9051 §5.1.3 for IMAP4rev1
 * clients): printable US-ASCII stands for itself, {@code &} is {@code &-}, any other run of
 * characters is {@code &} + modified base64 (alphabet with {@code ,} for {@code /}, no padding)
 * of its UTF-16 + {@code -}.
 */
public final class ModifiedUtf7 {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private ModifiedUtf7() {}

    /** Encodes a Unicode name; the result is printable US-ASCII. */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && (name.charAt(end) < 0x20 || name.charAt(end) > 0x7e)) {
                end++;
            }
            out.append('&');
            int bits = 0;
            int bitCount = 0;
            for (int k = i; k < end; k++) {
                bits = (bits << 16) | name.charAt(k);
                bitCount += 16;
                while (bitCount >= 6) {
                    bitCount -= 6;
                    out.append(ALPHABET[(bits >> bitCount) & 0x3f]);
                }
            }
            if (bitCount > 0) {
                out.append(ALPHABET[(bits << (6 - bitCount)) & 0x3f]);
            }
            out.append('-');
            i = end;
        }
        return out.toString();
    }

    /**
     * Decodes a modified UTF-7 name.
     *
     * @throws IllegalArgumentException when the text is not valid modified UTF-7: a character
     *         outside printable US-ASCII, an unterminated or malformed base64 run, non-zero
     *         padding bits, an unpaired surrogate, or a printable ASCII character encoded in
     *         base64 (RFC 3501 §5.1.3 forbids that, so each name has one spelling)
     */
    public static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("not printable US-ASCII");
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int dash = text.indexOf('-', i + 1);
            if (dash < 0) {
                throw new IllegalArgumentException("unterminated base64 run");
            }
            if (dash == i + 1) {
                out.append('&');
                i = dash + 1;
                continue;
            }
            decodeRun(text, i + 1, dash, out);
            i = dash + 1;
        }
        return out.toString();
    }

    private static void decodeRun(String text, int start, int end, StringBuilder out) {
        int bits = 0;
        int bitCount = 0;
        StringBuilder run = new StringBuilder();
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                throw new IllegalArgumentException("invalid character in base64 run");
            }
            bits = ((bits << 6) | v) & 0xFFFFFF;
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                run.append((char) ((bits >> bitCount) & 0xFFFF));
            }
        }
        if (bitCount >= 6 || (bits & ((1 << bitCount) - 1)) != 0) {
            throw new IllegalArgumentException("bad padding in base64 run");
        }
        for (int k = 0; k < run.length(); k++) {
            char u = run.charAt(k);
            if (u >= 0x20 && u <= 0x7e) {
                throw new IllegalArgumentException("printable ASCII encoded in base64");
            }
            if (Character.isHighSurrogate(u)) {
                if (k + 1 >= run.length() || !Character.isLowSurrogate(run.charAt(k + 1))) {
                    throw new IllegalArgumentException("unpaired surrogate");
                }
                k++;
            } else if (Character.isLowSurrogate(u)) {
                throw new IllegalArgumentException("unpaired surrogate");
            }
        }
        out.append(run);
    }
}
