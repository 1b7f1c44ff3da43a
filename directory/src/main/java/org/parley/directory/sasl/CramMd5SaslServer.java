package org.parley.directory.sasl;

import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.parley.directory.auth.Authenticator;

/**
 * CRAM-MD5 (RFC 2195): the server sends a unique challenge in msg-id form, the client answers
 * {@code user SP hex(HMAC-MD5(password, challenge))}. Works only for accounts that keep a
 * reversible password; for others it fails like a wrong password.
 */
public final class CramMd5SaslServer extends BaseSaslServer {
    private final String challenge;
    private boolean challenged;

    /** @param challenge the unique challenge, e.g. {@code <1896.697170952@postoffice.example.net>} */
    public CramMd5SaslServer(Authenticator authenticator, InetAddress remote, String challenge) {
        super(authenticator, remote);
        this.challenge = challenge;
    }

    @Override
    public String mechanism() {
        return SaslMechanisms.CRAM_MD5;
    }

    @Override
    SaslStep next(byte[] response) {
        if (!challenged) {
            if (response != null) {
                return malformed("CRAM-MD5 takes no initial response"); // RFC 2195 §2: the server speaks first
            }
            challenged = true;
            return new SaslStep.Challenge(challenge.getBytes(StandardCharsets.US_ASCII));
        }
        if (response == null) {
            return malformed("missing response");
        }
        String text;
        try {
            text = SaslCodec.utf8(response);
        } catch (CharacterCodingException e) {
            return malformed("response is not UTF-8");
        }
        int space = text.lastIndexOf(' ');
        if (space <= 0 || text.length() - space - 1 != 32) {
            return malformed("response must be user SP 32 hex digits");
        }
        String user = text.substring(0, space);
        String digest = text.substring(space + 1);
        if (!digest.chars().allMatch(c -> Character.digit(c, 16) >= 0) || user.length() > MAX_NAME
                || user.indexOf('\0') >= 0) {
            return malformed("response must be user SP 32 hex digits");
        }
        return conclude(authenticator.authenticateCramMd5(user, challenge, digest, remote), null, null);
    }
}
