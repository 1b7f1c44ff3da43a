package org.parley.imap.codec;

import java.util.Arrays;
import java.util.Base64;

/**
 * A client line during AUTHENTICATE (RFC 9051 §6.2.2): base64 data or {@code *} to cancel. The
 * session reads the line with {@link ImapInput#readLine(int)} after sending a {@code +} challenge
 * and decodes it here.
 */
public sealed interface SaslResponse {
    /** {@code *}: the client cancels; answer {@code tag BAD}. */
    record Cancel() implements SaslResponse {}

    /** Decoded response octets (possibly empty). */
    record Data(byte[] bytes) implements SaslResponse {
        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && Arrays.equals(d.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Data[" + bytes.length + " octets]";
        }
    }

    /**
     * Decodes one continuation line (without CRLF).
     *
     * @param tag the AUTHENTICATE command's tag, for the error
     * @throws ImapParseException when the line is neither {@code *} nor valid base64
     */
    static SaslResponse decode(String tag, byte[] line) throws ImapParseException {
        if (line.length == 1 && line[0] == '*') {
            return new Cancel();
        }
        return new Data(decodeBase64(tag, line));
    }

    /** Strict RFC 4648 base64 without line breaks, as SASL in IMAP uses. */
    static byte[] decodeBase64(String tag, byte[] text) throws ImapParseException {
        for (byte b : text) {
            boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '+' || b == '/' || b == '=';
            if (!ok) {
                throw new ImapParseException(tag, "invalid base64 in SASL response");
            }
        }
        if (text.length % 4 != 0) {
            throw new ImapParseException(tag, "invalid base64 length in SASL response");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ImapParseException(tag, "invalid base64 in SASL response");
        }
    }
}
