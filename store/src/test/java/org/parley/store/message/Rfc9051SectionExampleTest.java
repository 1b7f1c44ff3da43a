package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.message.Fixtures.expected;
import static org.parley.store.message.Fixtures.section;
import static org.parley.store.message.MessageSections.content;
import static org.parley.store.message.MessageSections.header;
import static org.parley.store.message.MessageSections.mime;
import static org.parley.store.message.MessageSections.text;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The message structure of the RFC 9051 §6.4.5 example, and every section it lists. */
class Rfc9051SectionExampleTest {
    private final byte[] raw = Fixtures.load("rfc9051-example.eml");
    private final ParsedMessage m = MessageParser.DEFAULT.analyzeStrict(raw);

    private String type(int... path) {
        BodyPart p = MessageSections.part(m, path).orElseThrow();
        return (p.type() + "/" + p.subtype()).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void partTypesAreThoseOfTheExample() {
        assertThat(type()).isEqualTo("MULTIPART/MIXED");
        assertThat(type(1)).isEqualTo("TEXT/PLAIN");
        assertThat(type(2)).isEqualTo("APPLICATION/OCTET-STREAM");
        assertThat(type(3)).isEqualTo("MESSAGE/RFC822");
        assertThat(type(3, 1)).isEqualTo("TEXT/PLAIN");
        assertThat(type(3, 2)).isEqualTo("APPLICATION/OCTET-STREAM");
        assertThat(type(4)).isEqualTo("MULTIPART/MIXED");
        assertThat(type(4, 1)).isEqualTo("IMAGE/GIF");
        assertThat(type(4, 2)).isEqualTo("MESSAGE/RFC822");
        assertThat(type(4, 2, 1)).isEqualTo("TEXT/PLAIN");
        assertThat(type(4, 2, 2)).isEqualTo("MULTIPART/ALTERNATIVE");
        assertThat(type(4, 2, 2, 1)).isEqualTo("TEXT/PLAIN");
        assertThat(type(4, 2, 2, 2)).isEqualTo("TEXT/RICHTEXT");
        assertThat(MessageSections.part(m, 5)).isEmpty();
        assertThat(MessageSections.part(m, 4, 3)).isEmpty();
        assertThat(MessageSections.part(m, 4, 2, 3)).isEmpty();
        assertThat(MessageSections.part(m, 1, 1)).isEmpty();
        assertThat(MessageSections.part(m, 0)).isEmpty();
    }

    @Test
    void everySectionOfTheExample() {
        assertThat(section(raw, header(m))).isEqualTo(expected("From: example@example.com\nTo: you@example.com\n"
                + "Subject: RFC 9051 section 6.4.5 structure\nMIME-Version: 1.0\n"
                + "Content-Type: MULTIPART/MIXED; boundary=\"top\"\n\n"));
        assertThat(section(raw, text(m))).startsWith("--top\r\n").endsWith("--top--\r\n");
        assertThat(section(raw, header(m)) + section(raw, text(m))).isEqualTo(new String(raw, StandardCharsets.ISO_8859_1));

        assertThat(section(raw, content(m, 1))).isEqualTo("part 1 text");
        assertThat(section(raw, content(m, 2))).isEqualTo("cGFydCAy");

        String threeHeader = "From: three@example.com\nSubject: part 3\n"
                + "Content-Type: MULTIPART/MIXED; boundary=\"three\"\n\n";
        String threeText = "--three\nContent-Type: TEXT/PLAIN\n\npart 3.1 text\n--three\n"
                + "Content-Type: APPLICATION/OCTET-STREAM\n\npart 3.2 data\n--three--";
        assertThat(section(raw, content(m, 3))).isEqualTo(expected(threeHeader + threeText));
        assertThat(section(raw, header(m, 3))).isEqualTo(expected(threeHeader));
        assertThat(section(raw, text(m, 3))).isEqualTo(expected(threeText));
        assertThat(section(raw, content(m, 3, 1))).isEqualTo("part 3.1 text");
        assertThat(section(raw, content(m, 3, 2))).isEqualTo("part 3.2 data");

        assertThat(section(raw, content(m, 4))).startsWith("--four\r\n").endsWith("--four--");
        assertThat(section(raw, content(m, 4, 1))).isEqualTo("R0lGODlh");
        assertThat(section(raw, mime(m, 4, 1))).isEqualTo(
                expected("Content-Type: IMAGE/GIF\nContent-Transfer-Encoding: base64\n\n"));

        String fourTwoHeader = "From: fourtwo@example.com\nSubject: part 4.2\n"
                + "Content-Type: MULTIPART/MIXED; boundary=\"fourtwo\"\n\n";
        assertThat(section(raw, content(m, 4, 2))).startsWith(expected(fourTwoHeader)).endsWith("--fourtwo--");
        assertThat(section(raw, header(m, 4, 2))).isEqualTo(expected(fourTwoHeader));
        assertThat(section(raw, text(m, 4, 2))).startsWith("--fourtwo\r\nContent-Type: TEXT/PLAIN\r\n")
                .endsWith("--alt--\r\n--fourtwo--");
        assertThat(section(raw, content(m, 4, 2, 1))).isEqualTo("part 4.2.1 text");
        assertThat(section(raw, content(m, 4, 2, 2))).isEqualTo(expected("--alt\nContent-Type: TEXT/PLAIN\n\n"
                + "part 4.2.2.1 text\n--alt\nContent-Type: TEXT/RICHTEXT\n\npart 4.2.2.2 <bold>rich</bold>\n--alt--"));
        assertThat(section(raw, content(m, 4, 2, 2, 1))).isEqualTo("part 4.2.2.1 text");
        assertThat(section(raw, content(m, 4, 2, 2, 2))).isEqualTo("part 4.2.2.2 <bold>rich</bold>");
        assertThat(section(raw, mime(m, 4, 2, 2))).isEqualTo(
                expected("Content-Type: MULTIPART/ALTERNATIVE; boundary=\"alt\"\n\n"));
    }

    @Test
    void headerAndTextOnlyForMessageParts() {
        assertThat(header(m, 1)).isEmpty();
        assertThat(text(m, 4)).isEmpty();
        assertThat(header(m, 4, 1)).isEmpty();
        assertThat(mime(m)).isEmpty();
        assertThat(header(m, 4, 2)).isPresent();
    }
}
