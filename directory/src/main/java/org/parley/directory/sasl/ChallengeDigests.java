package org.parley.directory.sasl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two legacy challenge-response digests that need the clear password: APOP and CRAM-MD5.
 * Both are weak (MD5) and offered only for accounts that opted into a reversible password.
 */
public final class ChallengeDigests {
    /** Longest APOP token or CRAM-MD5 challenge accepted. */
    public static final int MAX_CHALLENGE = 512;

    private ChallengeDigests() {}

    /** APOP digest, RFC 1939 §7: lower-case hex of MD5(token + password), token with its angle brackets. */
    public static String apop(String token, String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(token.getBytes(StandardCharsets.UTF_8));
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    /** CRAM-MD5 digest, RFC 2195 §2: lower-case hex of HMAC-MD5 keyed by the password over the challenge. */
    public static String cramMd5(String password, String challenge) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            return HexFormat.of().formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 unavailable", e);
        }
    }

    /**
     * Compares an expected digest with the client's in constant time; the client's hex may be in
     * either case (RFC 2195 asks for lower case, some clients send upper).
     */
    public static boolean matches(String expectedHex, String givenHex) {
        if (givenHex == null || givenHex.length() != expectedHex.length()) {
            return false;
        }
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                givenHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** True for a syntactically acceptable APOP token: {@code <…>} of printable ASCII, bounded. */
    public static boolean isToken(String token) {
        if (token == null || token.length() < 3 || token.length() > MAX_CHALLENGE
                || token.charAt(0) != '<' || token.charAt(token.length() - 1) != '>') {
            return false;
        }
        return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
