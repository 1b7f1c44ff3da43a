package org.parley.directory.sasl;

import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.parley.directory.auth.Authenticator;

/**
 * LOGIN (draft-murchison-sasl-login): the server asks {@code Username:} then {@code Password:};
 * a client may send the user name as initial response and skip the first question.
 */
public final class LoginSaslServer extends BaseSaslServer {
    static final byte[] USERNAME = "Username:".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PASSWORD = "Password:".getBytes(StandardCharsets.US_ASCII);
    private String username;
    private boolean askedUsername;

    public LoginSaslServer(Authenticator authenticator, InetAddress remote) {
        super(authenticator, remote);
    }

    @Override
    public String mechanism() {
        return SaslMechanisms.LOGIN;
    }

    @Override
    SaslStep next(byte[] response) {
        if (response == null) {
            if (askedUsername || username != null) {
                return malformed("missing response");
            }
            askedUsername = true;
            return new SaslStep.Challenge(USERNAME.clone());
        }
        String text;
        try {
            text = SaslCodec.utf8(response);
        } catch (CharacterCodingException e) {
            return malformed("response is not UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            return malformed("NUL in response");
        }
        if (username == null) {
            if (text.isEmpty() || text.length() > MAX_NAME) {
                return malformed("empty or over-long user name");
            }
            username = text;
            return new SaslStep.Challenge(PASSWORD.clone());
        }
        if (text.isEmpty() || text.length() > MAX_PASSWORD) {
            return malformed("empty or over-long password");
        }
        return conclude(authenticator.authenticate(username, text, remote), null, null);
    }
}
