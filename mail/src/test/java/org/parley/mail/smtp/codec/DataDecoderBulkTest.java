package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run-at-a-time body copy gives exactly what octet-by-octet decoding gives. */
class DataDecoderBulkTest {
    private record Decoded(byte[] message, DataResult result, int consumed) {}

    private static Decoded decode(byte[] wire, DataReaderOptions options, boolean bulk, Random chunks) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        DataDecoder d = new DataDecoder(options, sink);
        d.bulk = bulk;
        int at = 0;
        while (at < wire.length && !d.isFinished()) {
            int n = Math.min(wire.length - at, 1 + chunks.nextInt(3000));
            at += d.feed(wire, at, n);
        }
        return new Decoded(sink.toByteArray(), d.isFinished() ? d.result() : null, at);
    }

    @Test
    void bulkAndOctetByOctetAgreeOnRandomHostileData() throws IOException {
        Random random = new Random(3461);
        byte[] pieces = "\r\n..xY \0\u00ff\tReceived: ".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 600; i++) {
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            int n = random.nextInt(2500);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(10) == 0) {
                    wire.writeBytes("a long run of body text without line ends ".repeat(1 + random.nextInt(40))
                            .getBytes(StandardCharsets.US_ASCII));
                } else {
                    wire.write(pieces[random.nextInt(pieces.length)]);
                }
            }
            wire.writeBytes("\r\n.\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] data = wire.toByteArray();
            DataReaderOptions options = new DataReaderOptions(
                    random.nextBoolean() ? 1 << 20 : random.nextInt(5000) + 1,
                    random.nextBoolean() ? 1000 : 78,
                    random.nextBoolean() ? BareLineEndings.REJECT : BareLineEndings.NORMALIZE);
            long seed = random.nextLong();
            Decoded fast = decode(data, options, true, new Random(seed));
            Decoded slow = decode(data, options, false, new Random(seed));
            assertThat(fast.message()).as("message %d", i).isEqualTo(slow.message());
            assertThat(fast.result()).as("result %d", i).isEqualTo(slow.result());
            assertThat(fast.consumed()).as("consumed %d", i).isEqualTo(slow.consumed());
        }
    }
}
