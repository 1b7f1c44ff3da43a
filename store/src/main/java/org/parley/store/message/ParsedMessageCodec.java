package org.parley.store.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The stored form of a {@link ParsedMessage}: compact, versioned, exact.
 *
 * <p>Format 1: one version byte, the payload, then a CRC-32 of everything before it (4 octets,
 * big-endian). Integers are unsigned LEB128 varints (signed ones zig-zag encoded); offsets are
 * written as differences so that most take one or two octets. A string is a varint tag: 0 = null,
 * 1..{@code DICTIONARY.length} = that common string, otherwise a literal of {@code tag - 1 -
 * DICTIONARY.length} octets of modified UTF-8 (every UTF-16 unit on its own, so any Java string
 * round-trips). The dictionary belongs to the format: it may only grow in a new version. A body
 * part starts with a varint of flags telling which of its optional members follow (most parts
 * have none), and whether its size is simply {@code end - bodyStart}.
 *
 * <p>Decoding trusts nothing: counts and lengths are checked against the octets left (each element
 * takes at least one), nesting is bounded, and any inconsistency, a bad checksum or trailing bytes
 * raise {@link ParsedMessageFormatException}.
 */
final class ParsedMessageCodec {
    static final int VERSION = 1;
    /** Deeper than {@link MessageParser.Limits#DEFAULT} allows, so that nothing it made is refused. */
    static final int MAX_DEPTH = 256;

    private static final String[] DICTIONARY = {
        "", "text", "plain", "html", "multipart", "mixed", "alternative", "related", "application",
        "octet-stream", "image", "message", "rfc822", "charset", "us-ascii", "utf-8", "iso-8859-1",
        "name", "filename", "boundary", "7bit", "8bit", "base64", "quoted-printable", "binary",
        "inline", "attachment", "format", "flowed", "pdf", "jpeg", "png", "gif", "signed", "report",
        "delivery-status", "calendar", "digest", "global", "delsp", "yes", "windows-1252", "method",
        "type", "protocol", "micalg", "pgp-signature", "pkcs7-signature", "x-pkcs7-signature",
        "UTF-8", "US-ASCII", "ISO-8859-1", "size", "creation-date", "modification-date", "en", "en-US",
        "MISSING_DOMAIN", "MISSING_MAILBOX", "report-type", "rfc822-headers", "disposition-notification",
    };
    private static final Map<String, Integer> CODES = new HashMap<>();

    // presence flags of a body part's optional members; the common ones fit the first octet
    private static final int F_DERIVED_SIZE = 1;
    private static final int F_PARAMS = 1 << 1;
    private static final int F_CHILDREN = 1 << 2;
    private static final int F_ENVELOPE = 1 << 3;
    private static final int F_MESSAGE = 1 << 4;
    private static final int F_DISPOSITION = 1 << 5;
    private static final int F_DISPOSITION_PARAMS = 1 << 6;
    private static final int F_ID = 1 << 7;
    private static final int F_DESCRIPTION = 1 << 8;
    private static final int F_MD5 = 1 << 9;
    private static final int F_LANGUAGE = 1 << 10;
    private static final int F_LOCATION = 1 << 11;
    private static final int F_ALL = (1 << 12) - 1;

    static {
        for (int i = 0; i < DICTIONARY.length; i++) {
            CODES.put(DICTIONARY[i], i + 1);
        }
    }

    private ParsedMessageCodec() {}

    static byte[] encode(ParsedMessage m) {
        Out out = new Out();
        out.buf[out.len++] = (byte) VERSION;
        out.varlong(m.size());
        out.envelope(m.envelope());
        out.part(m.body(), 0);
        Instant sent = m.sentDate();
        if (sent == null) {
            out.varint(0);
        } else {
            out.varint(1);
            out.zigzag(sent.getEpochSecond());
            out.varint(sent.getNano());
        }
        out.string(m.baseSubject());
        out.strings(m.references());
        out.string(m.sortFrom());
        out.string(m.sortTo());
        out.string(m.sortCc());
        out.string(m.displayFrom());
        out.string(m.displayTo());
        CRC32 crc = new CRC32();
        crc.update(out.buf, 0, out.len);
        out.int32((int) crc.getValue());
        return Arrays.copyOf(out.buf, out.len);
    }

