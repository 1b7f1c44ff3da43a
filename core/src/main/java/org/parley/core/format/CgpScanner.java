package org.parley.core.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Locale;

/**
 * The scalar tokens of the CGP format (atoms, quoted strings, data blocks and the {@code #} objects)
 * and the char classes, over one text with a moving position. {@link CgpReader} adds containers,
 * limits and the CLI word operations on top.
 */
final class CgpScanner {
    final String text;
    int pos;

    CgpScanner(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    String atom() throws CgpSyntaxException {
        int start = pos;
        while (pos < text.length() && isAtomChar(text.charAt(pos))) {
            pos++;
        }
        requireWellFormed(start, pos);
        return text.substring(start, pos);
    }

    /**
     * Rejects an unpaired surrogate in {@code text[from, to)}: it cannot be encoded as UTF-8, so the
     * printer could not write the value back.
     */
    void requireWellFormed(int from, int to) throws CgpSyntaxException {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CgpSyntaxException("unpaired surrogate " + describe(c), i);
            }
        }
    }

    String quoted() throws CgpSyntaxException {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        ByteArrayOutputStream escaped = new ByteArrayOutputStream(); // a run of \nnn bytes, decoded as UTF-8 when it ends
        int escapedAt = -1;
        while (true) {
            if (pos >= text.length()) {
                throw new CgpSyntaxException("unterminated quoted string", start);
            }
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
                if (pos + 3 >= text.length() || !isDigit(text.charAt(pos + 2)) || !isDigit(text.charAt(pos + 3))) {
                    throw new CgpSyntaxException("escape \\nnn needs exactly three decimal digits", pos);
                }
                int b = Integer.parseInt(text, pos + 1, pos + 4, 10);
                if (b > 255) {
                    throw new CgpSyntaxException("escape \\" + b + " is not a byte value", pos);
                }
                if (escaped.size() == 0) {
                    escapedAt = pos;
                }
                escaped.write(b);
                pos += 4;
                continue;
            }
            appendEscapedBytes(escaped, escapedAt, sb);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    throw new CgpSyntaxException("unterminated quoted string", start);
                }
                char e = text.charAt(pos + 1);
                sb.append(switch (e) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'e' -> '\n'; // the "system end-of-line": Parley's is LF
                    default -> throw new CgpSyntaxException("unknown escape \\" + describeBare(e), pos);
                });
                pos += 2;
            } else if (c < 0x20 && c != '\t') {
                throw new CgpSyntaxException(describe(c) + " in quoted string", pos);
            } else if (Character.isSurrogate(c)) {
                requireWellFormed(pos, Math.min(pos + 2, text.length()));
                sb.append(c).append(text.charAt(pos + 1));
                pos += 2;
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private static void appendEscapedBytes(ByteArrayOutputStream bytes, int at, StringBuilder sb) throws CgpSyntaxException {
        if (bytes.size() == 0) {
            return;
        }
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        for (byte b : raw) {
            if (b == 0) {
                // Strings never contain a zero byte (CGP Data Formats); PostgreSQL text could not store one.
                throw new CgpSyntaxException("NUL character in string", at);
            }
        }
        try {
            sb.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)));
        } catch (CharacterCodingException e) {
            throw new CgpSyntaxException("invalid UTF-8 in \\nnn escapes", at);
        }
    }

    byte[] dataBlock() throws CgpSyntaxException {
        int start = pos++;
        StringBuilder b64 = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new CgpSyntaxException("unterminated data block", start);
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                break;
            }
            if (isWhitespace(c)) {
                continue; // multi-line files may wrap long blocks
            }
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c)
                    || c == '+' || c == '/' || c == '=';
            if (!base64) {
                throw new CgpSyntaxException("invalid base64 in data block", pos - 1);
            }
            b64.append(c);
        }
        try {
            return Base64.getDecoder().decode(b64.toString());
        } catch (IllegalArgumentException e) {
            throw new CgpSyntaxException("invalid base64 in data block", start);
        }
    }

    Object hashObject() throws CgpSyntaxException {
        int start = pos;
        if (text.startsWith("#NULL#", pos)) {
            pos += 6;
            return CgpNull.NULL;
        }
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (next == 'T') {
            return timestamp();
        }
        if (next == 'I' && text.startsWith("#I[", pos)) {
            return ip();
        }
        if (next == '-' || isDigit(next)) {
            return number();
        }
        throw new CgpSyntaxException("expected #number, #T, #I[ or #NULL# after '#'", start);
    }

    private Long number() throws CgpSyntaxException {
        int start = pos++;
        boolean negative = text.charAt(pos) == '-';
        if (negative) {
            pos++;
        }
        int digitsAt = pos;
        long v = 0; // accumulated negatively so Long.MIN_VALUE fits
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            try {
                v = Math.subtractExact(Math.multiplyExact(v, 10), text.charAt(pos) - '0');
            } catch (ArithmeticException e) {
                throw new CgpSyntaxException("number out of range", start);
            }
            pos++;
        }
        if (pos == digitsAt || (pos < text.length() && isAtomChar(text.charAt(pos)))) {
            throw new CgpSyntaxException("invalid number", start);
        }
        if (negative) {
            return v;
        }
        if (v == Long.MIN_VALUE) {
            throw new CgpSyntaxException("number out of range", start);
        }
        return -v;
    }

    private CgpDate timestamp() throws CgpSyntaxException {
        int start = pos;
        int d = start + 2; // after "#T"
        if (!matches(d, "dd-dd-dddd")) {
            throw new CgpSyntaxException("invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", start);
        }
        int end = d + 10;
        boolean hasTime = end < text.length() && text.charAt(end) == '_';
        if (hasTime) {
            if (!matches(end + 1, "dd:dd:dd")) {
                throw new CgpSyntaxException("invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", start);
            }
            end += 9;
        }
        if (end < text.length() && isAtomChar(text.charAt(end))) {
            throw new CgpSyntaxException("invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", start);
        }
        String written = text.substring(start, end); // only digits and separators, safe to echo
        try {
            LocalDate date = LocalDate.of(digits(d + 6, 4), digits(d + 3, 2), digits(d, 2));
            LocalTime time = hasTime ? LocalTime.of(digits(d + 11, 2), digits(d + 14, 2), digits(d + 17, 2)) : null;
            pos = end;
            return new CgpDate(date, time);
        } catch (DateTimeException e) {
            throw new CgpSyntaxException("invalid date " + written, start);
        }
    }

    private CgpIp ip() throws CgpSyntaxException {
        int start = pos;
        int close = -1;
        for (int i = pos + 3; i < text.length() && i <= pos + 3 + CgpIp.MAX_ADDRESS_LENGTH; i++) {
            if (text.charAt(i) == ']') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new CgpSyntaxException("invalid IP address", start);
        }
        String address = text.substring(pos + 3, close);
        if (!CgpIp.isValidAddress(address)) {
            throw new CgpSyntaxException("invalid IP address", start);
        }
        pos = close + 1;
        int port = -1;
        if (pos < text.length() && text.charAt(pos) == ':') {
            int portAt = ++pos;
            port = 0;
            while (pos < text.length() && isDigit(text.charAt(pos)) && pos - portAt < 6) {
                port = port * 10 + (text.charAt(pos++) - '0');
            }
            if (pos == portAt || port > 65535 || (pos < text.length() && isAtomChar(text.charAt(pos)))) {
                throw new CgpSyntaxException("invalid port", portAt);
            }
        } else if (pos < text.length() && isAtomChar(text.charAt(pos))) {
            throw new CgpSyntaxException("invalid IP address", start);
        }
        return new CgpIp(address, port);
    }

    CgpSyntaxException expected(String what) {
        if (pos >= text.length()) {
            return new CgpSyntaxException("expected " + what + " but found end of input", pos);
        }
        return new CgpSyntaxException("expected " + what + " but found " + describe(text.charAt(pos)), pos);
    }

    /** {@code pattern}: 'd' is a decimal digit, anything else must match literally. */
    private boolean matches(int at, String pattern) {
        if (at + pattern.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            char c = text.charAt(at + i);
            if (p == 'd' ? !isDigit(c) : c != p) {
                return false;
            }
        }
        return true;
    }

    private int digits(int at, int count) {
        return Integer.parseInt(text, at, at + count, 10); // callers checked they are ASCII digits
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Atom chars: ASCII letters and digits, {@code - _ . @ ! % : / + * ~ #} and every char from U+0080 on. */
    static boolean isAtomChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c >= 0x80
                || "-_.@!%:/+*~#".indexOf(c) >= 0;
    }

    /** An atom may not start with {@code #}, which introduces numbers, timestamps, IPs and null. */
    static boolean isAtomStart(char c) {
        return c != '#' && isAtomChar(c);
    }

    /** A char for an error message: printable ASCII quoted, anything else as U+XXXX. */
    static String describe(char c) {
        return c > 0x20 && c < 0x7F ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String describeBare(char c) {
        return c > 0x20 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
