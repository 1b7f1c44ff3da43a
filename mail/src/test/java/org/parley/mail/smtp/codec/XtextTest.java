package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XtextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain@example.com | plain@example.com",
        "a+b=c | a+2Bb+3Dc",
        "'with space' | with+20space",
        "'' | ''",
        "<> | <>",
        "ü | +C3+BC",
        "tab\there | tab+09here",
    })
    void encodes(String plain, String xtext) {
        assertThat(Xtext.encode(plain.replace("\\t", "\t"))).isEqualTo(xtext);
        assertThat(Xtext.decode(xtext)).isEqualTo(plain.replace("\\t", "\t"));
    }

    @Test
    void decodesLowerCaseHex() {
        assertThat(Xtext.decode("a+2bb")).isEqualTo("a+b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a+", "a+2", "a+G0", "a=b", "a b", "+FF", "+C3", "a+2 "})
    void rejectsMalformed(String bad) {
        assertThatThrownBy(() -> Xtext.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyStringRoundTrips() {
        Random random = new Random(3461);
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x3000) : random.nextInt(128);
                if (Character.isSurrogate((char) cp)) {
                    continue;
                }
                s.appendCodePoint(cp);
            }
            String encoded = Xtext.encode(s.toString());
            for (char c : encoded.toCharArray()) {
                assertThat(c == '+' || Xtext.isXchar(c) || Character.digit(c, 16) >= 0).isTrue();
            }
            assertThat(Xtext.decode(encoded)).isEqualTo(s.toString());
        }
    }
}
