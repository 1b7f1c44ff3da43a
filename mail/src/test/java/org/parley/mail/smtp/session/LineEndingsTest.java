package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineEndingsTest {
    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void findsBareCrAndLf() {
        assertThat(LineEndings.hasBare(b("a\r\nb\r\n"), 6)).isFalse();
        assertThat(LineEndings.hasBare(b("a\nb"), 3)).isTrue();
        assertThat(LineEndings.hasBare(b("a\rb"), 3)).isTrue();
        assertThat(LineEndings.hasBare(b("a\r"), 2)).isTrue();
        assertThat(LineEndings.hasBare(b("\n"), 1)).isTrue();
        assertThat(LineEndings.hasBare(b("a\r\n"), 2)).isTrue(); // the CRLF is cut by the length
    }

    @Test
    void normalizesToCrlf() {
        assertThat(new String(LineEndings.normalize(b("a\nb\rc\r\nd\n\r"), 10), StandardCharsets.ISO_8859_1))
                .isEqualTo("a\r\nb\r\nc\r\nd\r\n\r\n");
    }

    @Test
    void normalizedContentNeverHasBareLineEndings() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[random.nextInt(40)];
            for (int j = 0; j < data.length; j++) {
                data[j] = (byte) "ab\r\n.\0".charAt(random.nextInt(6));
            }
            byte[] out = LineEndings.normalize(data, data.length);
            assertThat(LineEndings.hasBare(out, out.length)).isFalse();
            if (!LineEndings.hasBare(data, data.length)) {
                assertThat(out).isEqualTo(data);
            }
        }
    }

    @Test
    void findsNul() {
        assertThat(LineEndings.containsNul(b("ab\0"), 3)).isTrue();
        assertThat(LineEndings.containsNul(b("ab\0"), 2)).isFalse();
    }
}
