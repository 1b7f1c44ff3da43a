package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmtpReplyTest {

    private static String wire(SmtpReply r) {
        return new String(SmtpReplyWriter.encode(r), StandardCharsets.UTF_8);
    }

    private static SmtpReply read(String s) throws Exception {
        return new SmtpReplyReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))).read();
    }

    @Test
    void singleLineWithEnhancedCode() {
        assertThat(wire(SmtpReply.of(250, EnhancedStatusCode.SENDER_OK, "Ok"))).isEqualTo("250 2.1.0 Ok\r\n");
        assertThat(wire(SmtpReply.of(354, "End data with <CR><LF>.<CR><LF>")))
                .isEqualTo("354 End data with <CR><LF>.<CR><LF>\r\n");
        assertThat(wire(SmtpReply.of(250, ""))).isEqualTo("250\r\n");
    }

    @Test
    void multiLineRepeatsCodeAndStatus() {
        SmtpReply r = new SmtpReply(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, List.of("No such user", "Try again"));
        assertThat(wire(r)).isEqualTo("550-5.1.1 No such user\r\n550 5.1.1 Try again\r\n");
        SmtpReply ehlo = new SmtpReply(250, null, List.of("mx.example.org", "PIPELINING", "SIZE 1000000"));
        assertThat(wire(ehlo)).isEqualTo("250-mx.example.org\r\n250-PIPELINING\r\n250 SIZE 1000000\r\n");
    }

    @Test
    void inputCannotInjectReplyLines() {
        String hostile = "evil\r\n250 fake\n\0";
        String w = wire(SmtpReply.of(501, EnhancedStatusCode.SYNTAX_ERROR, "Bad " + hostile));
        assertThat(w).isEqualTo("501 5.5.2 Bad evil  250 fake  \r\n");
        assertThat(w.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void longTextIsCutToTheRfcLineLimit() {
        SmtpReply r = SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, "x".repeat(2000));
        for (String line : wire(r).split("\r\n")) {
            assertThat(line.length() + 2).isLessThanOrEqualTo(SmtpReply.MAX_LINE_OCTETS);
        }
        SmtpReply wide = SmtpReply.of(550, "ü".repeat(600));
        assertThat(SmtpReplyWriter.encode(wide).length).isLessThanOrEqualTo(SmtpReply.MAX_LINE_OCTETS);
    }

    @Test
    void statusClassMustMatchCode() {
        assertThatThrownBy(() -> SmtpReply.of(250, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpReply.of(199, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readerParsesMultiLineAndEnhancedCodes() throws Exception {
        SmtpReply r = read("250-mx.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 1000000\r\n250 AUTH PLAIN LOGIN\r\n");
        assertThat(r.code()).isEqualTo(250);
        assertThat(r.status()).isNull();
        assertThat(r.lines()).containsExactly("mx.example.org Hello", "PIPELINING", "SIZE 1000000", "AUTH PLAIN LOGIN");

        SmtpReply e = read("550-5.1.1 No such user\r\n550 5.1.1 here\r\n");
        assertThat(e.status()).isEqualTo(EnhancedStatusCode.BAD_DESTINATION_MAILBOX);
        assertThat(e.lines()).containsExactly("No such user", "here");

        assertThat(read("250 2.0.0\r\n").lines()).containsExactly("");
        assertThat(read("220\r\n").lines()).containsExactly("");
        // A status of another class is text, not a status.
        assertThat(read("250 5.1.1 odd\r\n").status()).isNull();
        assertThat(read("250 ok\n").text()).isEqualTo("ok");
    }

    @Test
    void writerOutputReadsBack() throws Exception {
        SmtpReply r = new SmtpReply(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE, List.of("one", "two", ""));
        assertThat(read(wire(r))).isEqualTo(r);
    }

    @Test
    void readerRejectsBrokenReplies() {
        assertThatThrownBy(() -> read("25 short\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("abc hello\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("250-one\r\n251 two\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("250_x\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("650 x\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("250-unterminated")).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> read("250 " + "x".repeat(5000) + "\r\n")).isInstanceOf(SmtpProtocolException.class);
        assertThatThrownBy(() -> read("250-x\r\n".repeat(300) + "250 y\r\n")).isInstanceOf(SmtpProtocolException.class);
    }

    @Test
    void enhancedStatusParse() {
        assertThat(EnhancedStatusCode.parse("5.7.30")).isEqualTo(EnhancedStatusCode.REQUIRETLS_NEEDED);
        assertThat(EnhancedStatusCode.parse("2.0.0")).isEqualTo(EnhancedStatusCode.OK);
        assertThat(EnhancedStatusCode.parse("3.0.0")).isNull();
        assertThat(EnhancedStatusCode.parse("5.1")).isNull();
        assertThat(EnhancedStatusCode.parse("5.1.1000")).isNull();
        assertThat(EnhancedStatusCode.parse("55.1.1")).isNull();
        assertThat(EnhancedStatusCode.parse("5..1")).isNull();
        assertThat(EnhancedStatusCode.MAILBOX_FULL.asPermanent().toString()).isEqualTo("5.2.2");
    }
}
