package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EhloCapabilitiesTest {

    private static EhloCapabilities parse(String wire) throws Exception {
        return EhloCapabilities.parse(new SmtpReplyReader(
                new ByteArrayInputStream(wire.getBytes(StandardCharsets.US_ASCII))).read());
    }

    @Test
    void readsKeywordsAndParameters() throws Exception {
        EhloCapabilities caps = parse("250-mx.example.org greets you\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n"
                + "250-8BITMIME\r\n250-AUTH PLAIN LOGIN xoauth2\r\n250-ENHANCEDSTATUSCODES\r\n250-chunking\r\n"
                + "250 SMTPUTF8\r\n");
        assertThat(caps.greeting()).isEqualTo("mx.example.org greets you");
        assertThat(caps.supports("pipelining")).isTrue();
        assertThat(caps.supports("CHUNKING")).isTrue();
        assertThat(caps.supports("STARTTLS")).isFalse();
        assertThat(caps.sizeLimit()).hasValue(35882577);
        assertThat(caps.authMechanisms()).containsExactly("PLAIN", "LOGIN", "XOAUTH2");
        assertThat(caps.parameters("8BITMIME")).isEmpty();
    }

    @Test
    void oldAuthEqualsFormAndOddLines() throws Exception {
        EhloCapabilities caps = parse("250-host\r\n250-AUTH=LOGIN PLAIN\r\n250-SIZE\r\n250-???\r\n250 SIZE 0\r\n");
        assertThat(caps.authMechanisms()).containsExactly("LOGIN", "PLAIN");
        assertThat(caps.supports("SIZE")).isTrue();
        assertThat(caps.sizeLimit()).isEmpty();
        assertThat(caps.keywords()).containsOnlyKeys("AUTH", "SIZE");
    }

    @Test
    void buildsServerReply() {
        Map<String, List<String>> kw = new LinkedHashMap<>();
        kw.put("PIPELINING", List.of());
        kw.put("SIZE", List.of("1000000"));
        kw.put("AUTH", List.of("PLAIN", "LOGIN"));
        String wire = new String(SmtpReplyWriter.encode(new EhloCapabilities("mx.example.org", kw).toReply()),
                StandardCharsets.US_ASCII);
        assertThat(wire).isEqualTo("250-mx.example.org\r\n250-PIPELINING\r\n250-SIZE 1000000\r\n250 AUTH PLAIN LOGIN\r\n");
    }
}
