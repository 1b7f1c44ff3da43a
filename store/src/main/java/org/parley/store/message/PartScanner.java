package org.parley.store.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the MIME tree of a raw message with exact byte offsets (RFC 2045/2046, RFC 9051 §6.4.5).
 *
 * <p>Boundaries: a delimiter line starts at a line start with {@code "--" boundary}, followed by
 * {@code "--"} (close delimiter), transport padding, a line break or the end of the region
 * (RFC 2046 §5.1.1). Requiring that keeps {@code --abc} from matching inside {@code --abcdef}, so a
 * boundary that prefixes another one still works. The CRLF (or bare LF) before a delimiter belongs
 * to the delimiter. A part ends at the next delimiter of its parent or at the end of the parent's
 * region: a missing close delimiter or a truncated message leaves the last part running to the
 * end. Text after the close delimiter is the epilogue and belongs to no child.
 *
 * <p>Limits: beyond {@code maxDepth} nesting levels or {@code maxParts} parts, multiparts and
 * messages are not descended into (they get placeholders, see {@link BodyPart}).
 */
final class PartScanner {
    /** One parsed entity with the header block it was read from (the envelope needs it). */
    record Scanned(BodyPart part, HeaderBlock header) {}

    private static final int MAX_PARAMS = 64;

    private final byte[] raw;
    private final MessageParser.Limits limits;
    private int parts;

    PartScanner(byte[] raw, MessageParser.Limits limits) {
        this.raw = raw;
        this.limits = limits;
    }

