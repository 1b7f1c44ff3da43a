package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ParsedMessageCodecTest {
    static final List<String> FIXTURES = Fixtures.ALL;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void everyFixtureRoundTripsExactly(String name) {
        ParsedMessage m = MessageParser.DEFAULT.analyzeStrict(Fixtures.load(name));
        byte[] encoded = m.encode();
        assertThat(encoded[0]).isEqualTo((byte) ParsedMessageCodec.VERSION);
        assertThat(ParsedMessage.decode(encoded)).isEqualTo(m);
        assertThat(ParsedMessage.decode(encoded).encode()).isEqualTo(encoded);
    }

    @Test
    void aPlainPartCostsAFewOctets() {
        StringBuilder one = new StringBuilder("Content-Type: multipart/mixed; boundary=b\n\n");
        StringBuilder eleven = new StringBuilder(one);
        for (int i = 0; i < 11; i++) {
            (i == 0 ? one : eleven).append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
            if (i == 0) {
                eleven.append("--b\nContent-Type: text/plain\n\npart 0\n");
            }
        }
        int small = MessageParser.parse(Fixtures.crlf(one + "--b--\n")).encode().length;
        int large = MessageParser.parse(Fixtures.crlf(eleven + "--b--\n")).encode().length;
        // flags, type, subtype, encoding, three offsets, lines
        assertThat((large - small) / 10.0).isLessThanOrEqualTo(9.0);
    }

    @Test
    void oddRecordsRoundTripToo() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("k", null);
        params.put("lone", "\uD800x\u0000\uFFFF");
        BodyPart leaf = new BodyPart(null, "", params, "\u00e9", null, null, -5, Long.MAX_VALUE, null, null, null,
                List.of("x"), null, null, null, null, -1, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4);
        Envelope env = new Envelope(null, "", List.of(new Address(null, null, null, null)), List.of(),
                List.of(new Address("n", "@r", "m", "h")), List.of(), List.of(), List.of(), null, null);
        BodyPart msg = new BodyPart("message", "rfc822", null, null, null, "7bit", 0, 0, null, null, null, null, null,
                List.of(), env, leaf, 0, 0, 0);
        BodyPart root = new BodyPart("multipart", "mixed", null, null, null, null, 1, 2, null, "inline", Map.of("a", "b"),
                null, "loc", List.of(leaf, msg), null, null, 0, 3, 4);
        ParsedMessage m = new ParsedMessage(-1, null, root, Instant.ofEpochSecond(-12345, 999_999_999), null,
                List.of("<a@b>", "x".repeat(70_000)), null, "", "s", null, "\uD83D\uDE00");
        assertThat(ParsedMessage.decode(m.encode())).isEqualTo(m);
    }

    @Test
    void randomCorruptionIsAlwaysDetected() {
        Random random = new Random(20261128);
        for (String name : Fixtures.ALL) {
            byte[] good = MessageParser.parse(Fixtures.load(name)).encode();
            for (int i = 0; i < 100; i++) {
                byte[] bad = corrupt(good, random);
                if (Arrays.equals(bad, good)) {
                    continue;
                }
                assertThatThrownBy(() -> ParsedMessage.decode(bad)).isInstanceOf(ParsedMessageFormatException.class);
            }
        }
    }

    @Test
    void corruptionBehindAValidChecksumFailsCleanly() {
        Random random = new Random(42);
        int rejected = 0;
        for (String name : Fixtures.ALL) {
            byte[] good = MessageParser.parse(Fixtures.load(name)).encode();
            byte[] payload = Arrays.copyOf(good, good.length - 4);
            for (int i = 0; i < 200; i++) {
                byte[] bad = withChecksum(corrupt(payload, random));
                bad[0] = (byte) ParsedMessageCodec.VERSION;
                try {
                    ParsedMessage.decode(bad);
                } catch (ParsedMessageFormatException e) {
                    rejected++;
                } catch (RuntimeException | Error e) {
                    fail("decode of corrupt " + name + " threw " + e, e);
                }
            }
        }
        assertThat(rejected).isGreaterThan(1000);
    }

    @Test
    void hostileCountsAndVersionsAreRejected() {
        assertThatThrownBy(() -> ParsedMessage.decode(new byte[0])).isInstanceOf(ParsedMessageFormatException.class);
        assertThatThrownBy(() -> ParsedMessage.decode(null)).isInstanceOf(ParsedMessageFormatException.class);
        byte[] good = MessageParser.parse(Fixtures.load("simple.eml")).encode();
        byte[] v2 = good.clone();
        v2[0] = 2;
        assertThatThrownBy(() -> ParsedMessage.decode(withChecksum(Arrays.copyOf(v2, v2.length - 4))))
                .isInstanceOf(ParsedMessageFormatException.class)
                .hasMessageContaining("version 2");
        // size, then an envelope whose From count claims two billion addresses
        byte[] huge = withChecksum(new byte[] {1, 10, 1, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07});
        assertThatThrownBy(() -> ParsedMessage.decode(huge))
                .isInstanceOf(ParsedMessageFormatException.class)
                .hasMessageContaining("count");
        byte[] trailing = withChecksum(Arrays.copyOf(Arrays.copyOf(good, good.length - 4), good.length - 3));
        assertThatThrownBy(() -> ParsedMessage.decode(trailing))
                .isInstanceOf(ParsedMessageFormatException.class)
                .hasMessageContaining("trailing");
    }

    @Test
    void nestingBeyondTheBoundIsRejected() {
        BodyPart p = new BodyPart("text", "plain", null, null, null, null, 0, 0, null, null, null, null, null, null,
                null, null, 0, 0, 0);
        for (int i = 0; i < ParsedMessageCodec.MAX_DEPTH + 5; i++) {
            p = new BodyPart("multipart", "mixed", null, null, null, null, 0, 0, null, null, null, null, null,
                    List.of(p), null, null, 0, 0, 0);
        }
        byte[] deep = new ParsedMessage(0, null, p, null, "", List.of(), "", "", "", "", "").encode();
        assertThatThrownBy(() -> ParsedMessage.decode(deep))
                .isInstanceOf(ParsedMessageFormatException.class)
                .hasMessageContaining("nested");
    }

    private static byte[] corrupt(byte[] data, Random random) {
        byte[] b = data.clone();
        switch (random.nextInt(4)) {
            case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, at);
                c[at] = (byte) random.nextInt(256);
                System.arraycopy(b, at, c, at + 1, b.length - at);
                b = c;
            }
            default -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return b.length == 0 ? new byte[] {1} : b;
    }

    private static byte[] withChecksum(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        int v = (int) crc.getValue();
        byte[] out = Arrays.copyOf(payload, payload.length + 4);
        out[payload.length] = (byte) (v >>> 24);
        out[payload.length + 1] = (byte) (v >>> 16);
        out[payload.length + 2] = (byte) (v >>> 8);
        out[payload.length + 3] = (byte) v;
        return out;
    }
}
