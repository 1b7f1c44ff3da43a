package org.parley.directory.sasl;

import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.auth.ScramLogin;
import org.parley.directory.password.ScramCredential;
import org.parley.directory.password.ScramSha256;

/**
 * SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding: the server never advertises the
 * -PLUS variant, so a client-first message with {@code p=} is refused and {@code n} and {@code y}
 * are accepted (RFC 5802 §6). Three steps: client-first → server-first, client-final →
 * server-final carried by {@link SaslStep.Success#finalData()}.
 */
public final class ScramSha256SaslServer extends BaseSaslServer {
    private enum State { START, SENT_SERVER_FIRST }

    private final Supplier<String> nonces;
    private State state = State.START;
    private boolean challenged;
    private String gs2Header;
    private String authzid;
    private String clientFirstBare;
    private String serverFirst;
    private String nonce;
    private ScramLogin.Ready login;

    /** @param nonces source of the server's part of the nonce: printable ASCII without {@code ,} */
    public ScramSha256SaslServer(Authenticator authenticator, InetAddress remote, Supplier<String> nonces) {
        super(authenticator, remote);
        this.nonces = nonces;
    }

    @Override
    public String mechanism() {
        return ScramSha256.MECHANISM;
    }

    @Override
    SaslStep next(byte[] response) {
        if (response == null) {
            if (state != State.START || challenged) {
                return malformed("missing response");
            }
            challenged = true;
            return new SaslStep.Challenge(new byte[0]); // RFC 5802 §5: the client speaks first
        }
        String text;
        try {
            text = SaslCodec.utf8(response);
        } catch (CharacterCodingException e) {
            return error(SaslFailure.MALFORMED, "invalid-encoding");
        }
        if (text.indexOf('\0') >= 0) {
            return error(SaslFailure.MALFORMED, "invalid-encoding");
        }
        return state == State.START ? clientFirst(text) : clientFinal(text);
    }

    private SaslStep clientFirst(String text) {
        // RFC 5802 §7: gs2-header = gs2-cbind-flag "," [ authzid ] ","
        if (text.startsWith("p=")) {
            return error(SaslFailure.UNSUPPORTED, "channel-binding-not-supported");
        }
        if (!text.startsWith("n,") && !text.startsWith("y,")) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        int end = text.indexOf(',', 2);
        if (end < 0) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        String authzPart = text.substring(2, end);
        if (!authzPart.isEmpty()) {
            if (!authzPart.startsWith("a=")) {
                return error(SaslFailure.MALFORMED, "other-error");
            }
            authzid = saslName(authzPart.substring(2));
            if (authzid == null || authzid.isEmpty()) {
                return error(SaslFailure.MALFORMED, "invalid-encoding");
            }
        }
        gs2Header = text.substring(0, end + 1);
        clientFirstBare = text.substring(end + 1);
        String[] attrs = clientFirstBare.split(",", -1);
        if (attrs[0].startsWith("m=")) {
            return error(SaslFailure.UNSUPPORTED, "extensions-not-supported"); // RFC 5802 §5.1 reserved-mext
        }
        if (attrs.length < 2 || !attrs[0].startsWith("n=") || !attrs[1].startsWith("r=")) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        String user = saslName(attrs[0].substring(2));
        if (user == null || user.isEmpty() || user.length() > MAX_NAME) {
            return error(SaslFailure.MALFORMED, "invalid-username-encoding");
        }
        String clientNonce = attrs[1].substring(2);
        if (clientNonce.isEmpty() || !printable(clientNonce)) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        return switch (authenticator.scramStart(user, remote)) {
            case ScramLogin.Throttled t -> new SaslStep.Failure(SaslFailure.THROTTLED, "too many failed logins");
            case ScramLogin.Ready ready -> {
                login = ready;
                String serverNonce = nonces.get();
                if (serverNonce.isEmpty() || !printable(serverNonce)) {
                    throw new IllegalStateException("nonce source produced an unusable nonce");
                }
                nonce = clientNonce + serverNonce;
                ScramCredential c = ready.credential();
                serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(c.salt()) + ",i=" + c.iterations();
                state = State.SENT_SERVER_FIRST;
                yield new SaslStep.Challenge(serverFirst.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private SaslStep clientFinal(String text) {
        // RFC 5802 §7: client-final-message = client-final-message-without-proof "," proof
        int p = text.lastIndexOf(",p=");
        if (p < 0) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        String withoutProof = text.substring(0, p);
        String[] attrs = withoutProof.split(",", -1);
        if (attrs.length < 2 || !attrs[0].startsWith("c=") || !attrs[1].startsWith("r=")) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        byte[] cbind;
        byte[] proof;
        try {
            cbind = Base64.getDecoder().decode(attrs[0].substring(2));
            proof = Base64.getDecoder().decode(text.substring(p + 3));
        } catch (IllegalArgumentException e) {
            return error(SaslFailure.MALFORMED, "invalid-encoding");
        }
        // RFC 5802 §6: without channel binding, c= carries exactly the gs2-header the client sent
        if (!MessageDigest.isEqual(cbind, gs2Header.getBytes(StandardCharsets.UTF_8))) {
            return error(SaslFailure.MALFORMED, "channel-bindings-dont-match");
        }
        if (!attrs[1].substring(2).equals(nonce)) {
            return error(SaslFailure.MALFORMED, "other-error");
        }
        if (proof.length != 32) {
            return error(SaslFailure.MALFORMED, "invalid-proof");
        }
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof; // RFC 5802 §3
        ScramCredential c = login.credential();
        byte[] clientSignature = ScramSha256.hmac(c.storedKey(), authMessage);
        byte[] clientKey = ScramSha256.xor(proof, clientSignature);
        boolean matched = MessageDigest.isEqual(ScramSha256.h(clientKey), c.storedKey());
        AuthResult result = authenticator.scramFinished(login, matched, remote);
        if (result instanceof AuthResult.Failed) {
            return error(SaslFailure.INVALID_CREDENTIALS, "invalid-proof");
        }
        byte[] serverSignature = ScramSha256.hmac(c.serverKey(), authMessage);
        byte[] serverFinal = ("v=" + Base64.getEncoder().encodeToString(serverSignature)).getBytes(StandardCharsets.US_ASCII);
        return conclude(result, authzid, serverFinal);
    }

    private static SaslStep.Failure error(SaslFailure reason, String serverError) {
        return new SaslStep.Failure(reason, "e=" + serverError);
    }

    /** Decodes a saslname (RFC 5802 §7): {@code =2C} is {@code ,}, {@code =3D} is {@code =}; any other {@code =} is an error. */
    static String saslName(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '=') {
                if (s.startsWith("=2C", i)) {
                    sb.append(',');
                } else if (s.startsWith("=3D", i)) {
                    sb.append('=');
                } else {
                    return null;
                }
                i += 2;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** RFC 5802 §7: printable = %x21-2B / %x2D-7E. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x21 || ch > 0x7e || ch == ',') {
                return false;
            }
        }
        return true;
    }
}
