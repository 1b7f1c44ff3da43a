package org.parley.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DotStuffingOutputStreamTest {
    private static String stuff(String in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffingOutputStream s = new DotStuffingOutputStream(out);
        s.write(in.getBytes(StandardCharsets.ISO_8859_1));
        s.finish();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void linesStartingWithADotGetAnotherDot() throws IOException {
        assertThat(stuff(".\r\n")).isEqualTo("..\r\n.\r\n");
        assertThat(stuff("a\r\n.b\r\n..c\r\nd.e\r\n")).isEqualTo("a\r\n..b\r\n...c\r\nd.e\r\n.\r\n");
        assertThat(stuff(".first")).isEqualTo("..first\r\n.\r\n");
    }

    @Test
    void bareLfBecomesCrlfAndTheLastLineIsEnded() throws IOException {
        assertThat(stuff("a\nb\n.c")).isEqualTo("a\r\nb\r\n..c\r\n.\r\n");
        assertThat(stuff("a\r\nb")).isEqualTo("a\r\nb\r\n.\r\n");
        assertThat(stuff("a\r")).isEqualTo("a\r\n.\r\n");
        assertThat(stuff("")).isEqualTo(".\r\n");
        assertThat(stuff("a\rb\r\n")).as("a bare CR inside a line stays").isEqualTo("a\rb\r\n.\r\n");
    }

    @Test
    void chunkBoundariesDoNotMatter() throws IOException {
        Random r = new Random(42);
        String text = "From: x\r\n\r\n.\r\n..\r\nline\n.dot\r\n\r\n.\nend";
        String whole = stuff(text);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DotStuffingOutputStream s = new DotStuffingOutputStream(out);
            byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
            int i = 0;
            while (i < b.length) {
                int n = Math.min(b.length - i, r.nextInt(4));
                if (n == 1 && r.nextBoolean()) {
                    s.write(b[i]);
                } else {
                    s.write(b, i, n);
                }
                i += n;
            }
            s.finish();
            assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(whole);
        }
    }

    @Test
    void unstuffingGivesBackTheMessage() throws IOException {
        String msg = "Subject: dots\r\n\r\n.\r\n.hidden\r\n...\r\n";
        String wire = stuff(msg);
        StringBuilder back = new StringBuilder();
        for (String line : wire.split("\r\n")) {
            if (line.equals(".")) {
                break;
            }
            back.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        assertThat(back.toString()).isEqualTo(msg);
    }

    @Test
    void nothingAfterFinish() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffingOutputStream s = new DotStuffingOutputStream(out);
        s.finish();
        s.finish();
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(".\r\n");
        assertThatThrownBy(() -> s.write('x')).isInstanceOf(IOException.class);
    }
}
