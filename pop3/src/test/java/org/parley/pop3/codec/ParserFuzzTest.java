package org.parley.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and mutated lines: the parser answers with a command or a syntax error, nothing else. */
class ParserFuzzTest {
    private static final String[] SEEDS = {"USER alice", "PASS a b c", "APOP bob 0123456789abcdef0123456789abcdef",
            "AUTH PLAIN AGFsaWNlAHg=", "AUTH", "CAPA", "STLS", "STAT", "LIST", "LIST 3", "UIDL 1", "RETR 12",
            "TOP 4 0", "DELE 1", "RSET", "NOOP", "QUIT"};

    @Test
    void randomBytesNeverEscapeAsUnexpectedExceptions() {
        Random random = new Random(1939);
        Pop3Parser parser = Pop3Parser.lenient();
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] line = i % 2 == 0 ? randomLine(random) : mutate(random, SEEDS[random.nextInt(SEEDS.length)]);
            try {
                Pop3Command c = parser.parse(line);
                assertThat(c).isNotNull();
                assertThat(c.keyword()).hasSizeBetween(3, 4);
                parsed++;
            } catch (Pop3SyntaxException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\r").doesNotContain("\n");
            }
        }
        assertThat(parsed).as("some mutations stay valid").isPositive();
    }

    private static byte[] randomLine(Random r) {
        byte[] b = new byte[r.nextInt(300)];
        r.nextBytes(b);
        return b;
    }

    private static byte[] mutate(Random r, String seed) {
        byte[] b = seed.getBytes(StandardCharsets.US_ASCII);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(3)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) " 0123456789=+/*.".charAt(r.nextInt(16));
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
            }
        }
        return b;
    }
}
