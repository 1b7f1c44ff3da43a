package org.parley.store.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one message as IMAP SEARCH matches it (RFC 9051 §6.4.4): decoded header values,
 * all header text, and the decoded text of its text/* parts. Match with {@link TextMatcher}.
 *
 * <p>Decoding: RFC 2047 encoded-words in headers; the transfer encoding and charset of each text
 * part (unknown or missing charsets: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1); HTML
 * parts reduced to their text. Parts inside attached messages count as body text too.
 *
 * <p>Bounded: header text and body text each stop at {@code maxChars} characters, so a huge message
 * costs at most a few times that in memory. Results are computed on first use and kept; an
 * instance serves one evaluation on one thread (not thread-safe).
 */
public final class MessageText {
    /** The default bound: 4 Mi characters of header text and of body text. */
    public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

    private final MessageBytes source;
    private final ParsedMessage message;
    private final int maxChars;
    private byte[] header;
    private HeaderBlock block;
    private String headerText;
    private String partHeaderText;
    private String bodyText;

    private MessageText(MessageBytes source, ParsedMessage message, int maxChars) {
        this.source = Objects.requireNonNull(source, "source");
        this.message = Objects.requireNonNull(message, "message");
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars < 0");
        }
        this.maxChars = maxChars;
    }

    public static MessageText of(MessageBytes source, ParsedMessage message) {
        return new MessageText(source, message, DEFAULT_MAX_CHARS);
    }

    public static MessageText of(MessageBytes source, ParsedMessage message, int maxChars) {
        return new MessageText(source, message, maxChars);
    }

    /**
     * The values of every top-level header field with this name (case-insensitive), in order,
     * unfolded, trimmed and RFC 2047-decoded; empty when there is none (for SEARCH HEADER, FROM,
     * SUBJECT…).
     */
    public List<String> headerValues(String name) throws IOException {
        HeaderBlock h = block();
        List<String> values = new ArrayList<>();
        for (HeaderBlock.Field f : h.fields()) {
            if (f.named(name)) {
                values.add(HeaderText.decodeWords(HeaderText.value(h.bytes(), f)));
            }
        }
        return values;
    }

    /** Every top-level header field as {@code "Name: decoded value\n"} (for SEARCH TEXT). */
    public String headerText() throws IOException {
        if (headerText == null) {
            StringBuilder sb = new StringBuilder();
            appendFields(block(), sb);
            headerText = sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString();
        }
        return headerText;
    }

    /**
     * The header fields of every part below the top level, as {@link #headerText()} writes them:
     * MIME part headers and the headers of attached messages, in document order. RFC 9051 §6.4.4
     * counts them for SEARCH TEXT ("in the header (including MIME header fields) or body").
     */
    public String partHeaderText() throws IOException {
        if (partHeaderText == null) {
            StringBuilder sb = new StringBuilder();
            appendPartHeaders(message.body(), true, sb);
            partHeaderText = sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString();
        }
        return partHeaderText;
    }

    private void appendPartHeaders(BodyPart part, boolean root, StringBuilder sb) throws IOException {
        if (sb.length() >= maxChars) {
            return;
        }
        if (!root && part.bodyStart() > part.headerStart()) {
            int room = maxChars - sb.length();
            int len = (int) Math.min(part.bodyStart() - part.headerStart(), (long) room * 4);
            byte[] bytes = source.read(part.headerStart(), len);
            appendFields(HeaderBlock.scan(bytes, 0, bytes.length, MessageParser.Limits.DEFAULT.maxHeaderFields()), sb);
        }
        if (part.isMultipart()) {
            for (BodyPart child : part.children()) {
                appendPartHeaders(child, false, sb);
            }
        } else if (part.isMessage() && part.message() != null) {
            appendPartHeaders(part.message(), false, sb);
        }
    }

    private void appendFields(HeaderBlock h, StringBuilder sb) {
        for (HeaderBlock.Field f : h.fields()) {
            if (sb.length() >= maxChars) {
                break;
            }
            if (f.name() != null) {
                sb.append(f.name()).append(": ");
            }
            sb.append(HeaderText.decodeWords(HeaderText.value(h.bytes(), f))).append('\n');
        }
    }

    /** The decoded text of all text/* parts, separated by line breaks (for SEARCH BODY and TEXT). */
    public String bodyText() throws IOException {
        if (bodyText == null) {
            StringBuilder sb = new StringBuilder();
            appendParts(message.body(), sb);
            bodyText = sb.toString();
        }
        return bodyText;
    }

    private HeaderBlock block() throws IOException {
        if (block == null) {
            BodyPart root = message.body();
            header = source.read(root.headerStart(), Math.toIntExact(root.bodyStart() - root.headerStart()));
            block = HeaderBlock.scan(header, 0, header.length, MessageParser.Limits.DEFAULT.maxHeaderFields());
        }
        return block;
    }

    private void appendParts(BodyPart part, StringBuilder sb) throws IOException {
        if (sb.length() >= maxChars) {
            return;
        }
        if (part.isMultipart()) {
            for (BodyPart child : part.children()) {
                appendParts(child, sb);
            }
        } else if (part.isMessage()) {
            appendParts(part.message(), sb);
        } else if (part.isText() && part.end() > part.bodyStart()) {
            int room = maxChars - sb.length();
            String text = decodeText(part, room);
            if (part.subtype().equals("html")) {
                text = HtmlText.strip(text);
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(text, 0, Math.min(text.length(), Math.max(0, maxChars - sb.length())));
        }
    }

    /** The part's characters, at most {@code room} of them. */
    private String decodeText(BodyPart part, int room) throws IOException {
        // a character takes at most 4 octets in the charsets mail uses; read no more than that
        long maxBytes = Math.min((long) room * 4, Integer.MAX_VALUE - 8);
        byte[] bytes;
        try (InputStream in = TransferDecoding.decodeOrRaw(
                source.open(part.bodyStart(), part.end() - part.bodyStart()), part.encoding())) {
            bytes = in.readNBytes((int) maxBytes);
        }
        String text = decodeCharset(bytes, part.params().get("charset"));
        return text.length() > room ? text.substring(0, room) : text;
    }

    static String decodeCharset(byte[] bytes, String charsetName) {
        Charset charset = MimeParams.lookupCharset(charsetName);
        if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
            // unknown, missing or US-ASCII (often mislabelled 8-bit): best guess from the bytes
            String utf8 = HeaderText.decodeUtf8(bytes, 0, bytes.length);
            return utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (Exception e) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // a charset that cannot decode
        }
    }
}
