package org.parley.store.message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * FETCH sections of a stored message (RFC 9051 §6.4.5, RFC 3516) from its {@link ParsedMessage}
 * and its bytes, without re-parsing it. Stateless and thread-safe.
 *
 * <p>Part paths are the section's part numbers ({@code 4.2.1} is {@code {4, 2, 1}}); the empty
 * path means the message itself. Numbering follows RFC 9051 §6.4.5: a message whose body is not
 * multipart has only part 1, its body; the parts of a multipart are numbered from 1; the parts of
 * a message/rfc822 part are those of its encapsulated message's body (part {@code N.1} is that
 * body itself when it is not multipart). A path that names no part yields {@link Optional#empty()}
 * (the IMAP layer decides how to answer).
 *
 * <p>Ranges: {@code HEADER} and {@code MIME} include the blank line that ends the header (absent
 * only when the header has none); {@code TEXT} and part contents exclude the line break before the
 * next boundary. Bytes are returned as stored (bare-LF messages stay bare-LF).
 */
public final class MessageSections {
    private MessageSections() {}

    /** The part at {@code path}; the empty path gives the root part (the message's body). */
    public static Optional<BodyPart> part(ParsedMessage message, int... path) {
        BodyPart root = message.body();
        if (path.length == 0) {
            return Optional.of(root);
        }
        BodyPart current = null;
        for (int i = 0; i < path.length; i++) {
            int n = path[i];
            if (n < 1) {
                return Optional.empty();
            }
            if (i == 0) {
                current = childOfMessageBody(root, n);
            } else if (current.isMultipart()) {
                current = child(current, n);
            } else if (current.isMessage()) {
                current = childOfMessageBody(current.message(), n);
            } else {
                current = null; // a leaf has no sub-parts
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    private static BodyPart childOfMessageBody(BodyPart body, int n) {
        if (body.isMultipart()) {
            return child(body, n);
        }
        return n == 1 ? body : null; // RFC 9051 §6.4.5: a non-multipart body is part 1
    }

    private static BodyPart child(BodyPart multipart, int n) {
        List<BodyPart> children = multipart.children();
        return n <= children.size() ? children.get(n - 1) : null;
    }

    /** {@code BODY[]}: the whole message. */
    public static ByteRange whole(ParsedMessage message) {
        return new ByteRange(0, message.size());
    }

    /** {@code BODY[path]}: the part's content (for a message/rfc822 part, the whole encapsulated message). */
    public static Optional<ByteRange> content(ParsedMessage message, int... path) {
        if (path.length == 0) {
            return Optional.of(whole(message));
        }
        return part(message, path).map(p -> range(p.bodyStart(), p.end()));
    }

    /** {@code BODY[path.MIME]}: the part's MIME header; the path must not be empty. */
    public static Optional<ByteRange> mime(ParsedMessage message, int... path) {
        if (path.length == 0) {
            return Optional.empty();
        }
        return part(message, path).map(p -> range(p.headerStart(), p.bodyStart()));
    }

    /**
     * {@code BODY[path.HEADER]}: the RFC 5322 header of the message (empty path) or of the message
     * encapsulated in the message/rfc822 part at {@code path}.
     */
    public static Optional<ByteRange> header(ParsedMessage message, int... path) {
        return messageOf(message, path).map(m -> range(m.headerStart(), m.bodyStart()));
    }

    /** {@code BODY[path.TEXT]}: the body of the message, or of the one encapsulated at {@code path}. */
    public static Optional<ByteRange> text(ParsedMessage message, int... path) {
        return messageOf(message, path).map(m -> range(m.bodyStart(), m.end()));
    }

    /** The root part of the message the HEADER/TEXT specifiers refer to at {@code path}. */
    private static Optional<BodyPart> messageOf(ParsedMessage message, int... path) {
        if (path.length == 0) {
            return Optional.of(message.body());
        }
        return part(message, path).filter(BodyPart::isMessage).map(BodyPart::message);
    }

    /**
     * {@code BODY[path.HEADER.FIELDS (names)]}, or {@code HEADER.FIELDS.NOT} when {@code not}: the
     * fields whose names are (or are not) in {@code names}, case-insensitively, byte for byte in
     * their order, followed by the header's blank line (RFC 9051 §6.4.5: subsetting keeps it).
     */
    public static Optional<byte[]> headerFields(
            MessageBytes source, ParsedMessage message, int[] path, Collection<String> names, boolean not)
            throws IOException {
        Optional<ByteRange> range = header(message, path);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        byte[] header = range.get().read(source);
        HeaderBlock block = HeaderBlock.scan(header, 0, header.length, Integer.MAX_VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(header.length, 4096));
        for (HeaderBlock.Field f : block.fields()) {
            boolean listed = false;
            for (String name : names) {
                if (f.named(name)) {
                    listed = true;
                    break;
                }
            }
            if (listed != not) { // a nameless line is never listed
                out.write(header, f.start(), f.end() - f.start());
            }
        }
        if (block.blankLineStart() >= 0) {
            out.write(header, block.blankLineStart(), block.bodyStart() - block.blankLineStart());
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * {@code BINARY[path]} (RFC 3516): the part's content with its Content-Transfer-Encoding
     * undone (identity for 7bit, 8bit and binary). For {@code BINARY[]} use {@link #whole}.
     *
     * @throws UnknownTransferEncodingException for an encoding we cannot decode ([UNKNOWN-CTE])
     */
    public static InputStream openBinary(MessageBytes source, BodyPart part)
            throws IOException, UnknownTransferEncodingException {
        if (!TransferDecoding.known(part.encoding())) {
            throw new UnknownTransferEncodingException(part.encoding());
        }
        InputStream raw = source.open(part.bodyStart(), part.end() - part.bodyStart());
        return TransferDecoding.decode(raw, part.encoding());
    }

    /** {@code BINARY[path]<origin.count>}: decoded octets {@code origin} up to {@code origin + count}. */
    public static InputStream openBinary(MessageBytes source, BodyPart part, long origin, long count)
            throws IOException, UnknownTransferEncodingException {
        if (origin < 0 || count < 0) {
            throw new IllegalArgumentException("negative partial " + origin + "." + count);
        }
        InputStream in = openBinary(source, part);
        long left = origin;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    break; // origin beyond the end: empty, as for BODY partials
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return new BoundedInputStream(in, count);
    }

    /** {@code BINARY.SIZE[path]}: octets after decoding (decodes once, keeps nothing). */
    public static long binarySize(MessageBytes source, BodyPart part)
            throws IOException, UnknownTransferEncodingException {
        if (PartScanner.isIdentity(part.encoding())) {
            return part.end() - part.bodyStart();
        }
        try (InputStream in = openBinary(source, part)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static ByteRange range(long from, long to) {
        return new ByteRange(from, Math.max(0, to - from));
    }
}
