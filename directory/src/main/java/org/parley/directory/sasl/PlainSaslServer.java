package org.parley.directory.sasl;

import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import org.parley.directory.auth.Authenticator;

/** PLAIN (RFC 4616): one message {@code [authzid] NUL authcid NUL passwd}. */
public final class PlainSaslServer extends BaseSaslServer {
    private boolean challenged;

    public PlainSaslServer(Authenticator authenticator, InetAddress remote) {
        super(authenticator, remote);
    }

    @Override
    public String mechanism() {
        return SaslMechanisms.PLAIN;
    }

    @Override
    SaslStep next(byte[] response) {
        if (response == null) {
            if (challenged) {
                return malformed("missing response");
            }
            challenged = true;
            return new SaslStep.Challenge(new byte[0]); // RFC 4616 §2: empty challenge, then the message
        }
        String message;
        try {
            message = SaslCodec.utf8(response); // RFC 4616 §2: the message is UTF-8
        } catch (CharacterCodingException e) {
            return malformed("message is not UTF-8");
        }
        int first = message.indexOf('\0');
        int second = first < 0 ? -1 : message.indexOf('\0', first + 1);
        if (first < 0 || second < 0 || message.indexOf('\0', second + 1) >= 0) {
            return malformed("message must be authzid NUL authcid NUL password");
        }
        String authzid = message.substring(0, first);
        String authcid = message.substring(first + 1, second);
        String password = message.substring(second + 1);
        if (authcid.isEmpty() || password.isEmpty()) { // RFC 4616 §2: authcid and passwd are 1*SAFE
            return malformed("empty authentication identity or password");
        }
        if (authcid.length() > MAX_NAME || authzid.length() > MAX_NAME || password.length() > MAX_PASSWORD) {
            return malformed("identity or password too long");
        }
        return conclude(authenticator.authenticate(authcid, password, remote), authzid, null);
    }
}
