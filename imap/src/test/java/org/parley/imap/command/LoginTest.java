package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** LOGIN and AUTHENTICATE (RFC 9051 §6.2): PLAIN with and without SASL-IR, LOGIN, SCRAM-SHA-256, CRAM-MD5. */
class LoginTest extends ServerTestBase {
    @BeforeAll
    static void reversibleAccount() {
        server.createAccount("carol", "carol-pw-1", Map.of("PasswordEncryption", "clear"));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s.trim()), StandardCharsets.UTF_8);
    }

    @Test
    void loginWithNameOrAddressAndCapabilityInOk() throws Exception {
        try (ImapTestClient c = server.connect()) {
            ImapTestClient.Response r = c.ok("LOGIN alice " + ALICE_PW);
            assertThat(r.tagged()).startsWith("a1 OK [CAPABILITY IMAP4rev1 IMAP4rev2").contains("IDLE");
            c.ok("SELECT INBOX");
        }
        try (ImapTestClient c = server.connect()) {
            c.ok("LOGIN \"alice@example.test\" \"" + ALICE_PW + "\"");
            assertThat(c.command("LOGIN alice " + ALICE_PW).tagged()).contains("BAD");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        try (ImapTestClient c = server.connect()) {
            String wrong = c.command("LOGIN alice wrong-password").tagged();
            String unknown = c.command("LOGIN nobody wrong-password").tagged();
            assertThat(wrong).isEqualTo("a1 NO [AUTHENTICATIONFAILED] invalid credentials");
            assertThat(unknown).isEqualTo("a2 NO [AUTHENTICATIONFAILED] invalid credentials");
        }
    }

    @Test
    void plainWithInitialResponse() throws Exception {
        try (ImapTestClient c = server.connect()) {
            c.ok("AUTHENTICATE PLAIN " + b64("\0alice\0" + ALICE_PW));
            c.ok("SELECT INBOX");
        }
    }

    @Test
    void plainWithContinuationAndCancel() throws Exception {
        try (ImapTestClient c = server.connect()) {
            c.send("p1 AUTHENTICATE PLAIN");
            assertThat(c.readResponseLine()).isEqualTo("+ ");
            c.send("*");
            assertThat(c.readUntilTagged("p1").tagged()).startsWith("p1 BAD");
            c.send("p2 AUTHENTICATE PLAIN");
            assertThat(c.readResponseLine()).startsWith("+");
            c.send(b64("\0alice\0" + ALICE_PW));
            assertThat(c.readUntilTagged("p2").ok()).isTrue();
        }
    }

    @Test
    void loginMechanism() throws Exception {
        try (ImapTestClient c = server.connect()) {
            c.send("l1 AUTHENTICATE LOGIN");
            assertThat(unb64(c.readResponseLine().substring(2))).startsWith("User");
            c.send(b64("alice"));
            assertThat(unb64(c.readResponseLine().substring(2))).startsWith("Pass");
            c.send(b64(ALICE_PW));
            assertThat(c.readUntilTagged("l1").ok()).isTrue();
        }
    }

    @Test
    void scramSha256() throws Exception {
        try (ImapTestClient c = server.connect()) {
            String nonce = "rOprNGfwEbeRWgbNEkqO";
            String first = "n,,n=alice,r=" + nonce;
            c.send("s1 AUTHENTICATE SCRAM-SHA-256 " + b64(first));
            String serverFirst = unb64(c.readResponseLine().substring(2));
            Map<String, String> f = attrs(serverFirst);
            assertThat(f.get("r")).startsWith(nonce);
            byte[] salted = pbkdf2(ALICE_PW, Base64.getDecoder().decode(f.get("s")), Integer.parseInt(f.get("i")));
            byte[] clientKey = hmac(salted, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            String withoutProof = "c=biws,r=" + f.get("r");
            String authMessage = first.substring(3) + "," + serverFirst + "," + withoutProof;
            byte[] signature = hmac(storedKey, authMessage);
            byte[] proof = new byte[clientKey.length];
            for (int i = 0; i < proof.length; i++) {
                proof[i] = (byte) (clientKey[i] ^ signature[i]);
            }
            c.send(b64(withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof)));
            String serverFinal = unb64(c.readResponseLine().substring(2));
            byte[] serverKey = hmac(salted, "Server Key");
            assertThat(serverFinal).isEqualTo("v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage)));
            c.send("");
            assertThat(c.readUntilTagged("s1").ok()).isTrue();
        }
    }

    @Test
    void cramMd5ForReversiblePasswordOnly() throws Exception {
        try (ImapTestClient c = server.connect()) {
            c.send("c1 AUTHENTICATE CRAM-MD5");
            String challenge = unb64(c.readResponseLine().substring(2));
            assertThat(challenge).startsWith("<").endsWith(">");
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec("carol-pw-1".getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            String digest = HexFormat.of().formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.US_ASCII)));
            c.send(b64("carol " + digest));
            assertThat(c.readUntilTagged("c1").ok()).isTrue();
        }
        try (ImapTestClient c = server.connect()) {
            // alice's password is hashed: CRAM-MD5 cannot work for her
            c.send("c1 AUTHENTICATE CRAM-MD5");
            String challenge = unb64(c.readResponseLine().substring(2));
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(ALICE_PW.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            c.send(b64("alice " + HexFormat.of().formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.US_ASCII)))));
            assertThat(c.readUntilTagged("c1").tagged()).contains("NO [AUTHENTICATIONFAILED]");
        }
    }

    @Test
    void unknownMechanismAndBadBase64() throws Exception {
        try (ImapTestClient c = server.connect()) {
            assertThat(c.command("AUTHENTICATE X-NOPE").status()).isEqualTo("NO");
            assertThat(c.command("AUTHENTICATE PLAIN !!!!").status()).isEqualTo("BAD");
            c.ok("NOOP");
        }
    }

    private static Map<String, String> attrs(String s) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String part : s.split(",")) {
            out.put(part.substring(0, 1), part.substring(2));
        }
        return out;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return f.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
