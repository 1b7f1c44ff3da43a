package org.parley.imap.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.imap.codec.FetchItem;
import org.parley.imap.codec.FetchResponseWriter;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.Partial;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.Section;
import org.parley.imap.session.Extensions;
import org.parley.imap.session.ImapFailure;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.BodyPart;
import org.parley.store.message.ByteRange;
import org.parley.store.message.Envelope;
import org.parley.store.message.MessageBytes;
import org.parley.store.message.MessageSections;
import org.parley.store.message.ParsedMessage;
import org.parley.store.message.UnknownTransferEncodingException;
import org.parley.store.mail.MessageMeta;
import org.parley.store.mail.UidSet;

/** Writes one {@code * n FETCH (...)} per message for the items of one FETCH command (RFC 9051 §7.5.2). */
final class FetchItems {
    private static final Envelope EMPTY_ENVELOPE =
            new Envelope(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    private final List<FetchItem> items;
    private final SelectedMailbox view;
    private final Extensions ext;
    private final BlobStore blobs;
    private final ImapWriter out;
    private final UidSet seenNow;

    FetchItems(List<FetchItem> items, SelectedMailbox view, Extensions ext, BlobStore blobs, ImapWriter out, UidSet seenNow) {
        this.items = items;
        this.view = view;
        this.ext = ext;
        this.blobs = blobs;
        this.out = out;
        this.seenNow = seenNow;
    }

    void write(int seq, MessageMeta m) throws IOException {
        MessageBytes bytes = new BlobBytes(blobs, m.blob(), m.size());
        // decoded parts first: an unknown encoding must fail the command before the response starts
        Object[] decoded = new Object[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof FetchItem.Binary b) {
                decoded[i] = binaryData(b, m, bytes);
            } else if (items.get(i) instanceof FetchItem.BinarySize b) {
                decoded[i] = binarySize(b, m, bytes);
            }
        }
        FetchResponseWriter f = out.fetch(seq);
        boolean flags = false;
        int index = 0;
        for (FetchItem item : items) {
            Object pre = decoded[index++];
            switch (item) {
                case FetchItem.Flags x -> {
                    f.flags(view.flagNames(m.flags(), m.uid(), ext));
                    flags = true;
                }
                case FetchItem.Uid x -> f.uid(m.uid());
                case FetchItem.InternalDate x -> f.internalDate(OffsetDateTime.ofInstant(m.internalDate(), ZoneOffset.UTC));
                case FetchItem.Rfc822Size x -> f.rfc822Size(m.size());
                case FetchItem.ModSeq x -> f.modSeq(m.modseq());
                case FetchItem.Envelope x -> f.envelope(parsed(m).envelope());
                case FetchItem.BodyStructure b -> {
                    if (b.extensible()) {
                        f.bodyStructure(parsed(m).body());
                    } else {
                        f.body(parsed(m).body());
                    }
                }
                case FetchItem.Body b -> body(f, b, m, bytes);
                case FetchItem.Binary b -> f.binary(b.part(), b.partial() == null ? null : b.partial().offset(), (byte[]) pre);
                case FetchItem.BinarySize b -> f.binarySize(b.part(), (Long) pre);
                case FetchItem.Rfc822 x -> f.rfc822(whole(bytes));
                case FetchItem.Rfc822Header x -> f.rfc822Header(MessageSections.header(parsed(m)).orElseThrow().read(bytes));
                case FetchItem.Rfc822Text x -> f.rfc822Text(MessageSections.text(parsed(m)).orElseThrow().read(bytes));
            }
        }
        if (!flags && seenNow.contains(m.uid())) {
            // RFC 9051 §6.4.5: the implicit \Seen is reported with the data
            f.flags(view.flagNames(m.flags(), m.uid(), ext));
        }
        f.end();
    }

    private static byte[] whole(MessageBytes bytes) throws IOException {
        return new ByteRange(0, bytes.size()).read(bytes);
    }

