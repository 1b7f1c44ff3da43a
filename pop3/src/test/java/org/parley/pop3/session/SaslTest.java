package org.parley.pop3.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.directory.password.ScramSha256;
import org.parley.directory.sasl.ChallengeDigests;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

/** RFC 5034 AUTH with every mechanism the server offers, driven line by line. */
class SaslTest extends Pop3ServerTestBase {
    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), UTF_8);
    }

    /** The challenge text of a "+ base64" line. */
    private static String challenge(String line) {
        assertThat(line).startsWith("+ ");
        return unb64(line.substring(2));
    }

    @Test
    void plainWithInitialResponse() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("AUTH PLAIN " + b64("\0alice\0" + Pop3TestServer.ALICE_PASSWORD))).startsWith("+OK maildrop has 0");
            assertThat(c.send("STAT")).isEqualTo("+OK 0 0");
        }
    }

    @Test
    void plainWithoutInitialResponse() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("AUTH PLAIN")).isEqualTo("+ ");
            assertThat(c.send(b64("alice\0alice\0" + Pop3TestServer.ALICE_PASSWORD))).startsWith("+OK");
        }
    }

    @Test
    void plainWithWrongPassword() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("AUTH PLAIN " + b64("\0alice\0nope"))).isEqualTo("-ERR [AUTH] authentication failed");
            assertThat(c.send("STAT")).startsWith("-ERR");
        }
    }

    @Test
    void login() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(challenge(c.send("AUTH LOGIN"))).isEqualTo("Username:");
            assertThat(challenge(c.send(b64("alice")))).isEqualTo("Password:");
            assertThat(c.send(b64(Pop3TestServer.ALICE_PASSWORD))).startsWith("+OK");
        }
    }

    @Test
    void cramMd5ForAReversiblePassword() throws Exception {
        try (Pop3Client c = connect()) {
            String ch = challenge(c.send("AUTH CRAM-MD5"));
            assertThat(ch).matches("<.+@example\\.test>");
            assertThat(c.send(b64("bob " + ChallengeDigests.cramMd5(Pop3TestServer.BOB_PASSWORD, ch)))).startsWith("+OK");
        }
        try (Pop3Client c = connect()) {
            String ch = challenge(c.send("AUTH CRAM-MD5"));
            assertThat(c.send(b64("alice " + ChallengeDigests.cramMd5(Pop3TestServer.ALICE_PASSWORD, ch))))
                    .startsWith("-ERR [AUTH]");
        }
    }

    @Test
    void scramSha256() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(scram(c, "alice", Pop3TestServer.ALICE_PASSWORD)).startsWith("+OK maildrop has 0");
            assertThat(c.send("STAT")).isEqualTo("+OK 0 0");
        }
        try (Pop3Client c = connect()) {
            assertThat(scram(c, "alice", "wrong")).isEqualTo("-ERR [AUTH] authentication failed");
        }
    }

    /**
     * The client side of SCRAM-SHA-256 (RFC 5802 §3) without initial response; checks the
     * server signature sent as the last challenge. Returns the server's final status line.
     */
    static String scram(Pop3Client c, String user, String password) throws IOException {
        assertThat(c.send("AUTH SCRAM-SHA-256")).isEqualTo("+ ");
        String clientFirstBare = "n=" + user + ",r=clientnonce0123456789";
        String reply = c.send(b64("n,," + clientFirstBare));
        String serverFirst = challenge(reply);
        Map<String, String> attrs = attributes(serverFirst);
        assertThat(attrs.get("r")).startsWith("clientnonce0123456789");
        String withoutProof = "c=biws,r=" + attrs.get("r");
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        byte[] salted = ScramSha256.hi(password.getBytes(UTF_8), Base64.getDecoder().decode(attrs.get("s")),
                Integer.parseInt(attrs.get("i")));
        byte[] clientKey = ScramSha256.hmac(salted, "Client Key");
        byte[] signature = ScramSha256.hmac(ScramSha256.h(clientKey), authMessage);
        String proof = Base64.getEncoder().encodeToString(ScramSha256.xor(clientKey, signature));
        String last = c.send(b64(withoutProof + ",p=" + proof));
        if (!last.startsWith("+ ")) {
            return last;
        }
        // the server's v= comes as a challenge (no data with +OK in POP3); the client answers empty
        byte[] serverKey = ScramSha256.hmac(salted, "Server Key");
        String expected = "v=" + Base64.getEncoder().encodeToString(ScramSha256.hmac(serverKey, authMessage));
        assertThat(challenge(last)).isEqualTo(expected);
        return c.send("");
    }

    private static Map<String, String> attributes(String message) {
        Map<String, String> out = new HashMap<>();
        for (String part : message.split(",")) {
            out.put(part.substring(0, 1), part.substring(2));
        }
        return out;
    }

    @Test
    void cancelBadBase64AndUnknownMechanismsLeaveTheSessionUsable() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("AUTH LOGIN")).startsWith("+ ");
            assertThat(c.send("*")).isEqualTo("-ERR authentication cancelled");
            assertThat(c.send("AUTH PLAIN")).isEqualTo("+ ");
            assertThat(c.send("%%%not base64%%%")).isEqualTo("-ERR invalid base64 in authentication response");
            assertThat(c.send("AUTH GSSAPI")).isEqualTo("-ERR unsupported authentication mechanism");
            assertThat(c.send("AUTH PLAIN " + b64("no separators"))).startsWith("-ERR invalid PLAIN");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }

    @Test
    void bareAuthListsMechanisms() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.multi("AUTH")).containsExactly("SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN");
        }
    }

    @Test
    void overlongResponseIsRefusedAndTheSessionGoesOn() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("AUTH PLAIN")).isEqualTo("+ ");
            assertThat(c.send("A".repeat(200_000))).isEqualTo("-ERR authentication response too long");
            assertThat(c.send("AUTH PLAIN")).isEqualTo("+ ");
            assertThat(c.send(b64("\0alice\0" + Pop3TestServer.ALICE_PASSWORD))).startsWith("+OK");
        }
    }
}
