package org.parley.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.core.io.DotStuffingOutputStream.BareCr;

class DotStuffingOutputStreamTest {

    private static String stuff(String message, BareCr bareCr) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (DotStuffingOutputStream out = new DotStuffingOutputStream(wire, bareCr)) {
            out.write(message.getBytes(StandardCharsets.ISO_8859_1));
        }
        return wire.toString(StandardCharsets.ISO_8859_1);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | '.\\r\\n'",
        "'a\\r\\n' | 'a\\r\\n.\\r\\n'",
        "'a' | 'a\\r\\n.\\r\\n'",
        "'.\\r\\n' | '..\\r\\n.\\r\\n'",
        "'.a\\r\\n.b' | '..a\\r\\n..b\\r\\n.\\r\\n'",
        "'a.b\\r\\n' | 'a.b\\r\\n.\\r\\n'",
        "'a\\nb' | 'a\\r\\nb\\r\\n.\\r\\n'",
        "'a\\rb' | 'a\\r\\nb\\r\\n.\\r\\n'",
        "'a\\r' | 'a\\r\\n.\\r\\n'",
        "'a\\n.\\n' | 'a\\r\\n..\\r\\n.\\r\\n'",
        "'a\\r\\r\\n.' | 'a\\r\\n\\r\\n..\\r\\n.\\r\\n'",
    })
    void bareCrAsLineEndStuffsAndTerminates(String message, String wire) throws IOException {
        assertThat(stuff(unescape(message), BareCr.LINE_END)).isEqualTo(unescape(wire));
    }

    @Test
    void crlfSplitAcrossWritesIsOneLineEnd() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        DotStuffingOutputStream out = new DotStuffingOutputStream(wire, BareCr.LINE_END);
        out.write('a');
        out.write('\r');
        out.write('\n');
        out.write('.');
        out.finish();
        assertThat(wire.toString(StandardCharsets.US_ASCII)).isEqualTo("a\r\n..\r\n.\r\n");
        assertThatThrownBy(() -> out.write('x')).isInstanceOf(IOException.class);
        out.close();
        assertThat(wire.toString(StandardCharsets.US_ASCII)).isEqualTo("a\r\n..\r\n.\r\n");
    }

    @Test
    void linesStartingWithADotGetAnotherDot() throws IOException {
        assertThat(stuff(".\r\n", BareCr.KEEP)).isEqualTo("..\r\n.\r\n");
        assertThat(stuff("a\r\n.b\r\n..c\r\nd.e\r\n", BareCr.KEEP)).isEqualTo("a\r\n..b\r\n...c\r\nd.e\r\n.\r\n");
        assertThat(stuff(".first", BareCr.KEEP)).isEqualTo("..first\r\n.\r\n");
    }

    @Test
    void bareLfBecomesCrlfAndTheLastLineIsEnded() throws IOException {
        assertThat(stuff("a\nb\n.c", BareCr.KEEP)).isEqualTo("a\r\nb\r\n..c\r\n.\r\n");
        assertThat(stuff("a\r\nb", BareCr.KEEP)).isEqualTo("a\r\nb\r\n.\r\n");
        assertThat(stuff("a\r", BareCr.KEEP)).isEqualTo("a\r\n.\r\n");
        assertThat(stuff("", BareCr.KEEP)).isEqualTo(".\r\n");
        assertThat(stuff("a\rb\r\n", BareCr.KEEP)).as("a bare CR inside a line stays").isEqualTo("a\rb\r\n.\r\n");
    }

    @Test
    void aKeptBareCrDoesNotStartALine() throws IOException {
        assertThat(stuff("a\r.b\r\r\n.", BareCr.KEEP)).isEqualTo("a\r.b\r\r\n..\r\n.\r\n");
    }

    @ParameterizedTest
    @EnumSource(BareCr.class)
    void chunkBoundariesDoNotMatter(BareCr bareCr) throws IOException {
        Random r = new Random(42);
        String text = "From: x\r\n\r\n.\r\n..\r\nline\n.dot\r\n\r\n.\nend\r.x\r\r\n.\r";
        String whole = stuff(text, bareCr);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DotStuffingOutputStream s = new DotStuffingOutputStream(out, bareCr);
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

    @ParameterizedTest
    @EnumSource(BareCr.class)
    void unstuffingGivesBackTheMessage(BareCr bareCr) throws IOException {
        String msg = "Subject: dots\r\n\r\n.\r\n.hidden\r\n...\r\n";
        String wire = stuff(msg, bareCr);
        StringBuilder back = new StringBuilder();
        for (String line : wire.split("\r\n")) {
            if (line.equals(".")) {
                break;
            }
            back.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        assertThat(back.toString()).isEqualTo(msg);
    }

    @ParameterizedTest
    @EnumSource(BareCr.class)
    void nothingAfterFinish(BareCr bareCr) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffingOutputStream s = new DotStuffingOutputStream(out, bareCr);
        s.finish();
        s.finish();
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(".\r\n");
        assertThatThrownBy(() -> s.write('x')).isInstanceOf(IOException.class);
    }

    @Test
    void finishDoesNotFlush() throws IOException {
        int[] flushes = {0};
        ByteArrayOutputStream wire = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        DotStuffingOutputStream s = new DotStuffingOutputStream(wire, BareCr.KEEP);
        s.write('a');
        s.finish();
        assertThat(flushes[0]).as("a pipelining server decides when to flush").isZero();
        s.flush();
        assertThat(flushes[0]).isEqualTo(1);
    }

    @Test
    void rejectsAnOutOfRangeSlice() {
        DotStuffingOutputStream s = new DotStuffingOutputStream(new ByteArrayOutputStream(), BareCr.LINE_END);
        assertThatThrownBy(() -> s.write(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