    static ParsedMessage decode(byte[] data) {
        if (data == null || data.length < 5) {
            throw new ParsedMessageFormatException("too short for a parsed message: " + (data == null ? 0 : data.length) + " octets");
        }
        if ((data[0] & 0xff) != VERSION) {
            throw new ParsedMessageFormatException("unknown format version " + (data[0] & 0xff));
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 4);
        int stored = ((data[data.length - 4] & 0xff) << 24) | ((data[data.length - 3] & 0xff) << 16)
                | ((data[data.length - 2] & 0xff) << 8) | (data[data.length - 1] & 0xff);
        if ((int) crc.getValue() != stored) {
            throw new ParsedMessageFormatException("checksum mismatch");
        }
        return decodePayload(data, data.length - 4);
    }

    /** Decodes the payload in {@code data[1, end)} without looking at the checksum. */
    static ParsedMessage decodePayload(byte[] data, int end) {
        In in = new In(data, 1, end);
        try {
            long size = in.varlong();
            Envelope envelope = in.envelope();
            BodyPart body = in.part(0, 0);
            Instant sent = null;
            int hasSent = in.varint();
            if (hasSent == 1) {
                long seconds = in.zigzag();
                int nanos = in.varint();
                if (nanos > 999_999_999 || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                    throw new ParsedMessageFormatException("sent date out of range");
                }
                sent = Instant.ofEpochSecond(seconds, nanos);
            } else if (hasSent != 0) {
                throw new ParsedMessageFormatException("bad sent date flag " + hasSent);
            }
            ParsedMessage m = new ParsedMessage(size, envelope, body, sent, in.string(), in.nonNullStrings(),
                    in.string(), in.string(), in.string(), in.string(), in.string());
            if (in.pos != end) {
                throw new ParsedMessageFormatException((end - in.pos) + " trailing octets");
            }
            return m;
        } catch (RuntimeException e) {
            if (e instanceof ParsedMessageFormatException f) {
                throw f;
            }
            throw new ParsedMessageFormatException("inconsistent parsed message: " + e.getMessage(), e);
        }
    }

    /** A growable output buffer with the format's primitives. */
    private static final class Out {
        byte[] buf = new byte[256];
        int len;

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        void zigzag(long v) {
            varlong((v << 1) ^ (v >> 63));
        }

