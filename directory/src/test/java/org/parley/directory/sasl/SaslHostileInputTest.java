package org.parley.directory.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Random and adversarial client messages never crash a mechanism: each ends in a step, never an exception. */
class SaslHostileInputTest {
    private final TestAuthenticator auth = new TestAuthenticator();

    SaslHostileInputTest() {
        auth.add("user", "pencil", true, false, new byte[] {1, 2}, 4096);
    }

    private List<Supplier<SaslServer>> mechanisms() {
        return List.of(
                () -> new PlainSaslServer(auth, null),
                () -> new LoginSaslServer(auth, null),
                () -> new CramMd5SaslServer(auth, null, "<1.2@h>"),
                () -> new ScramSha256SaslServer(auth, null, () -> "srvnonce"));
    }

    /** Bytes drawn mostly from the characters the mechanisms give meaning to. */
    private static byte[] randomMessage(Random r) {
        byte[] alphabet = "nyp,=a=2C=3Drcsiv \0user pencil0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[r.nextInt(64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.nextInt(8) == 0 ? (byte) r.nextInt(256) : alphabet[r.nextInt(alphabet.length)];
        }
        return out;
    }

    @Test
    void randomExchangesAlwaysEndInAStep() {
        Random r = new Random(20261128);
        for (Supplier<SaslServer> factory : mechanisms()) {
            for (int i = 0; i < 3000; i++) {
                SaslServer s = factory.get();
                if (r.nextBoolean()) {
                    s.step(null);
                }
                for (int round = 0; round < 4 && !s.isComplete(); round++) {
                    SaslStep step = s.step(randomMessage(r));
                    assertThat(step).isNotNull();
                }
            }
        }
    }

    @Test
    void scramWithAValidFirstMessageAndRandomFinalMessages() {
        Random r = new Random(5802);
        for (int i = 0; i < 3000; i++) {
            ScramSha256SaslServer s = new ScramSha256SaslServer(auth, null, () -> "srvnonce");
            s.step("n,,n=user,r=abc".getBytes(StandardCharsets.US_ASCII));
            String prefix = switch (r.nextInt(3)) {
                case 0 -> "c=biws,r=abcsrvnonce,p=";
                case 1 -> "c=biws,r=abcsrvnonce";
                default -> "";
            };
            byte[] tail = randomMessage(r);
            byte[] message = new byte[prefix.length() + tail.length];
            System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, message, 0, prefix.length());
            System.arraycopy(tail, 0, message, prefix.length(), tail.length);
            assertThat(s.step(message)).isInstanceOf(SaslStep.Failure.class);
        }
    }
}
