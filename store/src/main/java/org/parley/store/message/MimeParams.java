package org.parley.store.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * A structured MIME header value with parameters: Content-Type (RFC 2045 §5.1) and
 * Content-Disposition (RFC 2183 §2). Parsing is lenient: comments are skipped, unquoted values may
 * hold spaces, a parameter without "=" is dropped, the first of duplicate names wins. RFC 2231
 * extended and continued parameters are decoded.
 *
 * @param value  the value before the first ";", comments and whitespace removed, as found
 * @param params lower-case names in header order; values decoded (RFC 2231) and shown as text
 * @param raw    the same parameters byte-preserving (one char per byte), before any decoding; the
 *               multipart boundary must come from here so that it matches the body's bytes
 */
record MimeParams(String value, Map<String, String> params, Map<String, String> raw) {
    /** RFC 2231 §3 continuations are numbered; this bounds the numbers we accept. */
    private static final int MAX_SEGMENT = 999;

    /** Parses a byte-per-char header value (as {@link HeaderText#latin1Value} gives it). */
    static MimeParams parse(String latin1, int maxParams) {
        Cursor c = new Cursor(latin1);
        StringBuilder value = new StringBuilder();
        while (!c.atEnd() && c.peek() != ';') {
            char ch = c.peek();
            if (ch == '(') {
                c.skipComment();
            } else if (ch == '"') {
                value.append(c.quoted());
            } else {
                if (!Character.isWhitespace(ch)) {
                    value.append(ch);
                }
                c.next();
            }
        }
        List<String[]> list = new ArrayList<>();
        while (!c.atEnd() && list.size() < maxParams) {
            c.next(); // ';'
            c.skipCfws();
            StringBuilder name = new StringBuilder();
            while (!c.atEnd() && c.peek() != '=' && c.peek() != ';') {
                char ch = c.peek();
                if (ch == '(') {
                    c.skipComment();
                } else {
                    if (!Character.isWhitespace(ch)) {
                        name.append(ch);
                    }
                    c.next();
                }
            }
            if (c.atEnd() || c.peek() == ';') {
                continue; // no "=": not a parameter
            }
            c.next(); // '='
            c.skipCfws();
            String v;
            if (!c.atEnd() && c.peek() == '"') {
                v = c.quoted();
                while (!c.atEnd() && c.peek() != ';') {
                    c.next(); // junk after the quoted string
                }
            } else {
                StringBuilder sb = new StringBuilder();
                while (!c.atEnd() && c.peek() != ';') {
                    if (c.peek() == '(') {
                        c.skipComment();
                    } else {
                        sb.append(c.peek());
                        c.next();
                    }
                }
                v = HeaderText.trimWsp(sb.toString());
            }
            String n = HeaderText.asciiLower(name.toString());
            if (!n.isEmpty()) {
                list.add(new String[] {n, v});
            }
        }
        return decode(value.toString(), list);
    }

    /** Joins RFC 2231 §3 continuations and decodes §4 charset'language'%XX values. */
    private static MimeParams decode(String value, List<String[]> list) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, Object> order = new LinkedHashMap<>(); // base name -> plain value or segments
        for (String[] p : list) {
            raw.putIfAbsent(p[0], p[1]);
            String name = p[0];
            int star = name.indexOf('*');
            if (star <= 0) {
                order.putIfAbsent(name, p[1]);
                continue;
            }
            String base = name.substring(0, star);
            String rest = name.substring(star + 1);
            boolean encoded;
            int number;
            if (rest.isEmpty()) { // name*=charset'lang'value (RFC 2231 §4)
                encoded = true;
                number = 0;
            } else {
                encoded = rest.endsWith("*");
                String digits = encoded ? rest.substring(0, rest.length() - 1) : rest;
                number = segmentNumber(digits);
                if (number < 0) {
                    order.putIfAbsent(name, p[1]); // not RFC 2231 after all: keep as named
                    continue;
                }
            }
            Object existing = order.get(base);
            @SuppressWarnings("unchecked")
            TreeMap<Integer, String[]> segments = existing instanceof TreeMap<?, ?> t
                    ? (TreeMap<Integer, String[]>) t
                    : new TreeMap<>();
            segments.putIfAbsent(number, new String[] {encoded ? "*" : "", p[1]});
            // RFC 2231 wins over a plain parameter of the same name; its place stays the first seen
            order.put(base, segments);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : order.entrySet()) {
            if (e.getValue() instanceof String s) {
                params.put(e.getKey(), HeaderText.text(s));
            } else {
                @SuppressWarnings("unchecked")
                TreeMap<Integer, String[]> segments = (TreeMap<Integer, String[]>) e.getValue();
                params.put(e.getKey(), joinSegments(segments));
            }
        }
        return new MimeParams(value, Collections.unmodifiableMap(params), Collections.unmodifiableMap(raw));
    }

    private static int segmentNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 3) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(digits);
        return n <= MAX_SEGMENT ? n : -1;
    }

    private static String joinSegments(TreeMap<Integer, String[]> segments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Charset charset = null;
        boolean first = true;
        int expected = segments.firstKey();
        for (Map.Entry<Integer, String[]> e : segments.entrySet()) {
            if (e.getKey() != expected) {
                break; // RFC 2231 §3: continuations must be consecutive; stop at a gap
            }
            expected++;
            String text = e.getValue()[1];
            if (e.getValue()[0].equals("*")) {
                if (first) {
                    int q1 = text.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : text.indexOf('\'', q1 + 1);
                    if (q2 >= 0) {
                        charset = lookupCharset(text.substring(0, q1));
                        text = text.substring(q2 + 1);
                    }
                }
                percentDecode(text, bytes);
            } else {
                bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
            }
            first = false;
        }
        byte[] b = bytes.toByteArray();
        if (charset != null) {
            try {
                return new String(b, charset);
            } catch (RuntimeException e) {
                // a charset Java cannot decode with: fall through to the raw bytes
            }
        }
        return HeaderText.text(new String(b, StandardCharsets.ISO_8859_1));
    }

    private static void percentDecode(String s, ByteArrayOutputStream out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c & 0xff);
            }
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** A MIME charset name as Java knows it (mime4j's alias table first), or null. */
    static Charset lookupCharset(String name) {
        if (name == null) {
            return null;
        }
        String n = HeaderText.trimWsp(name);
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1).trim();
        }
        if (n.isEmpty()) {
            return null;
        }
        try {
            Charset c = CharsetUtil.lookup(n);
            if (c != null) {
                return c;
            }
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null; // an illegal charset name is an unknown charset
        }
    }

    /** Reads through a header value, skipping comments and decoding quoted strings. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return s.charAt(pos);
        }

        void next() {
            pos++;
        }

        void skipCfws() {
            while (!atEnd()) {
                char c = peek();
                if (c == '(') {
                    skipComment();
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else {
                    return;
                }
            }
        }

        /** RFC 5322 §3.2.2 comments nest and may hold quoted-pairs; unterminated ones end the value. */
        void skipComment() {
            int depth = 0;
            while (!atEnd()) {
                char c = s.charAt(pos++);
                if (c == '\\' && !atEnd()) {
                    pos++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return;
                }
            }
        }

        /** RFC 5322 §3.2.4 quoted-string without its quotes and backslashes; unterminated runs to the end. */
        String quoted() {
            StringBuilder sb = new StringBuilder();
            pos++; // opening quote
            while (!atEnd()) {
                char c = s.charAt(pos++);
                if (c == '\\' && !atEnd()) {
                    sb.append(s.charAt(pos++));
                } else if (c == '"') {
                    break;
                } else if (c != '\r' && c != '\n') {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }
}
