package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SaslResponseTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void decodesDataCancelAndEmpty() throws Exception {
        assertThat(SaslResponse.decode("a", b("AGZyZWQAc2VjcmV0")))
                .isEqualTo(new SaslResponse.Data(b("\0fred\0secret")));
        assertThat(SaslResponse.decode("a", b("*"))).isEqualTo(new SaslResponse.Cancel());
        assertThat(SaslResponse.decode("a", b(""))).isEqualTo(new SaslResponse.Data(new byte[0]));
    }

    @Test
    void rejectsBadBase64WithTheTag() {
        for (String bad : new String[] {"abc", "ab=c", "a b=", "****", "AGZy\0ZWQ="}) {
            assertThatThrownBy(() -> SaslResponse.decode("t9", b(bad))).as(bad)
                    .isInstanceOfSatisfying(ImapParseException.class, e -> assertThat(e.tag()).isEqualTo("t9"));
        }
    }

    @Test
    void idleDone() {
        assertThat(ImapParser.isIdleDone(b("DONE"))).isTrue();
        assertThat(ImapParser.isIdleDone(b("done"))).isTrue();
        assertThat(ImapParser.isIdleDone(b("DONE "))).isFalse();
        assertThat(ImapParser.isIdleDone(b("a NOOP"))).isFalse();
    }
}
