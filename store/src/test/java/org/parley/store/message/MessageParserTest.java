package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.message.Fixtures.expected;
import static org.parley.store.message.Fixtures.load;
import static org.parley.store.message.Fixtures.section;
import static org.parley.store.message.Fixtures.shape;
import static org.parley.store.message.MessageSections.content;
import static org.parley.store.message.MessageSections.header;
import static org.parley.store.message.MessageSections.mime;
import static org.parley.store.message.MessageSections.text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structure, offsets and envelope of each fixture; offsets are checked by extracting sections. */
class MessageParserTest {
    private static ParsedMessage parse(byte[] raw) {
        return MessageParser.DEFAULT.analyzeStrict(raw);
    }

    private static Address addr(String name, String mailbox, String host) {
        return new Address(name, null, mailbox, host);
    }

    @Test
    void simpleTextMessage() {
        byte[] raw = load("simple.eml");
        ParsedMessage m = parse(raw);
        Envelope e = m.envelope();
        assertThat(e.date()).isEqualTo("Mon, 7 Feb 1994 21:52:25 -0800 (PST)");
        assertThat(e.subject()).isEqualTo("Re: [list] Fwd: Lunch plans");
        assertThat(e.from()).containsExactly(addr("Alice Example", "alice", "example.org"));
        assertThat(e.sender()).isEqualTo(e.from());
        assertThat(e.replyTo()).isEqualTo(e.from());
        assertThat(e.to()).containsExactly(addr("Bob", "bob", "example.com"), addr(null, "carol", "example.net"));
        assertThat(e.cc()).isEmpty();
        assertThat(e.bcc()).isEmpty();
        assertThat(e.inReplyTo()).isEqualTo("<parent@example.org>");
        assertThat(e.messageId()).isEqualTo("<1234@local.machine.example>");
        assertThat(m.sentDate()).isEqualTo(Instant.parse("1994-02-08T05:52:25Z"));
        assertThat(m.baseSubject()).isEqualTo("Lunch plans");
        assertThat(m.references()).containsExactly("<root@example.org>", "<parent@example.org>");
        assertThat(m.sortFrom()).isEqualTo("alice");
        assertThat(m.sortTo()).isEqualTo("bob");
        assertThat(m.sortCc()).isEmpty();
        assertThat(m.displayFrom()).isEqualTo("Alice Example");
        assertThat(m.displayTo()).isEqualTo("Bob");
        assertThat(m.size()).isEqualTo(raw.length);

        BodyPart body = m.body();
        assertThat(shape(body)).isEqualTo("text/plain");
        assertThat(body.params()).containsExactly(Map.entry("charset", "us-ascii"));
        assertThat(body.encoding()).isEqualTo("7bit");
        assertThat(body.lines()).isEqualTo(3);
        assertThat(body.headerStart()).isZero();
        assertThat(body.end()).isEqualTo(raw.length);
        assertThat(body.size()).isEqualTo(body.end() - body.bodyStart());
        assertThat(section(raw, text(m))).isEqualTo(expected("Hello Bob,\n\nLunch at noon?\n"));
        assertThat(section(raw, content(m, 1))).isEqualTo(section(raw, text(m)));
        assertThat(section(raw, header(m))).startsWith("Return-Path: ").endsWith("(Plain text)\r\n\r\n");
        assertThat(section(raw, mime(m, 1))).isEqualTo(section(raw, header(m)));
        assertThat(content(m, 2)).isEmpty();
        assertThat(content(m, 1, 1)).isEmpty();
        assertThat(header(m, 1)).isEmpty();
    }

