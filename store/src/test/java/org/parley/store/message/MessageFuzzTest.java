package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the fixtures and random garbage: the parser (without its safety net)
 * never throws, every offset stays within the message and within its parent, every section can
 * be extracted, the stored form round-trips and search text can be computed.
 */
class MessageFuzzTest {
    private static final byte[][] TOKENS = {
        "\r\n".getBytes(StandardCharsets.US_ASCII), "\n".getBytes(StandardCharsets.US_ASCII),
        "--".getBytes(StandardCharsets.US_ASCII), ":".getBytes(StandardCharsets.US_ASCII),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "Content-Type: multipart/mixed; boundary=".getBytes(StandardCharsets.US_ASCII),
        "Content-Type: message/rfc822\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "=?utf-8?q?".getBytes(StandardCharsets.US_ASCII),
        "\"".getBytes(StandardCharsets.US_ASCII), "(".getBytes(StandardCharsets.US_ASCII), "<".getBytes(StandardCharsets.US_ASCII),
        "*0*=".getBytes(StandardCharsets.US_ASCII), "\u0000".getBytes(StandardCharsets.US_ASCII), {(byte) 0xff, (byte) 0xc3},
    };

    @Test
    void mutatedFixturesNeverBreakTheParser() throws Exception {
        Random random = new Random(0x5eed);
        int parsed = 0;
        for (String name : Fixtures.ALL) {
            byte[] original = Fixtures.load(name);
            int rounds = original.length > 10_000 ? 20 : 150;
            for (int i = 0; i < rounds; i++) {
                byte[] raw = mutate(original, random);
                check(raw, name + "#" + i);
                parsed++;
            }
        }
        assertThat(parsed).isGreaterThan(2500);
    }

    @Test
    void randomGarbage() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] raw = new byte[random.nextInt(2000)];
            for (int j = 0; j < raw.length; j++) {
                raw[j] = random.nextInt(4) == 0 ? TOKENS[random.nextInt(TOKENS.length)][0] : (byte) random.nextInt(256);
            }
            check(raw, "garbage#" + i);
        }
    }

    @Test
    void hostileStructures() throws Exception {
        // deeply nested multiparts reusing one boundary, and nested messages
        check(Fixtures.crlf("Content-Type: multipart/mixed; boundary=a\n\n--a\n".repeat(5000)), "same-boundary");
        check(Fixtures.crlf("Content-Type: message/rfc822\n\n".repeat(20_000) + "x"), "nested-messages");
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            nested.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        }
        check(Fixtures.crlf(nested.toString()), "distinct-boundaries");
        // a part bomb: far more parts than the limit
        check(Fixtures.crlf("Content-Type: multipart/mixed; boundary=p\n\n" + "--p\n".repeat(50_000)), "parts");
        // a huge unterminated header line and a huge boundary
        check(Fixtures.crlf("Subject: " + "s".repeat(2_000_000)), "long-line");
        check(Fixtures.crlf("Content-Type: multipart/mixed; boundary=\"" + "b".repeat(100_000) + "\"\n\n--" + "b".repeat(100_000) + "\nx"), "long-boundary");
        // many header fields
        check(Fixtures.crlf("X: y\n".repeat(100_000) + "\nbody"), "many-fields");
        ParsedMessage bomb = MessageParser.DEFAULT.analyzeStrict(
                Fixtures.crlf("Content-Type: multipart/mixed; boundary=p\n\n" + "--p\n".repeat(50_000)));
        assertThat(countParts(bomb.body())).isLessThanOrEqualTo(MessageParser.Limits.DEFAULT.maxParts() + 1);
    }

    private static int countParts(BodyPart p) {
        int n = 1;
        for (BodyPart c : p.children()) {
            n += countParts(c);
        }
        return p.message() == null ? n : n + countParts(p.message());
    }

    private static void check(byte[] raw, String what) throws Exception {
        ParsedMessage m = MessageParser.DEFAULT.analyzeStrict(raw);
        assertThat(m.size()).as(what).isEqualTo(raw.length);
        BodyPart root = m.body();
        assertThat(root.headerStart()).as(what).isZero();
        assertThat(root.end()).as(what).isEqualTo(raw.length);
        checkPart(root, 0, raw.length, what);
        assertThat(ParsedMessage.decode(m.encode())).as(what).isEqualTo(m);

        MessageBytes src = MessageBytes.of(raw);
        List<int[]> paths = new ArrayList<>();
        collectPaths(m, new int[0], paths);
        for (int[] path : paths) {
            for (var range : List.of(MessageSections.content(m, path), MessageSections.mime(m, path),
                    MessageSections.header(m, path), MessageSections.text(m, path))) {
                range.ifPresent(r -> assertThat(r.end()).as(what).isLessThanOrEqualTo(raw.length));
            }
            MessageSections.headerFields(src, m, path, List.of("subject", "from"), false);
            MessageSections.headerFields(src, m, path, List.of("subject"), true);
            BodyPart part = MessageSections.part(m, path).orElseThrow();
            try (InputStream in = MessageSections.openBinary(src, part)) {
                in.readAllBytes();
            } catch (UnknownTransferEncodingException expected) {
                // fine: IMAP answers [UNKNOWN-CTE]
            }
        }
        MessageText text = MessageText.of(src, m, 100_000);
        text.headerValues("subject");
        text.headerText();
        text.bodyText();
    }

    private static void checkPart(BodyPart p, long from, long to, String what) {
        assertThat(p.headerStart()).as(what).isBetween(from, to);
        assertThat(p.bodyStart()).as(what).isBetween(p.headerStart(), to);
        assertThat(p.end()).as(what).isBetween(p.bodyStart(), to);
        assertThat(p.size()).as(what).isEqualTo(p.end() - p.bodyStart());
        assertThat(p.lines()).as(what).isNotNegative();
        assertThat(p.type()).as(what).isNotEmpty();
        assertThat(p.subtype()).as(what).isNotEmpty();
        if (p.isMultipart()) {
            assertThat(p.children()).as(what).isNotEmpty();
        }
        long previous = p.bodyStart();
        for (BodyPart c : p.children()) {
            checkPart(c, previous, p.end(), what);
            previous = c.end();
        }
        if (p.message() != null) {
            assertThat(p.envelope()).as(what).isNotNull();
            checkPart(p.message(), p.bodyStart(), p.end(), what);
        }
    }

    private static void collectPaths(ParsedMessage m, int[] prefix, List<int[]> out) {
        out.add(prefix);
        if (out.size() > 200) {
            return;
        }
        for (int n = 1; ; n++) {
            int[] path = java.util.Arrays.copyOf(prefix, prefix.length + 1);
            path[prefix.length] = n;
            if (MessageSections.part(m, path).isEmpty()) {
                return;
            }
            collectPaths(m, path, out);
        }
    }

    private static byte[] mutate(byte[] original, Random random) throws IOException {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(40)), new byte[0]);
                case 2 -> b = splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                case 4 -> {
                    int from = random.nextInt(b.length);
                    int len = Math.min(b.length - from, random.nextInt(200));
                    b = splice(b, at, at, java.util.Arrays.copyOfRange(b, from, from + len));
                }
                default -> b[at] = (byte) (b[at] == '\n' ? '\r' : b[at] == '\r' ? '\n' : b[at] ^ 0x20);
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