    /**
     * Parses the entity in {@code raw[start, limit)}: a whole message, the body of a message/rfc822
     * part, or one part of a multipart.
     */
    Scanned entity(int start, int limit, int depth, boolean digestChild) {
        parts++;
        HeaderBlock h = HeaderBlock.scan(raw, start, limit, limits.maxHeaderFields());
        int bodyStart = h.bodyStart();

        // RFC 2046 §5.1.5: in multipart/digest the default is message/rfc822, else text/plain
        // (RFC 2045 §5.2), which also stands in for a syntactically invalid Content-Type.
        String type = digestChild ? "message" : "text";
        String subtype = digestChild ? "rfc822" : "plain";
        Map<String, String> params = Map.of();
        String boundary = null;
        String contentType = h.firstLatin1("Content-Type");
        if (contentType != null) {
            MimeParams ct = MimeParams.parse(contentType, MAX_PARAMS);
            String value = HeaderText.asciiLower(ct.value());
            int slash = value.indexOf('/');
            String t = slash < 0 ? value : value.substring(0, slash);
            String s = slash < 0 ? "" : value.substring(slash + 1);
            if (isToken(t) && isToken(s)) {
                type = t;
                subtype = s;
                params = ct.params();
                boundary = ct.raw().get("boundary");
            } else if (t.equals("text") && s.isEmpty()) {
                type = "text"; // lenient: "Content-Type: text; charset=…" keeps its charset
                subtype = "plain";
                params = ct.params();
            }
        }
        String encoding = encoding(h.firstLatin1("Content-Transfer-Encoding"));
        String disposition = null;
        Map<String, String> dispositionParams = Map.of();
        String cd = h.firstLatin1("Content-Disposition");
        if (cd != null) {
            MimeParams d = MimeParams.parse(cd, MAX_PARAMS);
            String value = HeaderText.asciiLower(d.value());
            if (!value.isEmpty()) {
                disposition = HeaderText.text(value);
                dispositionParams = d.params();
            }
        }

        List<BodyPart> children = List.of();
        Envelope envelope = null;
        BodyPart message = null;
        boolean descend = depth < limits.maxDepth() && parts < limits.maxParts();
        boolean isMessage = type.equals("message") && (subtype.equals("rfc822") || subtype.equals("global"));
        if (type.equals("multipart")) {
            if (descend && boundary != null && !boundary.isEmpty()) {
                children = children(bodyStart, limit, boundary, depth + 1, subtype.equals("digest"));
            }
            if (children.isEmpty()) {
                children = List.of(placeholder(bodyStart)); // RFC 9051 body-type-mpart needs 1*body
            }
        } else if (isMessage) {
            // RFC 2046 §5.2.1: only identity encodings are allowed for message/rfc822; an encoded
            // one has no byte offsets to give, so like a too-deep one it gets a placeholder.
            if (descend && isIdentity(encoding)) {
                Scanned nested = entity(bodyStart, limit, depth + 1, false);
                envelope = EnvelopeBuilder.of(nested.header(), limits.maxAddressesPerField());
                message = nested.part();
            } else {
                envelope = new Envelope(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
                message = placeholder(bodyStart);
            }
        }
        long lines = type.equals("text") || isMessage ? countLines(bodyStart, limit) : 0;
        BodyPart part = new BodyPart(
                type,
                subtype,
                params,
                h.firstValue("Content-ID"),
                h.firstValue("Content-Description"),
                encoding,
                limit - bodyStart,
                lines,
                h.firstValue("Content-MD5"),
                disposition,
                dispositionParams,
                languages(h.firstValue("Content-Language")),
                location(h.firstValue("Content-Location")),
                children,
                envelope,
                message,
                start,
                bodyStart,
                limit);
        return new Scanned(part, h);
    }

    private List<BodyPart> children(int bodyStart, int limit, String boundary, int depth, boolean digest) {
        byte[] b = boundary.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        List<BodyPart> out = new ArrayList<>();
        long[] d = findDelimiter(bodyStart, limit, b);
        while (d != null && d[2] == 0 && parts < limits.maxParts()) {
            int partStart = (int) d[1];
            long[] next = findDelimiter(partStart, limit, b);
            int partEnd = next == null ? limit : delimiterLineBreak((int) next[0], partStart);
            out.add(entity(partStart, partEnd, depth, digest).part());
            d = next;
        }
        return out;
    }

    /**
     * The next delimiter line at or after the line start {@code from}: {start, end of its line,
     * 1 if it is the close delimiter}; null when there is none before {@code limit}.
     */
    private long[] findDelimiter(int from, int limit, byte[] boundary) {
        int need = 2 + boundary.length;
        int p = from;
        while (p < limit) {
            if (limit - p >= need && raw[p] == '-' && raw[p + 1] == '-' && matches(p + 2, boundary)) {
                int q = p + need;
                boolean close = q + 1 < limit && raw[q] == '-' && raw[q + 1] == '-';
                if (close || q == limit || raw[q] == ' ' || raw[q] == '\t' || raw[q] == '\r' || raw[q] == '\n') {
                    int lf = HeaderBlock.indexOf(raw, (byte) '\n', q, limit);
                    return new long[] {p, lf < 0 ? limit : lf + 1, close ? 1 : 0};
                }
            }
            int lf = HeaderBlock.indexOf(raw, (byte) '\n', p, limit);
            if (lf < 0) {
                return null;
            }
            p = lf + 1;
        }
        return null;
    }

    private boolean matches(int at, byte[] boundary) {
        for (int i = 0; i < boundary.length; i++) {
            if (raw[at + i] != boundary[i]) {
                return false;
            }
        }
        return true;
    }

    /** RFC 2046 §5.1.1: the line break before a delimiter is part of the delimiter. */
    private int delimiterLineBreak(int delimiter, int floor) {
        int e = delimiter;
        if (e > floor && raw[e - 1] == '\n') {
            e--;
            if (e > floor && raw[e - 1] == '\r') {
                e--;
            }
        }
        return e;
    }

    /** Body lines: line feeds, plus one for a last line without one (RFC 9051 body-fld-lines). */
    private long countLines(int from, int to) {
        long lines = 0;
        for (int i = from; i < to; i++) {
            if (raw[i] == '\n') {
                lines++;
            }
        }
        if (to > from && raw[to - 1] != '\n') {
            lines++;
        }
        return lines;
    }

    /** An empty text/plain part standing in where the tree needs a part that the bytes lack. */
    private static BodyPart placeholder(int at) {
        return new BodyPart("text", "plain", Map.of(), null, null, "7bit", 0, 0, null, null, Map.of(),
                List.of(), null, List.of(), null, null, at, at, at);
    }

    /** RFC 2045 §6.1 mechanism, lower-case, comments dropped; "7bit" when absent or empty. */
    private static String encoding(String latin1) {
        if (latin1 == null) {
            return "7bit";
        }
        MimeParams p = MimeParams.parse(latin1, 0);
        String value = HeaderText.asciiLower(p.value());
        return value.isEmpty() ? "7bit" : HeaderText.text(value);
    }

    static boolean isIdentity(String encoding) {
        return encoding.equals("7bit") || encoding.equals("8bit") || encoding.equals("binary");
    }

    /** RFC 2045 §5.1 token: printable ASCII except SPACE and tspecials. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3282 Content-Language: a comma-separated list of tags, comments dropped. */
    private static List<String> languages(String value) {
        if (value == null) {
            return List.of();
        }
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String tag : sb.toString().split(",")) {
            if (!tag.isEmpty() && out.size() < MAX_PARAMS) {
                out.add(tag);
            }
        }
        return out;
    }

    /** RFC 2557 §4.4.2: white space that folding left inside the URI is removed. */
    private static String location(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