    @Test
    void multipartAlternativeWithPreambleAndEpilogue() {
        byte[] raw = load("alternative.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/alternative(text/plain,text/html)");
        assertThat(m.body().params()).containsExactly(Map.entry("boundary", "alt-b"));
        BodyPart plain = m.body().children().get(0);
        assertThat(plain.encoding()).isEqualTo("quoted-printable");
        assertThat(plain.lines()).isEqualTo(1);
        assertThat(section(raw, content(m, 1))).isEqualTo("Caf=C3=A9 au lait");
        assertThat(section(raw, mime(m, 1))).isEqualTo(
                expected("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"));
        assertThat(section(raw, content(m, 2))).startsWith("<html>").endsWith("</html>");
        assertThat(section(raw, text(m))).startsWith(expected("This is the preamble.\n--alt-b\n"))
                .endsWith(expected("--alt-b--\nThis is the epilogue.\n"));
        assertThat(m.body().end()).isEqualTo(raw.length);
        assertThat(content(m, 3)).isEmpty();
    }

    @Test
    void mixedWithBase64AttachmentAndAllBodyFields() {
        byte[] raw = load("mixed-base64.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,application/octet-stream)");
        BodyPart att = m.body().children().get(1);
        assertThat(att.params()).containsExactly(Map.entry("name", "data.bin"));
        assertThat(att.encoding()).isEqualTo("base64");
        assertThat(att.id()).isEqualTo("<part2@example.com>");
        assertThat(att.description()).isEqualTo("Some binary data");
        assertThat(att.md5()).isEqualTo("Q2hlY2sgSW50ZWdyaXR5IQ==");
        assertThat(att.disposition()).isEqualTo("attachment");
        assertThat(att.dispositionParams()).containsExactly(Map.entry("filename", "data.bin"), Map.entry("size", "16"));
        assertThat(att.language()).containsExactly("en", "de-CH");
        assertThat(att.location()).isEqualTo("http://example.com/data.bin");
        assertThat(att.lines()).isZero();
        assertThat(section(raw, content(m, 2))).isEqualTo("AAECAwQFBgcICQoLDA0ODw==");
        assertThat(att.size()).isEqualTo(24);
        assertThat(section(raw, content(m, 1))).isEqualTo("See attachment.");
        assertThat(m.body().children().get(0).params()).isEmpty();
    }

    @Test
    void nestedMultipartsWithPrefixBoundaries() {
        byte[] raw = load("nested.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo(
                "multipart/mixed(multipart/alternative(text/plain,multipart/related(text/html,image/png)),text/plain)");
        assertThat(section(raw, content(m, 1, 1))).isEqualTo("plain body");
        assertThat(section(raw, content(m, 1, 2, 1))).isEqualTo("<p>html body</p>");
        assertThat(section(raw, content(m, 1, 2, 2))).isEqualTo("iVBORw0KGgo=");
        assertThat(section(raw, mime(m, 1, 2, 2))).isEqualTo(
                expected("Content-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <img1>\n\n"));
        assertThat(section(raw, content(m, 2))).isEqualTo("trailing part");
        assertThat(section(raw, content(m, 1))).startsWith("--outer-inner\r\n").endsWith("--outer-inner--");
        assertThat(content(m, 1, 2, 3)).isEmpty();
    }

    @Test
    void attachedMessage() {
        byte[] raw = load("rfc822-attached.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,message/rfc822{text/plain})");
        BodyPart msg = m.body().children().get(1);
        assertThat(msg.isMessage()).isTrue();
        assertThat(msg.envelope().from()).containsExactly(addr("Original Sender", "orig", "example.org"));
        assertThat(msg.envelope().subject()).isEqualTo("original");
        assertThat(msg.envelope().date()).isEqualTo("1 Jan 2020 10:00:00 +0000");
        assertThat(msg.envelope().messageId()).isEqualTo("<orig@example.org>");
        String nestedHeader = "From: Original Sender <orig@example.org>\nTo: someone@example.net\nSubject: original\n"
                + "Date: 1 Jan 2020 10:00:00 +0000\nMessage-ID: <orig@example.org>\n\n";
        assertThat(section(raw, header(m, 2))).isEqualTo(expected(nestedHeader));
        assertThat(section(raw, text(m, 2))).isEqualTo(expected("Original body line 1\nOriginal body line 2"));
        assertThat(section(raw, content(m, 2, 1))).isEqualTo(section(raw, text(m, 2)));
        assertThat(section(raw, mime(m, 2))).isEqualTo(expected("Content-Type: message/rfc822\n\n"));
        assertThat(section(raw, content(m, 2))).isEqualTo(
                expected(nestedHeader + "Original body line 1\nOriginal body line 2"));
        assertThat(msg.lines()).isEqualTo(8);
        assertThat(content(m, 2, 2)).isEmpty();
        assertThat(header(m, 1)).isEmpty();
    }