        void int32(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer code = CODES.get(s);
            if (code != null) {
                varint(code);
                return;
            }
            int bytes = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            varlong(1L + DICTIONARY.length + bytes);
            ensure(bytes);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != 0 && c < 0x80) {
                    buf[len++] = (byte) c;
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | (c >> 6));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[len++] = (byte) (0xE0 | (c >> 12));
                    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        void strings(List<String> list) {
            varint(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void map(Map<String, String> map) {
            varint(map.size());
            for (Map.Entry<String, String> e : map.entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
        }

        void address(Address a) {
            string(a.name());
            string(a.route());
            string(a.mailbox());
            string(a.host());
        }

        void addresses(List<Address> list) {
            varint(list.size());
            for (Address a : list) {
                address(a);
            }
        }

        void envelope(Envelope e) {
            if (e == null) {
                varint(0);
                return;
            }
            // Sender and Reply-To usually repeat From (RFC 9051 §7.5.2 defaulting): one flag each
            int flags = 1 | (e.sender().equals(e.from()) ? 2 : 0) | (e.replyTo().equals(e.from()) ? 4 : 0);
            varint(flags);
            string(e.date());
            string(e.subject());
            addresses(e.from());
            if ((flags & 2) == 0) {
                addresses(e.sender());
            }
            if ((flags & 4) == 0) {
                addresses(e.replyTo());
            }
            addresses(e.to());
            addresses(e.cc());
            addresses(e.bcc());
            string(e.inReplyTo());
            string(e.messageId());
        }

        /**
         * A body part. Its offsets come first and relative to {@code base}, where its header is
         * expected (the parent's body start, or the end of the previous sibling), so that they
         * take an octet or two each.
         */
        void part(BodyPart p, long base) {
            boolean derivedSize = p.size() == p.end() - p.bodyStart();
            int flags = (derivedSize ? F_DERIVED_SIZE : 0)
                    | (p.params().isEmpty() ? 0 : F_PARAMS)
                    | (p.children().isEmpty() ? 0 : F_CHILDREN)
                    | (p.envelope() == null ? 0 : F_ENVELOPE)
                    | (p.message() == null ? 0 : F_MESSAGE)
                    | (p.disposition() == null ? 0 : F_DISPOSITION)
                    | (p.dispositionParams().isEmpty() ? 0 : F_DISPOSITION_PARAMS)
                    | (p.id() == null ? 0 : F_ID)
                    | (p.description() == null ? 0 : F_DESCRIPTION)
                    | (p.md5() == null ? 0 : F_MD5)
                    | (p.language().isEmpty() ? 0 : F_LANGUAGE)
                    | (p.location() == null ? 0 : F_LOCATION);
            varint(flags);
            string(p.type());
            string(p.subtype());
            string(p.encoding());
            zigzag(p.headerStart() - base);
            zigzag(p.bodyStart() - p.headerStart());
            zigzag(p.end() - p.bodyStart());
            if (!derivedSize) {
                varlong(p.size());
            }
            varlong(p.lines());
            if ((flags & F_PARAMS) != 0) {
                map(p.params());
            }
            if ((flags & F_DISPOSITION) != 0) {
                string(p.disposition());
            }
            if ((flags & F_DISPOSITION_PARAMS) != 0) {
                map(p.dispositionParams());
            }
            if ((flags & F_ID) != 0) {
                string(p.id());
            }
            if ((flags & F_DESCRIPTION) != 0) {
                string(p.description());
            }
            if ((flags & F_MD5) != 0) {
                string(p.md5());
            }
            if ((flags & F_LANGUAGE) != 0) {
                strings(p.language());
            }
            if ((flags & F_LOCATION) != 0) {
                string(p.location());
            }
            if ((flags & F_CHILDREN) != 0) {
                varint(p.children().size());
                long next = p.bodyStart();
                for (BodyPart child : p.children()) {
                    part(child, next);
                    next = child.end();
                }
            }
            if ((flags & F_ENVELOPE) != 0) {
                envelope(p.envelope());
            }
            if ((flags & F_MESSAGE) != 0) {
                part(p.message(), p.bodyStart());
            }
        }
    }

    /** A bounds-checked reader over the payload. */
    private static final class In {
        private final byte[] data;
        private final int end;
        int pos;

        In(byte[] data, int pos, int end) {
            this.data = data;
            this.pos = pos;
            this.end = end;
        }

        private int left() {
            return end - pos;
        }

        private int u8() {
            if (pos >= end) {
                throw new ParsedMessageFormatException("truncated at octet " + pos);
            }
            return data[pos++] & 0xff;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new ParsedMessageFormatException("varint too long at octet " + pos);
        }

        int varint() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new ParsedMessageFormatException("integer out of range at octet " + pos);
            }
            return (int) v;
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }

        /** A count of elements that take at least one octet each. */
        int count() {
            int n = varint();
            if (n > left()) {
                throw new ParsedMessageFormatException("count " + n + " exceeds the " + left() + " octets left");
            }
            return n;
        }

        String string() {
            long tag = varlong();
            if (tag == 0) {
                return null;
            }
            if (tag < 0) {
                throw new ParsedMessageFormatException("bad string tag at octet " + pos);
            }
            if (tag <= DICTIONARY.length) {
                return DICTIONARY[(int) tag - 1];
            }
            long bytes = tag - 1 - DICTIONARY.length;
            if (bytes < 0 || bytes > left()) {
                throw new ParsedMessageFormatException("string of " + bytes + " octets exceeds the " + left() + " left");
            }
            int stop = pos + (int) bytes;
            char[] chars = new char[(int) bytes];
            int n = 0;
            while (pos < stop) {
                int a = data[pos++] & 0xff;
                if (a < 0x80 && a != 0) {
                    chars[n++] = (char) a;
                } else if ((a & 0xE0) == 0xC0 && pos < stop) {
                    chars[n++] = (char) (((a & 0x1F) << 6) | continuation(stop));
                } else if ((a & 0xF0) == 0xE0 && pos + 1 < stop) {
                    int b = continuation(stop);
                    chars[n++] = (char) (((a & 0x0F) << 12) | (b << 6) | continuation(stop));
                } else {
                    throw new ParsedMessageFormatException("bad string octet at " + (pos - 1));
                }
            }
            return new String(chars, 0, n);
        }

        private int continuation(int stop) {
            int b = data[pos++] & 0xff;
            if ((b & 0xC0) != 0x80) {
                throw new ParsedMessageFormatException("bad string octet at " + (pos - 1));
            }
            return b & 0x3F;
        }

        String nonNull() {
            String s = string();
            if (s == null) {
                throw new ParsedMessageFormatException("null list element at octet " + pos);
            }
            return s;
        }

        List<String> nonNullStrings() {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(nonNull());
            }
            return list;
        }

