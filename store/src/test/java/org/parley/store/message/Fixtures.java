package org.parley.store.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written messages under {@code src/test/resources/message/}. */
final class Fixtures {
    static final List<String> ALL = List.of(
            "simple.eml", "alternative.eml", "mixed-base64.eml", "nested.eml", "rfc822-attached.eml",
            "rfc822-multipart.eml", "digest.eml", "rfc2231.eml", "encoded-words.eml", "groups.eml",
            "missing-headers.eml", "duplicate-headers.eml", "bare-lf.eml", "missing-final-boundary.eml",
            "truncated.eml", "nul-bytes.eml", "no-subtype.eml", "huge-header-line.eml", "utf8-headers.eml",
            "rfc9051-example.eml");

    private Fixtures() {}

    static byte[] load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/message/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message written with \n line ends, stored with CRLF. */
    static byte[] crlf(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a range as ISO-8859-1 text (one char per byte), for exact comparison. */
    static String latin1(byte[] raw, ByteRange range) {
        return new String(raw, (int) range.offset(), (int) range.length(), StandardCharsets.ISO_8859_1);
    }

    /** A section that must exist, as ISO-8859-1 text. */
    static String section(byte[] raw, java.util.Optional<ByteRange> range) {
        return latin1(raw, range.orElseThrow(() -> new AssertionError("no such section")));
    }

    /** Expected text written with \n, as the CRLF bytes read one char per byte. */
    static String expected(String text) {
        return new String(crlf(text), StandardCharsets.ISO_8859_1);
    }

    /** A compact picture of a MIME tree: {@code multipart/mixed(text/plain,message/rfc822{text/plain})}. */
    static String shape(BodyPart p) {
        StringBuilder sb = new StringBuilder(p.type()).append('/').append(p.subtype());
        if (!p.children().isEmpty()) {
            sb.append('(');
            for (int i = 0; i < p.children().size(); i++) {
                sb.append(i == 0 ? "" : ",").append(shape(p.children().get(i)));
            }
            sb.append(')');
        }
        if (p.message() != null) {
            sb.append('{').append(shape(p.message())).append('}');
        }
        return sb.toString();
    }
}