    @Test
    void topLevelMessageRfc822ThatIsMultipart() {
        byte[] raw = load("rfc822-multipart.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("message/rfc822{multipart/mixed(text/plain,application/pdf)}");
        assertThat(m.body().envelope().subject()).isEqualTo("inner multipart");
        assertThat(section(raw, content(m, 1))).isEqualTo(section(raw, text(m)));
        assertThat(section(raw, content(m, 1, 1))).isEqualTo("inner text");
        assertThat(section(raw, content(m, 1, 2))).isEqualTo("JVBERi0xLjQK");
        assertThat(section(raw, header(m, 1))).startsWith("From: Inner").endsWith("boundary=\"inner-b\"\r\n\r\n");
        assertThat(section(raw, text(m, 1))).startsWith("--inner-b\r\n").endsWith("--inner-b--\r\n");
        assertThat(section(raw, mime(m, 1, 2))).isEqualTo(
                expected("Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n"));
    }

    @Test
    void digestPartsDefaultToMessageRfc822() {
        byte[] raw = load("digest.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo(
                "multipart/digest(message/rfc822{text/plain},text/plain,message/rfc822{text/plain})");
        assertThat(section(raw, mime(m, 1))).isEqualTo("\r\n");
        assertThat(m.body().children().get(0).envelope().subject()).isEqualTo("first");
        assertThat(section(raw, header(m, 1))).isEqualTo(expected("From: a@example.com\nSubject: first\n\n"));
        assertThat(section(raw, content(m, 1, 1))).isEqualTo("first message");
        assertThat(section(raw, content(m, 2))).isEqualTo("not a message: explicit text/plain");
        assertThat(m.body().children().get(2).envelope().from()).containsExactly(addr(null, "b", "example.com"));
    }

    @Test
    void rfc2231ParametersAreJoinedAndDecodedInHeaderOrder() {
        ParsedMessage m = parse(load("rfc2231.eml"));
        BodyPart body = m.body();
        assertThat(body.type()).isEqualTo("application");
        assertThat(body.subtype()).isEqualTo("x-stuff");
        assertThat(body.params()).containsExactly(
                Map.entry("title", "This is even more ***fun*** isn't it!"),
                Map.entry("name", "naïve file.txt"),
                Map.entry("url", "ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar"));
        assertThat(body.disposition()).isEqualTo("attachment");
        assertThat(body.dispositionParams()).containsExactly(Map.entry("filename", "Müller.txt"));
    }

    @Test
    void encodedWordsStayRawInTheEnvelopeAndAreDecodedForSorting() {
        ParsedMessage m = parse(load("encoded-words.eml"));
        Envelope e = m.envelope();
        assertThat(e.from()).containsExactly(addr("=?utf-8?q?J=C3=B6rg_M=C3=BCller?=", "joerg", "example.de"));
        assertThat(e.to()).containsExactly(
                addr("=?iso-8859-1?q?Andr=E9?=", "andre", "example.fr"),
                addr("=?koi8-r?b?8NLJ18XU?=", "ivan", "example.ru"));
        assertThat(e.cc()).containsExactly(addr("=?windows-1252?q?Ren=E9e?=", "renee", "example.com"));
        assertThat(e.subject()).isEqualTo("=?iso-2022-jp?b?GyRCRnxLXDhsGyhC?= und =?utf-8?b?w5xiZXJzZXR6dW5n?=");
        assertThat(m.displayFrom()).isEqualTo("Jörg Müller");
        assertThat(m.displayTo()).isEqualTo("André");
        assertThat(m.sortFrom()).isEqualTo("joerg");
        assertThat(m.baseSubject()).isEqualTo("日本語 und Übersetzung");
        assertThat(m.sentDate()).isEqualTo(Instant.parse("2003-07-01T08:52:37Z"));
    }

    @Test
    void groupSyntaxBecomesGroupMarkers() {
        ParsedMessage m = parse(load("groups.eml"));
        Envelope e = m.envelope();
        Address end = new Address(null, null, null, null);
        assertThat(e.to()).containsExactly(
                new Address(null, null, "Team", null),
                addr(null, "alice", "example.com"),
                addr("Bob B.", "bob", "example.com"),
                end,
                addr(null, "solo", "example.org"));
        assertThat(e.to().get(0).isGroupStart()).isTrue();
        assertThat(e.to().get(3).isGroupEnd()).isTrue();
        assertThat(e.cc()).containsExactly(new Address(null, null, "undisclosed-recipients", null), end);
        assertThat(e.bcc()).containsExactly(new Address(null, null, "Hidden", null), end);
        assertThat(m.sortTo()).isEqualTo("team");
        assertThat(m.displayTo()).isEqualTo("Team");
        assertThat(m.sortCc()).isEqualTo("undisclosed-recipients");
    }

    @Test
    void missingHeadersGiveNilsAndDefaults() {
        byte[] raw = load("missing-headers.eml");
        ParsedMessage m = parse(raw);
        Envelope e = m.envelope();
        assertThat(e.date()).isNull();
        assertThat(e.subject()).isNull();
        assertThat(e.from()).isEmpty();
        assertThat(e.sender()).isEmpty();
        assertThat(e.replyTo()).isEmpty();
        assertThat(e.messageId()).isNull();
        assertThat(m.sentDate()).isNull();
        assertThat(m.baseSubject()).isEmpty();
        assertThat(m.references()).isEmpty();
        assertThat(m.sortFrom()).isEmpty();
        assertThat(m.displayFrom()).isEmpty();
        assertThat(shape(m.body())).isEqualTo("text/plain");
        assertThat(m.body().params()).isEmpty();
        assertThat(section(raw, text(m))).isEqualTo(expected("just a body without From, To, Date or Subject\n"));
    }

    @Test
    void duplicateHeadersUseTheFirstAndEmptySenderDefaultsToFrom() {
        ParsedMessage m = parse(load("duplicate-headers.eml"));
        assertThat(m.envelope().from()).containsExactly(addr(null, "first", "example.com"));
        assertThat(m.envelope().subject()).isEqualTo("first subject");
        assertThat(m.envelope().sender()).isEqualTo(m.envelope().from());
        assertThat(m.envelope().replyTo()).containsExactly(addr(null, "replies", "example.com"));
        assertThat(m.body().subtype()).isEqualTo("html");
        assertThat(m.body().params()).containsExactly(Map.entry("charset", "iso-8859-1"));
    }

    @Test
    void bareLineFeedsKeepExactOffsets() {
        byte[] raw = load("bare-lf.eml");
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("\r");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,text/plain)");
        assertThat(section(raw, content(m, 1))).isEqualTo("first");
        assertThat(section(raw, content(m, 2))).isEqualTo("second");
        assertThat(section(raw, mime(m, 2))).isEqualTo("Content-Type: text/plain\n\n");
        assertThat(section(raw, header(m))).endsWith("boundary=\"lf\"\n\n");
        assertThat(section(raw, text(m))).isEqualTo(
                "preamble\n--lf\nContent-Type: text/plain\n\nfirst\n--lf\nContent-Type: text/plain\n\nsecond\n--lf--\n");
        assertThat(m.body().children().get(0).lines()).isEqualTo(1);
    }

