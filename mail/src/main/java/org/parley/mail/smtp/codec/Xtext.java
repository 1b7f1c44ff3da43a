package org.parley.mail.smtp.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The xtext encoding of RFC 3461 §4 used by ENVID, ORCPT and AUTH= (RFC 4954 §5):
 * {@code xchar} is any ASCII from {@code !} to {@code ~} except {@code +} and {@code =}; every
 * other octet is {@code +} and two upper-case hex digits. Strings are encoded as UTF-8 first, so
 * any string round-trips. Stateless.
 */
public final class Xtext {

    private Xtext() {
    }

    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isXchar(c)) {
                out.append((char) c);
            } else {
                out.append('+').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Decodes xtext. Lower-case hex digits are accepted (ABNF literals are case-insensitive).
     *
     * @throws IllegalArgumentException when the text is not xtext or does not decode to UTF-8
     */
    public static String decode(String xtext) {
        byte[] out = new byte[xtext.length()];
        int n = 0;
        for (int i = 0; i < xtext.length(); i++) {
            char c = xtext.charAt(i);
            if (c == '+') {
                if (i + 2 >= xtext.length()) {
                    throw new IllegalArgumentException("truncated xtext hexchar");
                }
                int hi = Character.digit(xtext.charAt(i + 1), 16);
                int lo = Character.digit(xtext.charAt(i + 2), 16);
                if (hi < 0 || lo < 0 || xtext.charAt(i + 1) > 'f' || xtext.charAt(i + 2) > 'f') {
                    throw new IllegalArgumentException("bad xtext hexchar");
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (isXchar(c)) {
                out[n++] = (byte) c;
            } else {
                throw new IllegalArgumentException("character not allowed in xtext: 0x" + Integer.toHexString(c));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("xtext does not decode to UTF-8");
        }
    }

    /** RFC 3461 §4: xchar = "!" .. "~" except "+" and "=". */
    static boolean isXchar(int c) {
        return c >= 33 && c <= 126 && c != '+' && c != '=';
    }
}
