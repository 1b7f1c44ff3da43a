package org.parley.directory.sasl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.directory.password.ScramSha256;

class ScramSha256SaslServerTest {
    // RFC 7677 §3: user "user", password "pencil", this salt and iteration count, these nonces
    private static final byte[] SALT = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
    private static final String CLIENT_NONCE = "rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private final TestAuthenticator auth = new TestAuthenticator();
    private ScramSha256SaslServer server;

    @BeforeEach
    void setUp() {
        auth.add("user", "pencil", false, false, SALT, 4096);
        auth.add("admin", "adminpw", false, true, SALT, 4096);
        server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
    }

    private SaslStep send(String message) {
        return server.step(message.getBytes(UTF_8));
    }

    private static String text(SaslStep step) {
        assertThat(step).isInstanceOf(SaslStep.Challenge.class);
        return new String(((SaslStep.Challenge) step).data(), UTF_8);
    }

    @Test
    void replaysTheRfc7677Exchange() {
        assertThat(text(server.step(null))).isEmpty();
        String serverFirst = text(send("n,,n=user,r=" + CLIENT_NONCE));
        assertThat(serverFirst).isEqualTo("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        SaslStep last = send("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        assertThat(last).isInstanceOf(SaslStep.Success.class);
        SaslStep.Success ok = (SaslStep.Success) last;
        assertThat(ok.principal().principal()).isEqualTo("user@example.com");
        assertThat(new String(ok.finalData(), UTF_8)).isEqualTo("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        assertThat(server.isComplete()).isTrue();
        assertThatThrownBy(() -> send("more")).isInstanceOf(IllegalStateException.class);
    }

    /** The client side of RFC 5802 §3, to produce proofs for messages other than the RFC's. */
    private static String clientFinal(String password, String gs2Header, String clientFirstBare, String serverFirst) {
        String nonce = serverFirst.substring(2, serverFirst.indexOf(','));
        String withoutProof = "c=" + Base64.getEncoder().encodeToString(gs2Header.getBytes(UTF_8)) + ",r=" + nonce;
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        byte[] salted = ScramSha256.hi(password.getBytes(UTF_8), SALT, 4096);
        byte[] clientKey = ScramSha256.hmac(salted, "Client Key");
        byte[] signature = ScramSha256.hmac(ScramSha256.h(clientKey), authMessage);
        return withoutProof + ",p=" + Base64.getEncoder().encodeToString(ScramSha256.xor(clientKey, signature));
    }

    private SaslStep login(String gs2Header, String user, String password) {
        String bare = "n=" + user + ",r=abc";
        String serverFirst = text(send(gs2Header + bare));
        return send(clientFinal(password, gs2Header, bare, serverFirst));
    }

    @Test
    void clientThatSupportsChannelBindingButSeesNoPlusIsAccepted() {
        assertThat(login("y,,", "user", "pencil")).isInstanceOf(SaslStep.Success.class);
    }

    @Test
    void wrongPasswordFailsWithInvalidProof() {
        assertThat(login("n,,", "user", "pencil2"))
                .isEqualTo(new SaslStep.Failure(SaslFailure.INVALID_CREDENTIALS, "e=invalid-proof"));
        assertThat(auth.outcomes).containsExactly("fail:user");
    }

    @Test
    void unknownUserGetsADecoyChallengeAndFailsOnlyAtTheEnd() {
        String serverFirst = text(send("n,,n=ghost,r=abc"));
        assertThat(serverFirst).startsWith("r=abc" + SERVER_NONCE + ",s=");
        assertThat(send(clientFinal("x", "n,,", "n=ghost,r=abc", serverFirst)))
                .isEqualTo(new SaslStep.Failure(SaslFailure.INVALID_CREDENTIALS, "e=invalid-proof"));
    }

    @Test
    void channelBindingIsRefused() {
        assertThat(send("p=tls-unique,,n=user,r=abc"))
                .isEqualTo(new SaslStep.Failure(SaslFailure.UNSUPPORTED, "e=channel-binding-not-supported"));
    }

    @Test
    void mandatoryExtensionsAreRefused() {
        assertThat(send("n,,m=ext,n=user,r=abc"))
                .isEqualTo(new SaslStep.Failure(SaslFailure.UNSUPPORTED, "e=extensions-not-supported"));
    }

    @Test
    void authorizationIdentity() {
        assertThat(((SaslStep.Success) login("n,a=user,", "user", "pencil")).principal().account()).isEqualTo("user");
        server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
        assertThat(login("n,a=user,", "admin", "adminpw")).isInstanceOf(SaslStep.Success.class)
                .extracting(s -> ((SaslStep.Success) s).principal().account()).isEqualTo("user");
        server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
        assertThat(login("n,a=admin,", "user", "pencil")).isInstanceOf(SaslStep.Failure.class)
                .extracting(s -> ((SaslStep.Failure) s).reason()).isEqualTo(SaslFailure.NOT_AUTHORIZED);
    }

    @Test
    void saslNamesAreDecoded() {
        assertThat(ScramSha256SaslServer.saslName("a=2Cb=3Dc")).isEqualTo("a,b=c");
        assertThat(ScramSha256SaslServer.saslName("a=2")).isNull();
        assertThat(ScramSha256SaslServer.saslName("a=41")).isNull();
        assertThat(send("n,,n=us=er,r=abc")).isEqualTo(new SaslStep.Failure(SaslFailure.MALFORMED, "e=invalid-username-encoding"));
    }

    @Test
    void malformedClientFirstMessages() {
        for (String bad : new String[] {"", "x,,n=user,r=abc", "n,", "n,,", "n,,r=abc,n=user", "n,,n=user", "n,,n=,r=abc",
                "n,,n=user,r=", "n,,n=user,r=a b", "n,b=x,n=user,r=abc", "n,a=,n=user,r=abc", "n,,n=user\u0000,r=abc"}) {
            server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
            assertThat(send(bad)).as(bad).isInstanceOf(SaslStep.Failure.class)
                    .extracting(s -> ((SaslStep.Failure) s).reason()).isEqualTo(SaslFailure.MALFORMED);
        }
        server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
        assertThat(server.step(new byte[] {'n', ',', ',', (byte) 0xC3, (byte) 0x28})).isInstanceOf(SaslStep.Failure.class);
    }

    @Test
    void malformedClientFinalMessages() {
        String nonce = "abc" + SERVER_NONCE;
        String proof = ",p=" + Base64.getEncoder().encodeToString(new byte[32]);
        String[] bad = {
            "c=biws,r=" + nonce, // no proof
            "c=eSws,r=" + nonce + proof, // channel binding header differs from the one sent
            "c=biws,r=" + "abc" + proof, // nonce does not match
            "r=" + nonce + ",c=biws" + proof, // attributes out of order
            "c=biws,r=" + nonce + ",p=AAAA", // proof of the wrong length
            "c=biws,r=" + nonce + ",p=***", // not base64
        };
        for (String message : bad) {
            server = new ScramSha256SaslServer(auth, null, () -> SERVER_NONCE);
            send("n,,n=user,r=abc");
            assertThat(send(message)).as(message).isInstanceOf(SaslStep.Failure.class)
                    .extracting(s -> ((SaslStep.Failure) s).reason()).isEqualTo(SaslFailure.MALFORMED);
        }
        assertThat(auth.outcomes).isEmpty(); // malformed exchanges never reach a password check
    }

    @Test
    void throttledLoginStopsBeforeTheChallenge() {
        auth.throttled = true;
        assertThat(send("n,,n=user,r=abc")).isInstanceOf(SaslStep.Failure.class)
                .extracting(s -> ((SaslStep.Failure) s).reason()).isEqualTo(SaslFailure.THROTTLED);
    }

    @Test
    void overLongResponseIsRejected() {
        assertThat(server.step(new byte[SaslCodec.MAX_RESPONSE_BYTES + 1])).isInstanceOf(SaslStep.Failure.class);
    }
}
