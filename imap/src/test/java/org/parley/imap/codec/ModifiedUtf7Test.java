package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModifiedUtf7Test {
    @Test
    void rfc3501Example() {
        // RFC 3501 §5.1.3: "~peter/mail/台北/日本語"
        String unicode = "~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e";
        assertThat(ModifiedUtf7.encode(unicode)).isEqualTo("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        assertThat(ModifiedUtf7.decode("~peter/mail/&U,BTFw-/&ZeVnLIqe-")).isEqualTo(unicode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INBOX|INBOX",
        "A&B|A&-B",
        "&|&-",
        "Entwürfe|Entw&APw-rfe",
        "Отправленные|&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-",
        "\uD83D\uDE00 smile|&2D3eAA- smile",
        "a\tb|a&AAk-b",
    })
    void knownEncodings(String unicode, String encoded) {
        assertThat(ModifiedUtf7.encode(unicode)).isEqualTo(encoded);
        assertThat(ModifiedUtf7.decode(encoded)).isEqualTo(unicode);
    }

    @Test
    void randomRoundTrip() {
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                int kind = random.nextInt(4);
                int cp = switch (kind) {
                    case 0 -> 0x20 + random.nextInt(0x5f);
                    case 1 -> 0xa0 + random.nextInt(0x700);
                    case 2 -> 0x4e00 + random.nextInt(0x5000);
                    default -> 0x1f300 + random.nextInt(0x300);
                };
                sb.appendCodePoint(cp);
            }
            String s = sb.toString();
            String encoded = ModifiedUtf7.encode(s);
            assertThat(encoded.chars()).allMatch(c -> c >= 0x20 && c <= 0x7e);
            assertThat(ModifiedUtf7.decode(encoded)).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "&U,BTFw",      // unterminated
        "&AGE-",        // "a" must not be encoded
        "&U,BTF-",      // leftover bits
        "&U,BTFx-",     // non-zero padding bits
        "&2D0-",        // lone high surrogate
        "&3gA-",        // lone low surrogate
        "&*-",          // bad base64 character
        "ü",            // not ASCII
        "a\tb",         // control character
    })
    void rejectsInvalid(String text) {
        assertThatThrownBy(() -> ModifiedUtf7.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
