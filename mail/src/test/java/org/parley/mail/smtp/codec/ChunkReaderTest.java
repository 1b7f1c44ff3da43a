package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsExactlyTheChunkAndNoMore() throws Exception {
        InputStream in = stream("abc\r\n.\r\n\0xyzBDAT 3 LAST\r\n");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ChunkReader.Chunk c = ChunkReader.transfer(in, 10, sink, Long.MAX_VALUE);
        assertThat(c).isEqualTo(new ChunkReader.Chunk(10, 0));
        assertThat(sink.toString(StandardCharsets.ISO_8859_1)).isEqualTo("abc\r\n.\r\n\0x");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("yzBDAT 3 LAST\r\n");
    }

    @Test
    void budgetSplitsKeptAndDiscarded() throws Exception {
        InputStream in = stream("0123456789rest");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ChunkReader.Chunk c = ChunkReader.transfer(in, 10, sink, 4);
        assertThat(c.written()).isEqualTo(4);
        assertThat(c.discarded()).isEqualTo(6);
        assertThat(c.exceeded()).isTrue();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("0123");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("rest");
    }

    @Test
    void zeroLengthChunk() throws Exception {
        assertThat(ChunkReader.transfer(stream("x"), 0, OutputStream.nullOutputStream(), 0))
                .isEqualTo(new ChunkReader.Chunk(0, 0));
    }

    @Test
    void largeChunkIsStreamed() throws Exception {
        byte[] big = new byte[3_000_000];
        ChunkReader.Chunk c = ChunkReader.transfer(new ByteArrayInputStream(big), big.length,
                OutputStream.nullOutputStream(), 1_000_000);
        assertThat(c).isEqualTo(new ChunkReader.Chunk(1_000_000, 2_000_000));
    }

    @Test
    void eofInsideChunk() {
        assertThatThrownBy(() -> ChunkReader.transfer(stream("short"), 10, OutputStream.nullOutputStream(), 100))
                .isInstanceOf(EOFException.class).hasMessageContaining("5 of 10");
        assertThatThrownBy(() -> ChunkReader.transfer(stream(""), -1, OutputStream.nullOutputStream(), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
