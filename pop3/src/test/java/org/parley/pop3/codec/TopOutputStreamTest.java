package org.parley.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopOutputStreamTest {
    private static final String MSG = "From: a@example.net\r\nSubject: s\r\n\r\nline 1\r\nline 2\r\nline 3\r\n";

    private static String top(String message, int lines, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TopOutputStream t = new TopOutputStream(out, lines);
        byte[] b = message.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i += chunk) {
            t.write(b, i, Math.min(chunk, b.length - i));
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void headerBlankLineAndNLines() throws IOException {
        for (int chunk : new int[] {1, 2, 7, 1000}) {
            assertThat(top(MSG, 0, chunk)).isEqualTo("From: a@example.net\r\nSubject: s\r\n\r\n");
            assertThat(top(MSG, 1, chunk)).isEqualTo("From: a@example.net\r\nSubject: s\r\n\r\nline 1\r\n");
            assertThat(top(MSG, 2, chunk)).isEqualTo("From: a@example.net\r\nSubject: s\r\n\r\nline 1\r\nline 2\r\n");
            assertThat(top(MSG, 3, chunk)).isEqualTo(MSG);
            assertThat(top(MSG, 100, chunk)).isEqualTo(MSG);
        }
    }

    @Test
    void doneOnceTheLinesArePassed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TopOutputStream t = new TopOutputStream(out, 1);
        t.write("H: v\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(t.done()).isFalse();
        t.write("first\r\nsecond\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(t.done()).isTrue();
        t.write("more\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("H: v\r\n\r\nfirst\r\n");
    }

    @Test
    void bareLfMessagesAndOddShapes() throws IOException {
        assertThat(top("A: 1\n\nbody 1\nbody 2\n", 1, 3)).isEqualTo("A: 1\n\nbody 1\n");
        assertThat(top("A: 1\r\nB: 2\r\n", 0, 5)).as("no body at all").isEqualTo("A: 1\r\nB: 2\r\n");
        assertThat(top("\r\nbody\r\n", 0, 1)).as("empty header").isEqualTo("\r\n");
        assertThat(top("A: x\r\rB\r\n\r\nb\r\n", 0, 1)).as("a bare CR is not a line end").isEqualTo("A: x\r\rB\r\n\r\n");
        assertThat(top("A: 1\r\n\r\nno newline at end", 5, 4)).isEqualTo("A: 1\r\n\r\nno newline at end");
    }
}
