package org.parley.directory.password;

import java.text.Normalizer;

/**
 * SASLprep (RFC 4013), the stringprep profile SCRAM applies to passwords and user names
 * (RFC 5802 §2.2). ASCII strings without control characters come out unchanged.
 *
 * <p>Departure, on purpose: the unassigned-code-point check (RFC 3454 §7) is not applied, because
 * the JDK's Unicode tables are newer than stringprep's Unicode 3.2; code points assigned since then
 * are treated as assigned (the "query" behaviour of RFC 4013 §2.5). NFKC and bidi properties
 * likewise come from the JDK's Unicode version.
 */
public final class SaslPrep {
    private SaslPrep() {}

    /**
     * Prepares a string.
     *
     * @throws IllegalArgumentException if it contains a prohibited character or breaks the bidi rule
     */
    public static String prepare(String s) {
        StringBuilder mapped = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (mappedToNothing(cp)) {
                return; // RFC 4013 §2.1, stringprep B.1
            }
            mapped.appendCodePoint(nonAsciiSpace(cp) ? ' ' : cp); // RFC 4013 §2.1, stringprep C.1.2
        });
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC); // RFC 4013 §2.2
        boolean randAl = false;
        boolean l = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            if (prohibited(cp)) { // RFC 4013 §2.3
                throw new IllegalArgumentException("prohibited character U+" + Integer.toHexString(cp).toUpperCase());
            }
            byte dir = Character.getDirectionality(cp);
            randAl |= dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            l |= dir == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
            i += Character.charCount(cp);
        }
        if (randAl && (l || !isRandAl(normalized.codePointAt(0))
                || !isRandAl(normalized.codePointBefore(normalized.length())))) {
            throw new IllegalArgumentException("mixed right-to-left and left-to-right text"); // RFC 3454 §6
        }
        return normalized;
    }

    private static boolean isRandAl(int cp) {
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean mappedToNothing(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x1806 || (cp >= 0x180B && cp <= 0x180D)
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
    }

    private static boolean nonAsciiSpace(int cp) {
        return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    private static boolean prohibited(int cp) {
        return nonAsciiSpace(cp)
                || cp < 0x20 || cp == 0x7F // C.2.1
                || (cp >= 0x80 && cp <= 0x9F) || cp == 0x06DD || cp == 0x070F || cp == 0x180E // C.2.2
                || cp == 0x200C || cp == 0x200D || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x2060 && cp <= 0x2063) || (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFC) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) // C.3
                || (cp >= 0x100000 && cp <= 0x10FFFD)
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE // C.4
                || (cp >= 0xD800 && cp <= 0xDFFF) // C.5
                || cp == 0xFFFD // C.6 (FFF9-FFFC above)
                || (cp >= 0x2FF0 && cp <= 0x2FFB) // C.7
                || cp == 0x0340 || cp == 0x0341 || cp == 0x200E || cp == 0x200F // C.8
                || (cp >= 0x202A && cp <= 0x202E)
                || cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F); // C.9
    }
}
