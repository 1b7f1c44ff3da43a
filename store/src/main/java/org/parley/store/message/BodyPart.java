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
 *
 * <p>Details of what the parser stores:
 * <ul>
 *   <li>A header without a blank line runs to the end of the part: {@code bodyStart == end}.
 *   <li>{@code lines}: line feeds in the body, plus one when the body does not end with one.
 *   <li>An invalid Content-Type counts as absent (RFC 2045 §5.2), except that a bare {@code text}
 *       becomes text/plain and keeps its parameters.
 *   <li>{@code encoding}: lower-case mechanism, {@code "7bit"} when absent (RFC 2045 §6.1);
 *       IMAP sends it upper-cased by convention.
 *   <li>{@code id}, {@code description}, {@code md5}: the header values unfolded and trimmed, not
 *       MIME-decoded; {@code location} with folding white space removed (RFC 2557 §4.4.2);
 *       {@code disposition} lower-case; {@code language} the comma-separated tags.
 *   <li>Header text is UTF-8 when its bytes are valid UTF-8 (RFC 6532), else ISO-8859-1.
 *   <li>A multipart with no parts (no boundary parameter, no delimiter in the body, or beyond the
 *       parser's limits) gets one placeholder child: an empty text/plain part located at its
 *       {@code bodyStart}, as Dovecot reports such multiparts (IMAP needs at least one child).
 *   <li>A message/rfc822 or message/global part that cannot be descended into (base64 or
 *       quoted-printable encoded, which RFC 2046 §5.2.1 forbids, or beyond the limits) still has
 *       an envelope (all fields NIL) and a placeholder {@code message}, so BODYSTRUCTURE stays
 *       well-formed; BODY[n] still returns its raw bytes.
 * </ul>
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

    /** Whether this is a multipart (then {@code children} is non-empty). */
    public boolean isMultipart() {
        return "multipart".equals(type);
    }

    /** Whether an encapsulated message is attached ({@code envelope} and {@code message} set). */
    public boolean isMessage() {
        return message != null;
    }

    public boolean isText() {
        return "text".equals(type);
    }
}
