package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    private static InputStream source(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void stopsAtTheLimit() throws IOException {
        InputStream below = source("abcdefgh");
        try (BoundedInputStream in = new BoundedInputStream(below, 5)) {
            byte[] b = new byte[3];
            assertThat(in.read(b, 0, 3)).isEqualTo(3);
            assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("abc");
            assertThat(in.read(b, 0, 3)).as("only two octets left").isEqualTo(2);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(b, 0, 3)).isEqualTo(-1);
        }
        assertThat(below.read()).as("the stream below was not read past the limit").isEqualTo('f');
    }

    @Test
    void singleOctetReadsCountToo() throws IOException {
        try (BoundedInputStream in = new BoundedInputStream(source("xyz"), 2)) {
            assertThat(in.read()).isEqualTo('x');
            assertThat(in.read()).isEqualTo('y');
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void endsEarlyWithAShorterStream() throws IOException {
        try (BoundedInputStream in = new BoundedInputStream(source("ab"), 10)) {
            assertThat(in.readAllBytes()).isEqualTo("ab".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void zeroLengthReadsReturnZeroAndALimitOfZeroIsEmpty() throws IOException {
        try (BoundedInputStream in = new BoundedInputStream(source("ab"), 0)) {
            assertThat(in.read(new byte[4], 0, 0)).isZero();
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void closeClosesTheStreamBelow() throws IOException {
        boolean[] closed = {false};
        InputStream below = new ByteArrayInputStream(new byte[8]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new BoundedInputStream(below, 4).close();
        assertThat(closed[0]).isTrue();
    }
}
