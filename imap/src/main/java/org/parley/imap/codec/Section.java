package org.parley.imap.codec;

import java.util.List;

/**
 * A {@code section} of BODY[...] (RFC 9051 §6.4.5 and §9 section-spec): an optional part path
 * such as 1.2.3 and what of that part to return.
 *
 * @param part         part numbers from the root, empty for the whole message
 * @param kind         what to return from the part
 * @param headerFields for {@link Kind#HEADER_FIELDS} and {@link Kind#HEADER_FIELDS_NOT}: field
 *                     names as the client spelled them (match case-insensitively); empty otherwise
 */
public record Section(List<Integer> part, Kind kind, List<String> headerFields) {
    /** {@code BODY[]}: the whole message. */
    public static final Section WHOLE = new Section(List.of(), Kind.CONTENT, List.of());

    public enum Kind {
        /** No section-text: the part's body (with the part number) or the whole message. */
        CONTENT,
        /** The RFC 5322 header of the message or of an embedded message/rfc822 part. */
        HEADER,
        HEADER_FIELDS,
        HEADER_FIELDS_NOT,
        /** The body of the message or of an embedded message/rfc822 part, without its header. */
        TEXT,
        /** The MIME header of the part; needs a part number. */
        MIME
    }

    public Section {
        part = List.copyOf(part);
        headerFields = List.copyOf(headerFields);
        if (kind == Kind.MIME && part.isEmpty()) {
            throw new IllegalArgumentException("MIME needs a part number");
        }
        if ((kind == Kind.HEADER_FIELDS || kind == Kind.HEADER_FIELDS_NOT) == headerFields.isEmpty()) {
            throw new IllegalArgumentException("header field list must be given exactly for HEADER.FIELDS[.NOT]");
        }
    }

    /** The section-spec as it goes between the brackets of a FETCH response, e.g. {@code 1.HEADER}. */
    public String toImap() {
        StringBuilder sb = new StringBuilder();
        for (int n : part) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(n);
        }
        String text = switch (kind) {
            case CONTENT -> "";
            case HEADER -> "HEADER";
            case HEADER_FIELDS -> "HEADER.FIELDS";
            case HEADER_FIELDS_NOT -> "HEADER.FIELDS.NOT";
            case TEXT -> "TEXT";
            case MIME -> "MIME";
        };
        if (!text.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(text);
        }
        if (!headerFields.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < headerFields.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(ImapWriter.astringText(headerFields.get(i)));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