    /** The stored structure, or a flat text/plain view of a message that could not be analysed. */
    private static ParsedMessage parsed(MessageMeta m) {
        if (m.parsed() != null) {
            return m.parsed();
        }
        BodyPart flat = new BodyPart("text", "plain", Map.of(), null, null, "7bit", m.size(), 0, null, null, null, null,
                null, null, null, null, 0, 0, m.size());
        return new ParsedMessage(m.size(), EMPTY_ENVELOPE, flat, null, "", List.of(), "", "", "", "", "");
    }

    private static int[] path(List<Integer> part) {
        int[] p = new int[part.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = part.get(i);
        }
        return p;
    }

    private void body(FetchResponseWriter f, FetchItem.Body b, MessageMeta m, MessageBytes bytes) throws IOException {
        Section section = b.section();
        Long origin = b.partial() == null ? null : b.partial().offset();
        if (section.kind() == Section.Kind.HEADER_FIELDS || section.kind() == Section.Kind.HEADER_FIELDS_NOT) {
            Optional<byte[]> fields = MessageSections.headerFields(bytes, parsed(m), path(section.part()),
                    section.headerFields(), section.kind() == Section.Kind.HEADER_FIELDS_NOT);
            f.bodySection(section, origin, fields.map(d -> cut(d, b.partial())).orElse(null));
            return;
        }
        Optional<ByteRange> range = range(section, m);
        if (range.isEmpty()) {
            f.bodySection(section, origin, null);
            return;
        }
        ByteRange r = b.partial() == null ? range.get() : range.get().partial(b.partial().offset(), b.partial().length());
        try (InputStream in = r.open(bytes)) {
            f.bodySection(section, origin, r.length(), in);
        }
    }

    private static Optional<ByteRange> range(Section section, MessageMeta m) {
        if (section.part().isEmpty() && section.kind() == Section.Kind.CONTENT) {
            return Optional.of(new ByteRange(0, m.size()));
        }
        ParsedMessage p = parsed(m);
        int[] path = path(section.part());
        return switch (section.kind()) {
            case CONTENT -> MessageSections.content(p, path);
            case HEADER -> MessageSections.header(p, path);
            case TEXT -> MessageSections.text(p, path);
            case MIME -> MessageSections.mime(p, path);
            case HEADER_FIELDS, HEADER_FIELDS_NOT -> throw new IllegalStateException("handled by the caller");
        };
    }

    private static byte[] cut(byte[] data, Partial partial) {
        if (partial == null) {
            return data;
        }
        if (partial.offset() >= data.length) {
            return new byte[0];
        }
        int from = (int) partial.offset();
        int to = (int) Math.min(data.length, from + Math.min(partial.length(), Integer.MAX_VALUE));
        return java.util.Arrays.copyOfRange(data, from, to);
    }

    /** RFC 3516 §4.2: the part decoded, null for NIL; {@code BINARY[]} is the message as stored. */
    private static byte[] binaryData(FetchItem.Binary b, MessageMeta m, MessageBytes bytes) throws IOException {
        if (b.part().isEmpty()) {
            return cut(whole(bytes), b.partial());
        }
        Optional<BodyPart> part = MessageSections.part(parsed(m), path(b.part()));
        if (part.isEmpty() || part.get().isMultipart()) {
            return null;
        }
        try (InputStream in = b.partial() == null
                ? MessageSections.openBinary(bytes, part.get())
                : MessageSections.openBinary(bytes, part.get(), b.partial().offset(), b.partial().length())) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(part.get().size(), 1 << 20));
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (UnknownTransferEncodingException e) {
            // RFC 3516 §4.3
            throw ImapFailure.no(ResponseCode.Simple.UNKNOWN_CTE, "unknown Content-Transfer-Encoding " + e.encoding());
        }
    }

    private static long binarySize(FetchItem.BinarySize b, MessageMeta m, MessageBytes bytes) throws IOException {
        if (b.part().isEmpty()) {
            return m.size();
        }
        Optional<BodyPart> part = MessageSections.part(parsed(m), path(b.part()));
        if (part.isEmpty() || part.get().isMultipart()) {
            return 0;
        }
        try {
            return MessageSections.binarySize(bytes, part.get());
        } catch (UnknownTransferEncodingException e) {
            throw ImapFailure.no(ResponseCode.Simple.UNKNOWN_CTE, "unknown Content-Transfer-Encoding " + e.encoding());
        }
    }
}
