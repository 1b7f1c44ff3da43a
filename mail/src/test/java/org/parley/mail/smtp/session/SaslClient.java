package org.parley.mail.smtp.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parley.directory.password.ScramSha256;

/** Client halves of the SASL mechanisms, for driving AUTH by hand. */
final class SaslClient {
    private SaslClient() {}

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    /** RFC 4616: authzid NUL authcid NUL password. */
    static String plain(String user, String password) {
        return b64("\0" + user + "\0" + password);
    }

    /** RFC 2195: user SP hex(HMAC-MD5(password, challenge)). */
    static String cramMd5(String user, String password, String challengeB64) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
        byte[] digest = mac.doFinal(Base64.getDecoder().decode(challengeB64));
        return b64(user + " " + HexFormat.of().formatHex(digest));
    }

    /** RFC 5802 client state for one SCRAM-SHA-256 exchange without channel binding. */
    static final class Scram {
        private final String user;
        private final String password;
        private final String clientNonce;
        private String authMessage;
        private byte[] saltedPassword;

        Scram(String user, String password) {
            this.user = user;
            this.password = password;
            byte[] r = new byte[18];
            new SecureRandom().nextBytes(r);
            this.clientNonce = Base64.getEncoder().encodeToString(r);
        }

        String clientFirst() {
            return b64("n,," + bare());
        }

        private String bare() {
            return "n=" + user + ",r=" + clientNonce;
        }

        String clientFinal(String serverFirstB64) {
            String serverFirst = unb64(serverFirstB64);
            String nonce = null;
            byte[] salt = null;
            int iterations = 0;
            for (String part : serverFirst.split(",")) {
                switch (part.charAt(0)) {
                    case 'r' -> nonce = part.substring(2);
                    case 's' -> salt = Base64.getDecoder().decode(part.substring(2));
                    case 'i' -> iterations = Integer.parseInt(part.substring(2));
                    default -> { }
                }
            }
            String withoutProof = "c=biws,r=" + nonce;
            authMessage = bare() + "," + serverFirst + "," + withoutProof;
            saltedPassword = ScramSha256.hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
            byte[] clientKey = ScramSha256.hmac(saltedPassword, "Client Key");
            byte[] signature = ScramSha256.hmac(ScramSha256.h(clientKey), authMessage);
            byte[] proof = ScramSha256.xor(clientKey, signature);
            return b64(withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof));
        }

        /** Checks the server's v= (mutual authentication). */
        boolean serverFinalValid(String serverFinalB64) {
            byte[] serverKey = ScramSha256.hmac(saltedPassword, "Server Key");
            String expected = "v=" + Base64.getEncoder().encodeToString(ScramSha256.hmac(serverKey, authMessage));
            return unb64(serverFinalB64).equals(expected);
        }
    }
}
