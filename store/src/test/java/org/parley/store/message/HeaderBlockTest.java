package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderBlockTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void fieldsFoldingAndTheBlankLine() {
        byte[] b = bytes("From mbox-line\r\nSubject : folded\r\n  more\r\n\tand more\r\nX-Empty:\r\n bad name: x\r\n\r\nbody");
        HeaderBlock h = HeaderBlock.scan(b, 0, b.length, 100);
        assertThat(h.fields()).extracting(HeaderBlock.Field::name).containsExactly(null, "Subject", "X-Empty");
        assertThat(h.firstValue("subject")).isEqualTo("folded  more\tand more");
        assertThat(h.firstValue("x-empty")).isEqualTo(" bad name: x".trim());
        assertThat(new String(b, h.blankLineStart(), h.bodyStart() - h.blankLineStart(), StandardCharsets.ISO_8859_1)).isEqualTo("\r\n");
        assertThat(new String(b, h.bodyStart(), b.length - h.bodyStart(), StandardCharsets.ISO_8859_1)).isEqualTo("body");
    }

    @Test
    void bareLfUnterminatedAndEmptyHeaders() {
        byte[] lf = bytes("A: 1\nB: 2\n\nbody");
        HeaderBlock h = HeaderBlock.scan(lf, 0, lf.length, 100);
        assertThat(h.bodyStart()).isEqualTo(11);
        assertThat(h.blankLineStart()).isEqualTo(10);
        byte[] unterminated = bytes("A: 1\r\nB: 2");
        HeaderBlock u = HeaderBlock.scan(unterminated, 0, unterminated.length, 100);
        assertThat(u.blankLineStart()).isEqualTo(-1);
        assertThat(u.bodyStart()).isEqualTo(unterminated.length);
        assertThat(u.firstValue("b")).isEqualTo("2");
        byte[] empty = bytes("\r\nbody");
        assertThat(HeaderBlock.scan(empty, 0, empty.length, 100).fields()).isEmpty();
        assertThat(HeaderBlock.scan(empty, 0, empty.length, 100).bodyStart()).isEqualTo(2);
        byte[] crcrlf = bytes("A: 1\r\r\nB: 2\r\n\r\n");
        assertThat(HeaderBlock.scan(crcrlf, 0, crcrlf.length, 100).fields()).hasSize(2);
    }

    @Test
    void fieldLimitKeepsTheBodyOffsetExact() {
        byte[] b = bytes("A: 1\r\n".repeat(1000) + "\r\nbody");
        HeaderBlock h = HeaderBlock.scan(b, 0, b.length, 10);
        assertThat(h.fields()).hasSize(10);
        assertThat(h.bodyStart()).isEqualTo(6002);
    }
}