    @Test
    void missingCloseDelimiterLetsTheLastPartRunToTheEnd() {
        byte[] raw = load("missing-final-boundary.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,text/plain)");
        assertThat(section(raw, content(m, 1))).isEqualTo("one");
        assertThat(section(raw, content(m, 2))).isEqualTo(expected("two, running to the end\n"));
        assertThat(m.body().children().get(1).end()).isEqualTo(raw.length);
    }

    @Test
    void truncatedMessageKeepsWhatIsThere() {
        byte[] raw = load("truncated.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,application/octet-stream)");
        assertThat(section(raw, content(m, 1))).isEqualTo("ok part");
        assertThat(section(raw, content(m, 2))).isEqualTo("AAECAwQFBgcICQoLD");
        assertThat(m.body().children().get(1).end()).isEqualTo(raw.length);
    }

    @Test
    void nulBytesInABinaryPart() {
        byte[] raw = load("nul-bytes.eml");
        ParsedMessage m = parse(raw);
        assertThat(m.body().children()).hasSize(1);
        assertThat(m.body().children().get(0).encoding()).isEqualTo("binary");
        assertThat(section(raw, content(m, 1))).isEqualTo("\0\1\0binary\0\u00ff\u00fe\r\n\0");
    }

    @Test
    void contentTypesWithoutSubtypeOrBoundary() {
        byte[] raw = load("no-subtype.eml");
        ParsedMessage m = parse(raw);
        assertThat(shape(m.body())).isEqualTo("multipart/mixed(text/plain,text/plain,multipart/mixed(text/plain))");
        assertThat(m.body().children().get(0).params()).containsExactly(Map.entry("charset", "utf-8"));
        assertThat(m.body().children().get(1).params()).isEmpty();
        BodyPart noBoundary = m.body().children().get(2);
        BodyPart placeholder = noBoundary.children().get(0);
        assertThat(placeholder.size()).isZero();
        assertThat(placeholder.headerStart()).isEqualTo(noBoundary.bodyStart());
        assertThat(section(raw, content(m, 3))).isEqualTo("multipart without boundary");
        assertThat(section(raw, content(m, 3, 1))).isEmpty();
    }