        Map<String, String> map() {
            int n = count();
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = string();
                String value = string();
                if (map.containsKey(key)) {
                    throw new ParsedMessageFormatException("duplicate parameter at octet " + pos);
                }
                map.put(key, value);
            }
            return map;
        }

        List<Address> addresses() {
            int n = count();
            List<Address> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(new Address(string(), string(), string(), string()));
            }
            return list;
        }

        Envelope envelope() {
            int flags = varint();
            if (flags == 0) {
                return null;
            }
            if ((flags & ~7) != 0 || (flags & 1) == 0) {
                throw new ParsedMessageFormatException("bad envelope flags " + flags);
            }
            String date = string();
            String subject = string();
            List<Address> from = addresses();
            List<Address> sender = (flags & 2) != 0 ? from : addresses();
            List<Address> replyTo = (flags & 4) != 0 ? from : addresses();
            return new Envelope(date, subject, from, sender, replyTo, addresses(), addresses(), addresses(),
                    string(), string());
        }

        BodyPart part(int depth, long base) {
            if (depth > MAX_DEPTH) {
                throw new ParsedMessageFormatException("body parts nested deeper than " + MAX_DEPTH);
            }
            int flags = varint();
            if ((flags & ~F_ALL) != 0) {
                throw new ParsedMessageFormatException("bad part flags " + flags);
            }
            String type = string();
            String subtype = string();
            String encoding = string();
            // wrapping arithmetic, as the encoder's: any long values round-trip
            long headerStart = base + zigzag();
            long bodyStart = headerStart + zigzag();
            long partEnd = bodyStart + zigzag();
            long size = partEnd - bodyStart;
            if ((flags & F_DERIVED_SIZE) == 0) {
                long stored = varlong();
                if (stored == size) {
                    throw new ParsedMessageFormatException("size not flagged as derived at octet " + pos);
                }
                size = stored;
            }
            long lines = varlong();
            Map<String, String> params = (flags & F_PARAMS) != 0 ? nonEmpty(map()) : Map.of();
            String disposition = (flags & F_DISPOSITION) != 0 ? nonNull() : null;
            Map<String, String> dispositionParams = (flags & F_DISPOSITION_PARAMS) != 0 ? nonEmpty(map()) : Map.of();
            String id = (flags & F_ID) != 0 ? nonNull() : null;
            String description = (flags & F_DESCRIPTION) != 0 ? nonNull() : null;
            String md5 = (flags & F_MD5) != 0 ? nonNull() : null;
            List<String> language = (flags & F_LANGUAGE) != 0 ? nonEmpty(nonNullStrings()) : List.of();
            String location = (flags & F_LOCATION) != 0 ? nonNull() : null;
            List<BodyPart> children = List.of();
            if ((flags & F_CHILDREN) != 0) {
                int n = count();
                if (n == 0) {
                    throw new ParsedMessageFormatException("empty child list flagged at octet " + pos);
                }
                children = new ArrayList<>(n);
                long next = bodyStart;
                for (int i = 0; i < n; i++) {
                    BodyPart child = part(depth + 1, next);
                    children.add(child);
                    next = child.end();
                }
            }
            Envelope envelope = null;
            if ((flags & F_ENVELOPE) != 0) {
                envelope = envelope();
                if (envelope == null) {
                    throw new ParsedMessageFormatException("missing envelope at octet " + pos);
                }
            }
            BodyPart message = (flags & F_MESSAGE) != 0 ? part(depth + 1, bodyStart) : null;
            return new BodyPart(type, subtype, params, id, description, encoding, size, lines, md5, disposition,
                    dispositionParams, language, location, children, envelope, message, headerStart, bodyStart, partEnd);
        }

        private static <T extends Collection<?>> T nonEmpty(T c) {
            if (c.isEmpty()) {
                throw new ParsedMessageFormatException("empty list flagged as present");
            }
            return c;
        }

        private static Map<String, String> nonEmpty(Map<String, String> m) {
            if (m.isEmpty()) {
                throw new ParsedMessageFormatException("empty map flagged as present");
            }
            return m;
        }
    }
}
