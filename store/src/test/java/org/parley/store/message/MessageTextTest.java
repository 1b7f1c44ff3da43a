package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.message.Fixtures.load;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    private static MessageText text(byte[] raw) {
        return MessageText.of(MessageBytes.of(raw), MessageParser.parse(raw));
    }

    @Test
    void decodedHeaderValuesAllOccurrences() throws IOException {
        MessageText enc = text(load("encoded-words.eml"));
        assertThat(enc.headerValues("SUBJECT")).containsExactly("日本語 und Übersetzung");
        assertThat(enc.headerValues("to")).singleElement().asString().contains("André", "Привет");
        assertThat(enc.headerValues("X-Absent")).isEmpty();
        MessageText dup = text(load("duplicate-headers.eml"));
        assertThat(dup.headerValues("Subject")).containsExactly("first subject", "second subject");
        assertThat(dup.headerValues("Sender")).containsExactly("");
        assertThat(dup.headerText()).contains("Subject: first subject\n", "Subject: second subject\n", "Reply-To: replies@example.com\n");
        assertThat(text(load("utf8-headers.eml")).headerValues("subject")).containsExactly("Grüße aus Köln – 你好");
    }

    @Test
    void bodyTextDecodesTransferEncodingCharsetAndHtml() throws IOException {
        String body = text(load("alternative.eml")).bodyText();
        assertThat(body).contains("Café au lait", "Café au lait & croissant");
        assertThat(body).doesNotContain("hidden", "<b>", "&amp;", "preamble", "epilogue");
        assertThat(text(load("rfc822-attached.eml")).bodyText()).contains("See below.", "Original body line 2");
        assertThat(text(load("utf8-headers.eml")).bodyText()).isEqualTo("Grüße!\r\n");
        // attachments that are not text stay out
        assertThat(text(load("mixed-base64.eml")).bodyText()).isEqualTo("See attachment.");
        assertThat(text(load("rfc9051-example.eml")).bodyText())
                .contains("part 1 text", "part 3.1 text", "part 4.2.2.2 <bold>rich</bold>")
                .doesNotContain("cGFydCAy", "part 3.2 data");
    }

    @Test
    void partHeaderTextHoldsMimeAndAttachedMessageHeaders() throws IOException {
        MessageText fwd = text(load("rfc822-attached.eml"));
        assertThat(fwd.partHeaderText())
                .contains("Content-Type: message/rfc822\n", "From: Original Sender <orig@example.org>\n", "Message-ID: <orig@example.org>\n")
                .doesNotContain("Subject: Fwd: original", "Original body line");
        assertThat(fwd.headerText()).doesNotContain("orig@example.org");
        assertThat(text(load("utf8-headers.eml")).partHeaderText()).isEmpty();
    }

    @Test
    void charsetsDeclaredUnknownAndMislabelled() throws IOException {
        byte[] latin1 = concat("Content-Type: text/plain; charset=ISO-8859-1\r\n\r\n", "caf\u00e9", StandardCharsets.ISO_8859_1);
        assertThat(text(latin1).bodyText()).isEqualTo("café");
        byte[] koi8 = concat("Content-Type: text/plain; charset=\"koi8-r\"\r\n\r\n", "Привет", Charset.forName("KOI8-R"));
        assertThat(text(koi8).bodyText()).isEqualTo("Привет");
        byte[] unknownUtf8 = concat("Content-Type: text/plain; charset=x-made-up\r\n\r\n", "naïve", StandardCharsets.UTF_8);
        assertThat(text(unknownUtf8).bodyText()).isEqualTo("naïve");
        byte[] unknownLatin1 = concat("Content-Type: text/plain; charset=x-made-up\r\n\r\n", "na\u00efve", StandardCharsets.ISO_8859_1);
        assertThat(text(unknownLatin1).bodyText()).isEqualTo("naïve");
        byte[] asciiButUtf8 = concat("Content-Type: text/plain; charset=us-ascii\r\n\r\n", "Grüße", StandardCharsets.UTF_8);
        assertThat(text(asciiButUtf8).bodyText()).isEqualTo("Grüße");
        byte[] qpLatin1 = Fixtures.crlf("Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9 =\nsoft");
        assertThat(text(qpLatin1).bodyText()).isEqualTo("café soft");
    }

    @Test
    void boundedByMaxChars() throws IOException {
        byte[] raw = Fixtures.crlf("Subject: " + "s".repeat(50) + "\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\n"
                + "a".repeat(30) + "\n--b\n\n" + "b".repeat(30) + "\n--b--\n");
        MessageText t = MessageText.of(MessageBytes.of(raw), MessageParser.parse(raw), 40);
        assertThat(t.bodyText()).hasSize(40).startsWith("a".repeat(30) + "\n").endsWith("bbbbbbbbb");
        assertThat(t.headerText()).hasSize(40);
        assertThat(MessageText.of(MessageBytes.of(raw), MessageParser.parse(raw), 0).bodyText()).isEmpty();
    }

    @Test
    void matcherFoldsCaseAndNothingElse() {
        assertThat(TextMatcher.of("CAFÉ").matches("un café noir")).isTrue();
        assertThat(TextMatcher.of("straße").matches("STRAßE")).isTrue();
        assertThat(TextMatcher.of("k").matches("\u212A")).isTrue(); // Kelvin sign folds to k
        assertThat(TextMatcher.of("ПРИВЕТ").matches("привет мир")).isTrue();
        assertThat(TextMatcher.of("cafe").matches("café")).isFalse();
        assertThat(TextMatcher.of("a  b").matches("a b")).isFalse();
        assertThat(TextMatcher.of("").matches("")).isTrue();
        assertThat(TextMatcher.of("x").matches(null)).isFalse();
        assertThat(TextMatcher.of("second").matchesAny(java.util.List.of("first", "the SECOND one"))).isTrue();
    }

    @Test
    void searchingAMessage() throws IOException {
        MessageText t = text(load("encoded-words.eml"));
        assertThat(TextMatcher.of("müller").matchesAny(t.headerValues("From"))).isTrue();
        assertThat(TextMatcher.of("übersetzung").matches(t.headerText())).isTrue();
        assertThat(TextMatcher.of("übersetzung").matches(t.bodyText())).isFalse();
    }

    @Test
    void htmlStripping() {
        assertThat(HtmlText.strip("<p>a</p><p>b&nbsp;&#233;&#x41;&bogus;</p><!-- c --><style>x{}</style>d<br/>e"))
                .isEqualTo("\na\n\nb éA&bogus;\nd\ne");
        assertThat(HtmlText.strip("unclosed <b")).isEqualTo("unclosed ");
        assertThat(HtmlText.strip("<SCRIPT>alert(1)</SCRIPT>ok")).isEqualTo("ok");
    }

    private static byte[] concat(String header, String body, Charset charset) {
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] b = body.getBytes(charset);
        byte[] out = new byte[h.length + b.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(b, 0, out, h.length, b.length);
        return out;
    }
}