    @Test
    void hugeHeaderLine() {
        byte[] raw = load("huge-header-line.eml");
        ParsedMessage m = parse(raw);
        assertThat(m.envelope().subject()).isEqualTo("after the huge line");
        assertThat(section(raw, text(m))).isEqualTo("body\r\n");
        assertThat(section(raw, header(m))).hasSize((int) m.body().bodyStart()).contains("x".repeat(100_000));
    }

    @Test
    void utf8HeadersAreText() {
        byte[] raw = load("utf8-headers.eml");
        ParsedMessage m = parse(raw);
        assertThat(m.envelope().from()).containsExactly(addr("Jörg Müller", "jörg", "bücher.example"));
        assertThat(m.envelope().to()).containsExactly(addr("张伟", "zhang", "例子.测试"));
        assertThat(m.envelope().subject()).isEqualTo("Grüße aus Köln – 你好");
        assertThat(m.baseSubject()).isEqualTo("Grüße aus Köln – 你好");
        assertThat(m.displayFrom()).isEqualTo("Jörg Müller");
        assertThat(m.body().params()).containsExactly(Map.entry("charset", "utf-8"), Map.entry("name", "Übersicht.txt"));
        assertThat(m.body().encoding()).isEqualTo("8bit");
    }

    @Test
    void latin1HeaderBytesAreKept() {
        byte[] raw = "Subject: caf\u00e9\r\nFrom: Ren\u00e9 <r@x.example>\r\n\r\nb".getBytes(StandardCharsets.ISO_8859_1);
        ParsedMessage m = parse(raw);
        assertThat(m.envelope().subject()).isEqualTo("caf\u00e9");
        assertThat(m.envelope().from()).containsExactly(addr("Ren\u00e9", "r", "x.example"));
    }

