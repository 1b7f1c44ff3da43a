package org.parley.store.message;

import java.util.List;
import java.util.Map;

/**
 * One node of a message's MIME tree with everything BODYSTRUCTURE, BODY[section] and BINARY need,
 * computed once at append (RFC 9051 §7.5.2, RFC 2045–2049).
 *
 * <p>Offsets are byte positions in the raw message: {@code headerStart} is where this part's MIME
 * header begins (for the root: 0), {@code bodyStart} where its body begins (after the blank line),
 * {@code end} where the body ends (exclusive, before the CRLF that precedes the next boundary).
 * {@code size} is {@code end - bodyStart}; {@code lines} counts body lines for text/* and
 * message/rfc822 parts (0 otherwise).
 *
 * <p>{@code type}/{@code subtype} are lower-case as found (defaults text/plain, or message/rfc822
 * inside multipart/digest); {@code params} keeps header order with lower-case names and
 * RFC 2231-decoded values. {@code children} is non-empty only for multipart; {@code envelope} and
 * {@code message} are set only for message/rfc822 (and message/global) parts.
 */
public record BodyPart(
        String type,
        String subtype,
        Map<String, String> params,
        String id,
        String description,
        String encoding,
        long size,
        long lines,
        String md5,
        String disposition,
        Map<String, String> dispositionParams,
        List<String> language,
        String location,
        List<BodyPart> children,
        Envelope envelope,
        BodyPart message,
        long headerStart,
        long bodyStart,
        long end) {
    public BodyPart {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        dispositionParams = dispositionParams == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dispositionParams));
        language = language == null ? List.of() : List.copyOf(language);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isMultipart() {
        return "multipart".equals(type);
    }

    public boolean isMessage() {
        return message != null;
    }

    public boolean isText() {
        return "text".equals(type);
    }
}
