package org.parley.store.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * Turning header bytes into strings. Header bytes are read as ISO-8859-1 first (one char per byte,
 * so structural parsing such as boundaries stays byte-exact), then shown as UTF-8 when they are
 * valid UTF-8 (RFC 6532 §3.2 allows UTF-8 in header values) and kept as ISO-8859-1 otherwise, so
 * legacy 8-bit headers still yield every byte.
 */
final class HeaderText {
    private HeaderText() {}

    /** The unfolded, trimmed value of a field, byte-preserving (one char per byte). */
    static String latin1Value(byte[] b, HeaderBlock.Field f) {
        StringBuilder sb = new StringBuilder(f.end() - f.valueStart());
        int end = f.end();
        for (int i = f.valueStart(); i < end; i++) {
            byte c = b[i];
            // RFC 5322 §2.2.3 unfolding: drop the line breaks, keep the WSP that follows them
            if (c == '\n' || (c == '\r' && i + 1 < end && b[i + 1] == '\n')) {
                continue;
            }
            sb.append((char) (c & 0xff));
        }
        return trimWsp(sb.toString());
    }

    /** The unfolded, trimmed value of a field as text (UTF-8 when valid), not MIME-decoded. */
    static String value(byte[] b, HeaderBlock.Field f) {
        return text(latin1Value(b, f));
    }

    /** Re-reads a byte-per-char string as UTF-8 when its bytes are valid UTF-8. */
    static String text(String latin1) {
        boolean ascii = true;
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return latin1;
        }
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        String utf8 = decodeUtf8(bytes, 0, bytes.length);
        return utf8 != null ? utf8 : latin1;
    }

    /** Strict UTF-8 decoding, or null when the bytes are not valid UTF-8. */
    static String decodeUtf8(byte[] bytes, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 2047 decoding of encoded-words; text that is not a valid encoded-word is kept as is. */
    static String decodeWords(String value) {
        if (value == null || value.indexOf("=?") < 0) {
            return value;
        }
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return value; // an encoded-word mime4j cannot handle stays readable as raw text
        }
    }

    static String trimWsp(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** ASCII-only lower-casing (tokens such as media types are ASCII, RFC 2045 §5.1). */
    static String asciiLower(String s) {
        return AsciiCasemap.fold(s);
    }
}
