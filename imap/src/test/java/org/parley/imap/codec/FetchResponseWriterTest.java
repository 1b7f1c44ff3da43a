package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.store.message.Address;
import org.parley.store.message.BodyPart;
import org.parley.store.message.Envelope;

/** FETCH responses, including ENVELOPE and BODYSTRUCTURE per RFC 9051 §7.5.2, from store records. */
class FetchResponseWriterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ImapWriter w = new ImapWriter(out);

    private String written() throws IOException {
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final Address FRED = new Address("Fred Foobar", null, "foobar", "Blurdybloop.example");
    private static final Envelope RFC_ENVELOPE = new Envelope("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)",
            "IMAP4rev2 WG mtg summary and minutes", List.of(new Address("Terry Gray", null, "gray", "cac.washington.example")),
            List.of(new Address("Terry Gray", null, "gray", "cac.washington.example")),
            List.of(new Address("Terry Gray", null, "gray", "cac.washington.example")),
            List.of(new Address(null, null, "imap", "cac.washington.example")),
            List.of(new Address(null, null, "minutes", "CNRI.example"), new Address("John Klensin", null, "KLENSIN", "MIT.example")),
            List.of(), null, "<B27397-0100000@cac.washington.example>");
    private static final String RFC_ENVELOPE_TEXT = "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev2 WG mtg summary and minutes\" "
            + "((\"Terry Gray\" NIL \"gray\" \"cac.washington.example\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.example\")) "
            + "((\"Terry Gray\" NIL \"gray\" \"cac.washington.example\")) ((NIL NIL \"imap\" \"cac.washington.example\")) "
            + "((NIL NIL \"minutes\" \"CNRI.example\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.example\")) NIL NIL "
            + "\"<B27397-0100000@cac.washington.example>\")";

    private static BodyPart text(String subtype, Map<String, String> params, String encoding, long size, long lines) {
        return new BodyPart("text", subtype, params, null, null, encoding, size, lines, null, null, null, null, null,
                null, null, null, 0, 0, size);
    }

    @Test
    void rfcEnvelopeExample() throws IOException {
        w.fetch(12).envelope(RFC_ENVELOPE).end();
        assertThat(written()).isEqualTo("* 12 FETCH (ENVELOPE " + RFC_ENVELOPE_TEXT + ")\r\n");
    }

    @Test
    void groupSyntaxAndLiteralStrings() throws IOException {
        Envelope e = new Envelope(null, "multi\r\nline", List.of(FRED), List.of(FRED), List.of(FRED),
                List.of(new Address(null, null, "undisclosed-recipients", null), new Address(null, null, null, null)),
                List.of(), List.of(), "<a@b>", null);
        w.fetch(1).envelope(e).end();
        assertThat(written()).isEqualTo("* 1 FETCH (ENVELOPE (NIL {11}\r\nmulti\r\nline "
                + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) ((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
                + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
                + "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL \"<a@b>\" NIL))\r\n");
    }

    @Test
    void simpleTextMessage() throws IOException {
        BodyPart root = text("plain", Map.of("charset", "us-ascii"), "7bit", 3028, 92);
        w.fetch(1).bodyStructure(root).body(root).end();
        assertThat(written()).isEqualTo("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 3028 92 NIL NIL NIL NIL) "
                + "BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 3028 92))\r\n");
    }

    @Test
    void multipartMixedWithAttachment() throws IOException {
        BodyPart body = text("plain", Map.of("charset", "utf-8"), "quoted-printable", 120, 4);
        BodyPart pdf = new BodyPart("application", "pdf", Map.of("name", "report.pdf"), "<part1@x>", "Q3 report", "base64",
                5000, 0, "Q2hlY2sgSW50ZWdyaXR5IQ==", "attachment", Map.of("filename", "report.pdf"), List.of("en", "de"),
                "http://example.com/r.pdf", null, null, null, 0, 0, 0);
        BodyPart root = new BodyPart("multipart", "mixed", Map.of("boundary", "xyz"), null, null, null, 5400, 0, null,
                null, null, List.of("en"), null, List.of(body, pdf), null, null, 0, 0, 5400);
        w.fetch(2).uid(40).bodyStructure(root).end();
        assertThat(written()).isEqualTo("* 2 FETCH (UID 40 BODYSTRUCTURE ("
                + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 120 4 NIL NIL NIL NIL)"
                + "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") \"<part1@x>\" \"Q3 report\" \"BASE64\" 5000 "
                + "\"Q2hlY2sgSW50ZWdyaXR5IQ==\" (\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) (\"en\" \"de\") \"http://example.com/r.pdf\")"
                + " \"MIXED\" (\"BOUNDARY\" \"xyz\") NIL \"en\" NIL))\r\n");
    }

    @Test
    void messageRfc822Part() throws IOException {
        BodyPart innerBody = text("plain", Map.of("charset", "us-ascii"), "7bit", 200, 6);
        BodyPart message = new BodyPart("message", "rfc822", Map.of(), null, null, "7bit", 342, 10, null, null, null, null, null,
                null, RFC_ENVELOPE, innerBody, 0, 0, 342);
        BodyPart intro = text("plain", Map.of(), null, 10, 1);
        BodyPart root = new BodyPart("multipart", "mixed", Map.of("boundary", "b1"), null, null, null, 400, 0, null,
                null, null, null, null, List.of(intro, message), null, null, 0, 0, 400);
        w.fetch(3).body(root).bodyStructure(root).end();
        String msgBasic = "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 342 " + RFC_ENVELOPE_TEXT
                + " (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 200 6) 10)";
        String msgExt = "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 342 " + RFC_ENVELOPE_TEXT
                + " (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 200 6 NIL NIL NIL NIL) 10 NIL NIL NIL NIL)";
        assertThat(written()).isEqualTo("* 3 FETCH (BODY ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1)" + msgBasic + " \"MIXED\") "
                + "BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL)" + msgExt
                + " \"MIXED\" (\"BOUNDARY\" \"b1\") NIL NIL NIL))\r\n");
    }

    @Test
    void emptyMultipartGetsAPlaceholderChild() throws IOException {
        BodyPart root = new BodyPart("multipart", "alternative", Map.of(), null, null, null, 0, 0, null, null, null, null,
                null, List.of(), null, null, 0, 0, 0);
        w.fetch(1).body(root).end();
        assertThat(written()).isEqualTo("* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 0 0) \"ALTERNATIVE\"))\r\n");
    }

    @Test
    void everyOtherItem() throws IOException {
        OffsetDateTime date = OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.ofHours(-7));
        byte[] head = "Subject: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        w.fetch(7).uid(4827313).flags(List.of("\\Seen", "$Forwarded")).internalDate(date).rfc822Size(44827).modSeq(12121231000L)
                .bodySection(Section.WHOLE, null, head)
                .bodySection(new Section(List.of(1, 2), Section.Kind.HEADER_FIELDS, List.of("From", "To")), 0L, new byte[0])
                .bodySection(new Section(List.of(9), Section.Kind.MIME, List.of()), null, null)
                .bodySection(new Section(List.of(), Section.Kind.TEXT, List.of()), 100L, 3, new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.US_ASCII)))
                .binary(List.of(2), null, new byte[] {1, 0, 2})
                .binary(List.of(), 5L, "plain".getBytes(StandardCharsets.US_ASCII))
                .binary(List.of(3), null, null)
                .binarySize(List.of(1, 1), 2048)
                .rfc822(head).rfc822Header(head).rfc822Text(new byte[0])
                .end();
        assertThat(written()).isEqualTo("* 7 FETCH (UID 4827313 FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
                + "RFC822.SIZE 44827 MODSEQ (12121231000) BODY[] {14}\r\nSubject: x\r\n\r\n "
                + "BODY[1.2.HEADER.FIELDS (From To)]<0> {0}\r\n BODY[9.MIME] NIL BODY[TEXT]<100> {3}\r\nabc "
                + "BINARY[2] ~{3}\r\n\u0001\u0000\u0002 BINARY[]<5> {5}\r\nplain BINARY[3] NIL BINARY.SIZE[1.1] 2048 "
                + "RFC822 {14}\r\nSubject: x\r\n\r\n RFC822.HEADER {14}\r\nSubject: x\r\n\r\n RFC822.TEXT {0}\r\n)\r\n");
    }

    @Test
    void answersTheRequestedItem() throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command("a FETCH 1 (BODY.PEEK[HEADER]<10.5> BINARY[1] BODY[])");
        FetchResponseWriter r = w.fetch(1);
        r.bodySection((FetchItem.Body) f.items().get(0), "abcde".getBytes(StandardCharsets.US_ASCII));
        r.binary((FetchItem.Binary) f.items().get(1), new byte[] {'x'});
        r.bodySection((FetchItem.Body) f.items().get(2), new byte[0]);
        r.end();
        assertThat(written()).isEqualTo("* 1 FETCH (BODY[HEADER]<10> {5}\r\nabcde BINARY[1] {1}\r\nx BODY[] {0}\r\n)\r\n");
    }

    @Test
    void endOnlyOnce() throws IOException {
        FetchResponseWriter f = w.fetch(1).uid(1);
        f.end();
        assertThatThrownBy(f::end).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> f.uid(2)).isInstanceOf(IllegalStateException.class);
    }
}
