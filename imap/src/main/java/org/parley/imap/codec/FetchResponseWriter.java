package org.parley.imap.codec;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.parley.store.message.BodyPart;
import org.parley.store.message.Envelope;

/**
 * One {@code * n FETCH (...)} response (RFC 9051 §7.5.2), written item by item so that message
 * bodies stream straight to the output. Obtain it from {@link ImapWriter#fetch(long)}, add the
 * items in any order, then call {@link #end()} exactly once. Not thread-safe.
 */
public final class FetchResponseWriter {
    private final ImapWriter w;
    private boolean first = true;
    private boolean ended;

    FetchResponseWriter(ImapWriter w, long sequenceNumber) throws IOException {
        this.w = w;
        w.raw("* ").number(sequenceNumber).raw(" FETCH (");
    }

    private ImapWriter item(String name) throws IOException {
        if (ended) {
            throw new IllegalStateException("FETCH response already ended");
        }
        if (!first) {
            w.sp();
        }
        first = false;
        return w.raw(name).sp();
    }

    public FetchResponseWriter uid(long uid) throws IOException {
        item("UID").number(uid);
        return this;
    }

    public FetchResponseWriter flags(Collection<String> flags) throws IOException {
        item("FLAGS").flagList(flags);
        return this;
    }

    public FetchResponseWriter internalDate(OffsetDateTime date) throws IOException {
        item("INTERNALDATE").raw("\"" + ImapDates.formatDateTime(date) + "\"");
        return this;
    }

    public FetchResponseWriter rfc822Size(long size) throws IOException {
        item("RFC822.SIZE").number(size);
        return this;
    }

    /** RFC 7162 §3.1.4: {@code MODSEQ (n)}. */
    public FetchResponseWriter modSeq(long modSeq) throws IOException {
        item("MODSEQ").raw("(").number(modSeq).raw(")");
        return this;
    }

    public FetchResponseWriter envelope(Envelope envelope) throws IOException {
        item("ENVELOPE");
        BodyStructureRenderer.envelope(w, envelope);
        return this;
    }

    /** {@code BODYSTRUCTURE}, with extension data. */
    public FetchResponseWriter bodyStructure(BodyPart root) throws IOException {
        item("BODYSTRUCTURE");
        BodyStructureRenderer.body(w, root, true);
        return this;
    }

    /** The bare {@code BODY} item: BODYSTRUCTURE without extension data. */
    public FetchResponseWriter body(BodyPart root) throws IOException {
        item("BODY");
        BodyStructureRenderer.body(w, root, false);
        return this;
    }

    /**
     * {@code BODY[section]<origin> data}. The response never says PEEK (RFC 9051 §7.5.2).
     *
     * @param origin the partial's offset when the client asked for a partial, else null
     * @param data   the octets, or null for NIL (a part that does not exist)
     */
    public FetchResponseWriter bodySection(Section section, Long origin, byte[] data) throws IOException {
        item(sectionName("BODY", section.toImap(), origin));
        if (data == null) {
            w.nil();
        } else {
            w.literal(data);
        }
        return this;
    }

    /**
     * {@code BODY[...]} answering the item the client asked for: section and origin come from
     * {@code requested}; {@code data} is already cut to its partial.
     */
    public FetchResponseWriter bodySection(FetchItem.Body requested, byte[] data) throws IOException {
        return bodySection(requested.section(), origin(requested.partial()), data);
    }

    /** {@code BINARY[...]} answering the item the client asked for; {@code data} already cut to its partial. */
    public FetchResponseWriter binary(FetchItem.Binary requested, byte[] data) throws IOException {
        return binary(requested.part(), origin(requested.partial()), data);
    }

    private static Long origin(Partial partial) {
        return partial == null ? null : partial.offset();
    }

    /** Like {@link #bodySection(Section, Long, byte[])} with {@code length} octets streamed from {@code data}. */
    public FetchResponseWriter bodySection(Section section, Long origin, long length, InputStream data) throws IOException {
        item(sectionName("BODY", section.toImap(), origin));
        w.literal(length, data, false);
        return this;
    }

    /**
     * RFC 3516 §4.2 {@code BINARY[part]<origin>}: decoded content, as literal8 when it contains
     * NUL, else as a literal; null for NIL.
     */
    public FetchResponseWriter binary(List<Integer> part, Long origin, byte[] data) throws IOException {
        item(sectionName("BINARY", partText(part), origin));
        if (data == null) {
            w.nil();
        } else if (containsNul(data)) {
            w.literal8(data);
        } else {
            w.literal(data);
        }
        return this;
    }

    /** RFC 3516 {@code BINARY.SIZE[part] n}. */
    public FetchResponseWriter binarySize(List<Integer> part, long size) throws IOException {
        item("BINARY.SIZE[" + partText(part) + "]").number(size);
        return this;
    }

    /** {@code RFC822 data}. */
    public FetchResponseWriter rfc822(byte[] message) throws IOException {
        item("RFC822").literal(message);
        return this;
    }

    public FetchResponseWriter rfc822Header(byte[] header) throws IOException {
        item("RFC822.HEADER").literal(header);
        return this;
    }

    public FetchResponseWriter rfc822Text(byte[] text) throws IOException {
        item("RFC822.TEXT").literal(text);
        return this;
    }

    /** Writes {@code )} CRLF. */
    public void end() throws IOException {
        if (ended) {
            throw new IllegalStateException("FETCH response already ended");
        }
        ended = true;
        w.raw(")").crlf();
    }

    private static String sectionName(String item, String spec, Long origin) {
        return item + "[" + spec + "]" + (origin == null ? "" : "<" + origin + ">");
    }

    private static String partText(List<Integer> part) {
        StringBuilder sb = new StringBuilder();
        for (int n : part) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(n);
        }
        return sb.toString();
    }

    private static boolean containsNul(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
