package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.message.Fixtures.expected;
import static org.parley.store.message.Fixtures.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSectionsTest {
    private static String str(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void headerFieldsKeepsRawLinesInOrderPlusTheBlankLine() throws IOException {
        byte[] raw = load("simple.eml");
        ParsedMessage m = MessageParser.parse(raw);
        MessageBytes src = MessageBytes.of(raw);
        byte[] fields = MessageSections.headerFields(src, m, new int[0], List.of("references", "FROM", "X-None"), false)
                .orElseThrow();
        assertThat(str(fields)).isEqualTo(expected(
                "From: Alice Example <alice@example.org>\nReferences: <root@example.org>\n <parent@example.org>\n\n"));
        byte[] not = MessageSections.headerFields(src, m, new int[0],
                List.of("Return-Path", "Date", "To", "Subject", "Message-ID", "In-Reply-To", "References", "Content-Type"),
                true).orElseThrow();
        assertThat(str(not)).isEqualTo(expected("From: Alice Example <alice@example.org>\n\n"));
        byte[] none = MessageSections.headerFields(src, m, new int[0], List.of("X-Missing"), false).orElseThrow();
        assertThat(str(none)).isEqualTo("\r\n");
    }

    @Test
    void headerFieldsOfAnEncapsulatedMessageAndDuplicates() throws IOException {
        byte[] raw = load("rfc822-attached.eml");
        ParsedMessage m = MessageParser.parse(raw);
        byte[] subject = MessageSections.headerFields(MessageBytes.of(raw), m, new int[] {2}, List.of("Subject"), false)
                .orElseThrow();
        assertThat(str(subject)).isEqualTo("Subject: original\r\n\r\n");
        assertThat(MessageSections.headerFields(MessageBytes.of(raw), m, new int[] {1}, List.of("Subject"), false)).isEmpty();

        byte[] dup = load("duplicate-headers.eml");
        ParsedMessage d = MessageParser.parse(dup);
        byte[] froms = MessageSections.headerFields(MessageBytes.of(dup), d, new int[0], List.of("from"), false).orElseThrow();
        assertThat(str(froms)).isEqualTo(expected("From: first@example.com\nFrom: second@example.com\n\n"));
    }

    @Test
    void headerFieldsOfBareLfAndUnterminatedHeaders() throws IOException {
        byte[] raw = load("bare-lf.eml");
        ParsedMessage m = MessageParser.parse(raw);
        assertThat(str(MessageSections.headerFields(MessageBytes.of(raw), m, new int[0], List.of("subject"), false).orElseThrow()))
                .isEqualTo("Subject: bare LF\n\n");
        byte[] headerOnly = "A: 1\r\nB: 2".getBytes(StandardCharsets.US_ASCII);
        ParsedMessage h = MessageParser.parse(headerOnly);
        assertThat(str(MessageSections.headerFields(MessageBytes.of(headerOnly), h, new int[0], List.of("b"), false).orElseThrow()))
                .isEqualTo("B: 2");
    }

    @Test
    void partialRanges() {
        ByteRange r = new ByteRange(100, 50);
        assertThat(r.partial(0, 10)).isEqualTo(new ByteRange(100, 10));
        assertThat(r.partial(45, 10)).isEqualTo(new ByteRange(145, 5));
        assertThat(r.partial(50, 10)).isEqualTo(new ByteRange(150, 0));
        assertThat(r.partial(500, 10).length()).isZero();
        assertThatThrownBy(() -> r.partial(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void binaryDecodesBase64QuotedPrintableAndIdentity() throws Exception {
        byte[] raw = load("mixed-base64.eml");
        ParsedMessage m = MessageParser.parse(raw);
        MessageBytes src = MessageBytes.of(raw);
        BodyPart att = MessageSections.part(m, 2).orElseThrow();
        byte[] expectedBytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            expectedBytes[i] = (byte) i;
        }
        try (InputStream in = MessageSections.openBinary(src, att)) {
            assertThat(in.readAllBytes()).isEqualTo(expectedBytes);
        }
        assertThat(MessageSections.binarySize(src, att)).isEqualTo(16);
        try (InputStream in = MessageSections.openBinary(src, att, 4, 3)) {
            assertThat(in.readAllBytes()).containsExactly(4, 5, 6);
        }
        try (InputStream in = MessageSections.openBinary(src, att, 40, 3)) {
            assertThat(in.readAllBytes()).isEmpty();
        }

        byte[] alt = load("alternative.eml");
        ParsedMessage a = MessageParser.parse(alt);
        BodyPart qp = MessageSections.part(a, 1).orElseThrow();
        try (InputStream in = MessageSections.openBinary(MessageBytes.of(alt), qp)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Café au lait");
        }
        assertThat(MessageSections.binarySize(MessageBytes.of(alt), qp)).isEqualTo("Café au lait".getBytes(StandardCharsets.UTF_8).length);

        byte[] nul = load("nul-bytes.eml");
        ParsedMessage n = MessageParser.parse(nul);
        BodyPart bin = MessageSections.part(n, 1).orElseThrow();
        try (InputStream in = MessageSections.openBinary(MessageBytes.of(nul), bin)) {
            assertThat(in.readAllBytes()).isEqualTo(new byte[] {0, 1, 0, 'b', 'i', 'n', 'a', 'r', 'y', 0, (byte) 0xff, (byte) 0xfe, '\r', '\n', 0});
        }
        assertThat(MessageSections.binarySize(MessageBytes.of(nul), bin)).isEqualTo(15);
    }

    @Test
    void truncatedBase64DecodesWhatIsComplete() throws Exception {
        byte[] raw = load("truncated.eml");
        ParsedMessage m = MessageParser.parse(raw);
        try (InputStream in = MessageSections.openBinary(MessageBytes.of(raw), MessageSections.part(m, 2).orElseThrow())) {
            assertThat(in.readAllBytes()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        }
    }

    @Test
    void unknownTransferEncodingIsADistinctError() {
        byte[] raw = Fixtures.crlf("Content-Type: application/octet-stream\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 f\n");
        ParsedMessage m = MessageParser.parse(raw);
        assertThat(m.body().encoding()).isEqualTo("x-uuencode");
        assertThatThrownBy(() -> MessageSections.openBinary(MessageBytes.of(raw), m.body()))
                .isInstanceOf(UnknownTransferEncodingException.class)
                .satisfies(e -> assertThat(((UnknownTransferEncodingException) e).encoding()).isEqualTo("x-uuencode"));
        assertThatThrownBy(() -> MessageSections.binarySize(MessageBytes.of(raw), m.body()))
                .isInstanceOf(UnknownTransferEncodingException.class);
    }

    @Test
    void fileChannelSourceGivesTheSameSections(@TempDir Path dir) throws Exception {
        byte[] raw = load("rfc9051-example.eml");
        Path file = dir.resolve("blob");
        Files.write(file, raw);
        ParsedMessage m = MessageParser.parse(raw);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageBytes src = MessageBytes.of(ch);
            assertThat(src.size()).isEqualTo(raw.length);
            for (int[] path : new int[][] {{1}, {3}, {3, 2}, {4, 1}, {4, 2, 2, 2}}) {
                ByteRange r = MessageSections.content(m, path).orElseThrow();
                assertThat(r.read(src)).isEqualTo(r.read(MessageBytes.of(raw)));
                try (InputStream in = r.partial(3, 5).open(src)) {
                    assertThat(in.readAllBytes()).isEqualTo(r.partial(3, 5).read(MessageBytes.of(raw)));
                }
            }
            try (InputStream in = MessageSections.openBinary(src, MessageSections.part(m, 4, 1).orElseThrow())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
            }
            assertThatThrownBy(() -> src.open(raw.length - 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> src.read(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void byteArraySourceChecksRanges() throws IOException {
        MessageBytes src = MessageBytes.of(new byte[] {1, 2, 3});
        assertThat(src.read(1, 2)).containsExactly(2, 3);
        assertThat(src.read(3, 0)).isEmpty();
        assertThatThrownBy(() -> src.read(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> src.open(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
