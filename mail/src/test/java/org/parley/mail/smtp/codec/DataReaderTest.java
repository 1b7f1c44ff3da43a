package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.io.DotStuffingOutputStream;
import org.parley.core.io.DotStuffingOutputStream.BareCr;

class DataReaderTest {

    private static final DataReaderOptions NORMALIZE =
            new DataReaderOptions(1 << 20, 1000, BareLineEndings.NORMALIZE);
    private static final DataReaderOptions REJECT = DataReaderOptions.of(1 << 20);

    private record Outcome(String message, DataResult result, String rest) {
    }

    /** Reads from a buffered (mark-capable) stream and returns what is left after the message. */
    private static Outcome read(String wire, DataReaderOptions options) throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), 16);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        DataResult r = new DataReader(options).read(in, sink);
        return new Outcome(sink.toString(StandardCharsets.ISO_8859_1), r,
                new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    }

    /** A stream without mark support, handing out at most one octet per read call. */
    private static InputStream trickle(byte[] data) {
        return new FilterInputStream(new ByteArrayInputStream(data)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    @Test
    void plainMessageAndPipelinedCommandAfterIt() throws Exception {
        Outcome o = read("Subject: hi\r\n\r\nbody\r\n.\r\nQUIT\r\n", REJECT);
        assertThat(o.message()).isEqualTo("Subject: hi\r\n\r\nbody\r\n");
        assertThat(o.rest()).isEqualTo("QUIT\r\n");
        assertThat(o.result().rejection()).isEmpty();
        assertThat(o.result().size()).isEqualTo(21);
    }

    @Test
    void emptyMessage() throws Exception {
        Outcome o = read(".\r\nRSET\r\n", REJECT);
        assertThat(o.message()).isEmpty();
        assertThat(o.rest()).isEqualTo("RSET\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // RFC 5321 §4.5.2 transparency
        "'..leading dot\\r\\n' | '.leading dot\\r\\n'",
        "'..\\r\\n' | '.\\r\\n'",
        "'...\\r\\n' | '..\\r\\n'",
        "'.x\\r\\n' | 'x\\r\\n'",
        "'a\\r\\n..\\r\\nb\\r\\n' | 'a\\r\\n.\\r\\nb\\r\\n'",
        "'a.\\r\\n. b\\r\\n' | 'a.\\r\\n b\\r\\n'",
    })
    void removesDotStuffing(String data, String message) throws Exception {
        Outcome o = read(unescape(data) + ".\r\n", REJECT);
        assertThat(o.message()).isEqualTo(unescape(message));
        assertThat(o.result().bareLineEnding()).isFalse();
    }

    @Test
    void terminatorSplitAcrossEveryPossibleReadBoundary() throws Exception {
        byte[] wire = "Subject: x\r\n\r\n..a\r\nb\r\n.\r\nNOOP\r\n".getBytes(StandardCharsets.US_ASCII);
        int end = wire.length - "NOOP\r\n".length();
        for (int cut = 0; cut <= end; cut++) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            DataDecoder d = new DataDecoder(REJECT, sink);
            int used = d.feed(wire, 0, cut);
            assertThat(d.isFinished()).isEqualTo(cut == end);
            if (!d.isFinished()) {
                used += d.feed(wire, cut, wire.length - cut);
            }
            assertThat(d.isFinished()).isTrue();
            assertThat(used).as("cut %d", cut).isEqualTo(end);
            assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("Subject: x\r\n\r\n.a\r\nb\r\n");
        }
    }

    @Test
    void oneOctetAtATimeWithoutMarkSupport() throws Exception {
        InputStream in = trickle("a\r\nb\r\n.\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        new DataReader(REJECT).read(in, sink);
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("a\r\nb\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("QUIT\r\n");
    }

    @Test
    void bareLfIsNormalizedWhenAllowed() throws Exception {
        Outcome o = read("a\nb\r\n.\r\n", NORMALIZE);
        assertThat(o.message()).isEqualTo("a\r\nb\r\n");
        assertThat(o.result().bareLineEnding()).isTrue();
        assertThat(o.result().rejection()).isEmpty();
    }

    @Test
    void bareCrIsNormalizedWhenAllowed() throws Exception {
        assertThat(read("a\rb\r\n.\r\n", NORMALIZE).message()).isEqualTo("a\r\nb\r\n");
        assertThat(read("a\r\r\nb\r\n.\r\n", NORMALIZE).message()).isEqualTo("a\r\n\r\nb\r\n");
    }

    @Test
    void bareLineEndingsAreRejectedByDefaultButDataIsConsumed() throws Exception {
        Outcome lf = read("a\nb\r\n.\r\nQUIT\r\n", REJECT);
        assertThat(lf.result().rejection()).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).isEqualTo(EnhancedStatusCode.MEDIA_ERROR);
        });
        assertThat(lf.rest()).isEqualTo("QUIT\r\n");
        assertThat(read("a\rb\r\n.\r\n", REJECT).result().rejection()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'a\\n.\\nMAIL FROM:<x@y>\\r\\n'",
        "'a\\n.\\r\\nMAIL FROM:<x@y>\\r\\n'",
        "'a\\r\\n.\\nMAIL FROM:<x@y>\\r\\n'",
        "'a\\r.\\r\\nMAIL FROM:<x@y>\\r\\n'",
        "'a\\r\\n.\\rMAIL FROM:<x@y>\\r\\n'",
    })
    void smugglingSequencesDoNotEndTheMessage(String data) throws Exception {
        for (DataReaderOptions options : new DataReaderOptions[] {REJECT, NORMALIZE}) {
            Outcome o = read(unescape(data) + "real end\r\n.\r\nQUIT\r\n", options);
            assertThat(o.rest()).isEqualTo("QUIT\r\n");
            assertThat(o.result().bareLineEnding()).isTrue();
            if (options == NORMALIZE) {
                assertThat(o.message()).contains("MAIL FROM:<x@y>\r\nreal end\r\n");
                // Relayed on, the smuggled "." line gets stuffed, so it stays inside the message.
                ByteArrayOutputStream relayed = new ByteArrayOutputStream();
                try (DotStuffingOutputStream out = new DotStuffingOutputStream(relayed, BareCr.LINE_END)) {
                    out.write(o.message().getBytes(StandardCharsets.ISO_8859_1));
                }
                Outcome next = read(relayed.toString(StandardCharsets.ISO_8859_1), REJECT);
                assertThat(next.message()).isEqualTo(o.message());
                assertThat(next.rest()).isEmpty();
            }
        }
    }

    @Test
    void nulAndEightBitAreFlagged() throws Exception {
        DataResult r = read("a\0b\r\n\u00e9\r\n.\r\n", REJECT).result();
        assertThat(r.containsNul()).isTrue();
        assertThat(r.eightBit()).isTrue();
        DataResult clean = read("abc\r\n.\r\n", REJECT).result();
        assertThat(clean.containsNul()).isFalse();
        assertThat(clean.eightBit()).isFalse();
    }

    @Test
    void overLongLinesAreFlaggedNotFatal() throws Exception {
        Outcome ok = read("x".repeat(998) + "\r\n.\r\n", REJECT);
        assertThat(ok.result().lineTooLong()).isFalse();
        assertThat(ok.result().longestLine()).isEqualTo(1000);
        // The stuffing period does not count (RFC 5321 §4.5.3.1.6).
        assertThat(read("." + "." + "x".repeat(997) + "\r\n.\r\n", REJECT).result().lineTooLong()).isFalse();
        Outcome tooLong = read("x".repeat(999) + "\r\nnext\r\n.\r\nQUIT\r\n", REJECT);
        assertThat(tooLong.result().lineTooLong()).isTrue();
        assertThat(tooLong.result().longestLine()).isEqualTo(1001);
        assertThat(tooLong.message()).endsWith("next\r\n");
        assertThat(tooLong.rest()).isEqualTo("QUIT\r\n");
        Outcome huge = read("y".repeat(200_000) + "\r\n.\r\n", REJECT);
        assertThat(huge.result().longestLine()).isEqualTo(200_002);
    }

    @Test
    void sizeLimitDiscardsTheRestAndStaysInSync() throws Exception {
        DataReaderOptions small = new DataReaderOptions(10, 1000, BareLineEndings.REJECT);
        Outcome o = read("0123456789ABCDEF\r\nmore\r\n.\r\nRSET\r\n", small);
        assertThat(o.result().sizeExceeded()).isTrue();
        assertThat(o.result().size()).isEqualTo(24);
        assertThat(o.message()).isEqualTo("0123456789");
        assertThat(o.rest()).isEqualTo("RSET\r\n");
        assertThat(o.result().rejection()).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(552);
            assertThat(r.status()).isEqualTo(EnhancedStatusCode.MESSAGE_TOO_BIG);
        });
        // Exactly at the limit is fine.
        assertThat(read("12345678\r\n.\r\n", small).result().sizeExceeded()).isFalse();
    }

    @Test
    void eofInsideDataIsAnError() {
        assertThatThrownBy(() -> read("half a message\r\n", REJECT)).isInstanceOf(EOFException.class)
                .hasMessageContaining("16 message octets");
        assertThatThrownBy(() -> read("a\r\n.", REJECT)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> read("a\r\n.\r", REJECT)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> read("", REJECT)).isInstanceOf(EOFException.class);
    }

    @Test
    void countsReceivedHeadersOnlyInTheHeaderSection() throws Exception {
        String msg = "Received: from a by b\r\n\tid 1\r\nRECEIVED : from c\r\nReceived-SPF: pass\r\n"
                + "X-Received: no\r\nreceived:x\r\nSubject: s\r\n\r\nReceived: in the body\r\n.\r\n";
        assertThat(read(msg, REJECT).result().receivedHeaders()).isEqualTo(3);
        assertThat(read("Receive: x\r\nReceived\r\n\r\n.\r\n", REJECT).result().receivedHeaders()).isZero();
    }

    @Test
    void dotStuffingRoundTripsRandomMessages() throws Exception {
        Random random = new Random(5321);
        byte[] pieces = ".\r\nab. \0\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 2000; i++) {
            ByteArrayOutputStream original = new ByteArrayOutputStream();
            int n = random.nextInt(300);
            for (int j = 0; j < n; j++) {
                byte b = pieces[random.nextInt(pieces.length)];
                if (b == '\r' || b == '\n') {
                    original.write('\r');
                    original.write('\n');
                } else {
                    original.write(b);
                }
            }
            byte[] message = original.toByteArray();
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            try (DotStuffingOutputStream out = new DotStuffingOutputStream(wire, BareCr.LINE_END)) {
                int k = 0;
                while (k < message.length) {
                    int chunk = Math.min(message.length - k, 1 + random.nextInt(7));
                    out.write(message, k, chunk);
                    k += chunk;
                }
            }
            wire.writeBytes("NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(new ByteArrayInputStream(wire.toByteArray()), 1 + random.nextInt(64));
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            DataResult r = new DataReader(REJECT).read(in, sink);
            byte[] expected = message;
            if (message.length > 0 && !(message.length >= 2 && message[message.length - 2] == '\r'
                    && message[message.length - 1] == '\n')) {
                expected = (new String(message, StandardCharsets.ISO_8859_1) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            }
            assertThat(sink.toByteArray()).as("message %d", i).isEqualTo(expected);
            assertThat(r.bareLineEnding()).isFalse();
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("NOOP\r\n");
        }
    }

    static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
