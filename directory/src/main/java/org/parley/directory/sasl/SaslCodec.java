package org.parley.directory.sasl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The base64 framing every protocol uses around SASL data (IMAP RFC 9051 §6.2.2, SMTP RFC 4954 §4,
 * POP3 RFC 5034 §4), bounded so a client cannot make the server buffer without limit.
 */
public final class SaslCodec {
    /** Longest decoded client response accepted; enough for any mechanism here. */
    public static final int MAX_RESPONSE_BYTES = 8192;

    private SaslCodec() {}

    /** A response line of {@code *} cancels the exchange (RFC 4422 §3.5). */
    public static boolean isCancel(String line) {
        return "*".equals(line);
    }

    /**
     * Decodes a client response or initial response. {@code =} alone is an empty initial response
     * (RFC 4954 §4, RFC 4959 §3).
     *
     * @throws IllegalArgumentException if it is not base64 or decodes to more than
     *                                  {@value #MAX_RESPONSE_BYTES} bytes
     */
    public static byte[] decode(String line) {
        if (line == null) {
            throw new IllegalArgumentException("missing response");
        }
        if (line.equals("=")) {
            return new byte[0];
        }
        if (line.length() > (MAX_RESPONSE_BYTES + 2) / 3 * 4) {
            throw new IllegalArgumentException("response longer than " + MAX_RESPONSE_BYTES + " bytes");
        }
        return Base64.getDecoder().decode(line);
    }

    public static String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** Strict UTF-8 decoding: malformed or overlong sequences are rejected, not replaced. */
    static String utf8(byte[] data) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data))
                .toString();
    }
}
