package org.parley.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static LineReader reader(String text, int bufferSize) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), bufferSize);
    }

    private static String line(LineReader r, int max) throws IOException {
        byte[] b = r.readLine(max);
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsCrlfAndBareLfLines() throws IOException {
        LineReader r = reader("A1 NOOP\r\nA2 LOGOUT\nlast\r\n", 4);
        assertThat(line(r, 100)).isEqualTo("A1 NOOP");
        assertThat(r.lastLineEnding()).isEqualTo(LineReader.LineEnding.CRLF);
        assertThat(line(r, 100)).isEqualTo("A2 LOGOUT");
        assertThat(r.lastLineEnding()).isEqualTo(LineReader.LineEnding.LF);
        assertThat(line(r, 100)).isEqualTo("last");
        assertThat(line(r, 100)).isNull();
        assertThat(r.lastLineEnding()).isEqualTo(LineReader.LineEnding.EOF);
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws IOException {
        LineReader r = reader("12345\r\n12345\n", 3);
        assertThat(line(r, 5)).isEqualTo("12345");
        assertThat(line(r, 5)).isEqualTo("12345");
    }

    @Test
    void overLongLineIsSkippedAndReadingContinues() throws IOException {
        String huge = "x".repeat(1_000_000);
        LineReader r = reader(huge + "\r\nNEXT\r\n", 8192);
        assertThatThrownBy(() -> r.readLine(1000)).isInstanceOf(LineTooLongException.class);
        assertThat(line(r, 1000)).isEqualTo("NEXT");
    }

    @Test
    void oneOctetOverTheLimitIsRejected() {
        LineReader r = reader("123456\r\n", 64);
        assertThatThrownBy(() -> r.readLine(5)).isInstanceOf(LineTooLongException.class);
    }

    @Test
    void crInsideALineIsKept() throws IOException {
        LineReader r = reader("a\rb\r\n", 64);
        assertThat(line(r, 10)).isEqualTo("a\rb");
    }

    @Test
    void truncatedLineIsAnEofError() {
        LineReader r = reader("no terminator", 64);
        assertThatThrownBy(() -> r.readLine(100)).isInstanceOf(EOFException.class);
    }

    @Test
    void literalsAndLinesInterleave() throws IOException {
        LineReader r = reader("A APPEND x {5}\r\nhelloB NOOP\r\n", 3);
        assertThat(line(r, 100)).isEqualTo("A APPEND x {5}");
        assertThat(new String(r.readExactly(5), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(line(r, 100)).isEqualTo("B NOOP");
    }

    @Test
    void truncatedLiteralIsAnEofError() {
        LineReader r = reader("abc", 64);
        assertThatThrownBy(() -> r.readExactly(10)).isInstanceOf(EOFException.class);
    }

    @Test
    void transferAndSkipDoNotBuffer() throws IOException {
        LineReader r = reader("0123456789rest\n", 4);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        r.transferExactly(4, sink);
        r.skipExactly(6);
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("0123");
        assertThat(line(r, 10)).isEqualTo("rest");
    }

    @Test
    void discardDropsPipelinedBytes() throws IOException {
        LineReader r = reader("STARTTLS\r\nINJECTED\r\n", 1024);
        assertThat(line(r, 100)).isEqualTo("STARTTLS");
        assertThat(r.discardBuffered()).isEqualTo("INJECTED\r\n".length());
        assertThat(r.readLine(100)).isNull();
    }

    @Test
    void nulBytesAndHighBytesPassThroughUnchanged() throws IOException {
        byte[] data = {'a', 0, (byte) 0xff, '\r', '\n'};
        LineReader r = new LineReader(new ByteArrayInputStream(data), 2);
        assertThat(r.readLine(10)).containsExactly('a', 0, (byte) 0xff);
    }

    @Test
    void slowStreamsDeliveringOneByteAtATimeWork() throws IOException {
        byte[] data = "ONE\r\nTWO\r\n".getBytes(StandardCharsets.US_ASCII);
        InputStream trickle = new InputStream() {
            int i;

            @Override
            public int read() {
                return i < data.length ? data[i++] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (i >= data.length) {
                    return -1;
                }
                b[off] = data[i++];
                return 1;
            }
        };
        LineReader r = new LineReader(trickle, 16);
        assertThat(line(r, 10)).isEqualTo("ONE");
        assertThat(line(r, 10)).isEqualTo("TWO");
    }
}
