package org.parley.store.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one RFC 5322 header block, located exactly in a byte array, and where the body
 * after it starts. Used at append (structure) and at FETCH (HEADER.FIELDS), so both agree on what a
 * field is.
 *
 * <p>A line ends at LF (CRLF or bare LF, RFC 5322 §2.1 and real-world bare-LF mail). The header ends
 * at the first empty line ({@code "\n"} or {@code "\r\n"}), which belongs to the header; without one
 * the header runs to the end of the region and the body is empty. A line starting with SP or HT
 * continues the previous field (RFC 5322 §2.2.3); any other line starts a field, whose name is the
 * text before its colon (obs-field: trailing WSP ignored, RFC 5322 §4.5). A line without a usable
 * name (no colon, or characters outside ftext) is kept as a nameless field: it is never lost from
 * the byte accounting and never matches a name.
 */
final class HeaderBlock {
    /**
     * One field: {@code [start, end)} spans its first line through its last continuation line with
     * their line endings; {@code valueStart} is just after the colon ({@code start} when nameless).
     */
    record Field(String name, int start, int valueStart, int end) {
        boolean named(String other) {
            return name != null && name.equalsIgnoreCase(other);
        }
    }

    private final byte[] bytes;
    private final List<Field> fields;
    private final int blankLineStart;
    private final int bodyStart;

    private HeaderBlock(byte[] bytes, List<Field> fields, int blankLineStart, int bodyStart) {
        this.bytes = bytes;
        this.fields = fields;
        this.blankLineStart = blankLineStart;
        this.bodyStart = bodyStart;
    }

    /**
     * Splits {@code bytes[from, to)}. At most {@code maxFields} fields are recorded; the scan for
     * the blank line always runs to its end so that {@link #bodyStart()} stays exact.
     */
    static HeaderBlock scan(byte[] bytes, int from, int to, int maxFields) {
        List<Field> fields = new ArrayList<>();
        int pos = from;
        int fieldStart = -1;
        int fieldValue = -1;
        String fieldName = null;
        while (pos < to) {
            int lf = indexOf(bytes, (byte) '\n', pos, to);
            int next = lf < 0 ? to : lf + 1;
            int len = next - pos;
            boolean empty = lf >= 0 && (len == 1 || (len == 2 && bytes[pos] == '\r'));
            if (empty) {
                addField(fields, maxFields, fieldName, fieldStart, fieldValue, pos);
                return new HeaderBlock(bytes, List.copyOf(fields), pos, next);
            }
            byte first = bytes[pos];
            if ((first == ' ' || first == '\t') && fieldStart >= 0) {
                pos = next; // RFC 5322 §2.2.3: a folded continuation line
                continue;
            }
            addField(fields, maxFields, fieldName, fieldStart, fieldValue, pos);
            fieldStart = pos;
            int colon = indexOf(bytes, (byte) ':', pos, lf < 0 ? to : lf);
            fieldName = colon < 0 ? null : fieldName(bytes, pos, colon);
            fieldValue = fieldName == null ? pos : colon + 1;
            pos = next;
        }
        addField(fields, maxFields, fieldName, fieldStart, fieldValue, to);
        return new HeaderBlock(bytes, List.copyOf(fields), -1, to);
    }

    private static void addField(List<Field> fields, int max, String name, int start, int value, int end) {
        if (start >= 0 && fields.size() < max) {
            fields.add(new Field(name, start, value, end));
        }
    }

    /** RFC 5322 §3.6.8 ftext, with obs-field's WSP before the colon tolerated (§4.5). */
    private static String fieldName(byte[] b, int start, int colon) {
        int end = colon;
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (end == start) {
            return null;
        }
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xff;
            if (c < 33 || c > 126) {
                return null;
            }
        }
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] b, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    byte[] bytes() {
        return bytes;
    }

    List<Field> fields() {
        return fields;
    }

    /** Start of the empty line that ends the header, or -1 when the header is not terminated. */
    int blankLineStart() {
        return blankLineStart;
    }

    /** Where the body starts: after the empty line, or the end of the region without one. */
    int bodyStart() {
        return bodyStart;
    }

    /** The first field with this name (case-insensitive), or null. */
    Field first(String name) {
        for (Field f : fields) {
            if (f.named(name)) {
                return f;
            }
        }
        return null;
    }

    /** The value of the first field with this name as {@link HeaderText#value} gives it, or null. */
    String firstValue(String name) {
        Field f = first(name);
        return f == null ? null : HeaderText.value(bytes, f);
    }

    /** Like {@link #firstValue} but byte-preserving (ISO-8859-1), for structural parsing. */
    String firstLatin1(String name) {
        Field f = first(name);
        return f == null ? null : HeaderText.latin1Value(bytes, f);
    }
}