    @Test
    void encodedMessageRfc822IsAPlaceholderButKeepsItsBytes() {
        byte[] raw = Fixtures.crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: message/rfc822\n"
                + "Content-Transfer-Encoding: base64\n\nRnJvbTogeEB5Cgpib2R5Cg==\n--b--\n");
        ParsedMessage m = parse(raw);
        BodyPart part = m.body().children().get(0);
        assertThat(part.isMessage()).isTrue();
        assertThat(part.envelope().from()).isEmpty();
        assertThat(part.message().size()).isZero();
        assertThat(section(raw, content(m, 1))).isEqualTo("RnJvbTogeEB5Cgpib2R5Cg==");
        assertThat(section(raw, content(m, 1, 1))).isEmpty();
    }

    @Test
    void limitsStopDescendingButKeepTheTreeWellFormed() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        }
        sb.append("Content-Type: text/plain\n\ndeep\n");
        byte[] raw = Fixtures.crlf(sb.toString());
        ParsedMessage full = parse(raw);
        assertThat(section(raw, content(full, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))).isEqualTo(expected("deep\n"));
        ParsedMessage limited = new MessageParser(new MessageParser.Limits(3, 100, 100, 10)).analyzeStrict(raw);
        BodyPart p = limited.body();
        int depth = 0;
        while (p.isMultipart()) {
            assertThat(p.children()).isNotEmpty();
            p = p.children().getFirst();
            depth++;
        }
        assertThat(depth).isEqualTo(4);
        assertThat(p.size()).isZero(); // the placeholder under the last multipart descended into

        ParsedMessage fewParts = new MessageParser(new MessageParser.Limits(100, 2, 100, 10)).analyzeStrict(load("nested.eml"));
        assertThat(shape(fewParts.body())).isEqualTo("multipart/mixed(multipart/alternative(text/plain))");
    }

    @Test
    void addressLimitBoundsLongLists() {
        StringBuilder to = new StringBuilder("To: ");
        for (int i = 0; i < 50; i++) {
            to.append(i == 0 ? "" : ", ").append("u").append(i).append("@example.com");
        }
        byte[] raw = Fixtures.crlf(to + "\n\nbody");
        ParsedMessage m = new MessageParser(new MessageParser.Limits(10, 10, 10, 7)).analyzeStrict(raw);
        assertThat(m.envelope().to()).hasSize(7);
        assertThat(m.envelope().to().getLast()).isEqualTo(addr(null, "u6", "example.com"));
    }

    @Test
    void emptyAndHeaderOnlyMessages() {
        ParsedMessage empty = parse(new byte[0]);
        assertThat(empty.size()).isZero();
        assertThat(empty.body().end()).isZero();
        assertThat(shape(empty.body())).isEqualTo("text/plain");

        byte[] headerOnly = "Subject: no body".getBytes(StandardCharsets.US_ASCII);
        ParsedMessage h = parse(headerOnly);
        assertThat(h.envelope().subject()).isEqualTo("no body");
        assertThat(h.body().bodyStart()).isEqualTo(headerOnly.length);
        assertThat(section(headerOnly, header(h))).isEqualTo("Subject: no body");
        assertThat(section(headerOnly, text(h))).isEmpty();
    }

    @Test
    void everyFixtureFileIsListed() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(Fixtures.class.getResource("/message").toURI()))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".eml")))
                    .containsExactlyInAnyOrderElementsOf(Fixtures.ALL);
        }
    }

    @Test
    void analyzerInterfaceIsTheParser() {
        MessageAnalyzer analyzer = MessageParser.DEFAULT;
        byte[] raw = load("nested.eml");
        assertThat(analyzer.analyze(raw)).isEqualTo(MessageParser.parse(raw));
    }

    @Test
    void emptyPartsBetweenAdjacentDelimiters() {
        byte[] raw = Fixtures.crlf("Content-Type: multipart/mixed; boundary=e\n\n--e\n--e\nContent-Type: text/plain\n\nx\n--e--\n");
        ParsedMessage m = parse(raw);
        assertThat(m.body().children()).hasSize(2);
        assertThat(section(raw, content(m, 1))).isEmpty();
        assertThat(section(raw, mime(m, 1))).isEmpty();
        assertThat(section(raw, content(m, 2))).isEqualTo("x");
        assertThat(List.of(m.body().children().get(0).headerStart())).containsExactly(m.body().children().get(0).end());
    }
}
