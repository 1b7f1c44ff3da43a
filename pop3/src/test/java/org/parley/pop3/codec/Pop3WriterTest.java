package org.parley.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pop3WriterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Pop3Writer w = new Pop3Writer(out);

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statusLinesWithAndWithoutResponseCodes() throws IOException {
        w.ok("2 320");
        w.ok(null);
        w.err("no such message");
        w.err(ResponseCode.AUTH, "authentication failed");
        w.err(ResponseCode.SYS_TEMP, "try later");
        w.err(ResponseCode.IN_USE, "locked");
        w.ok(ResponseCode.LOGIN_DELAY, "x");
        w.err(ResponseCode.SYS_PERM, "no");
        assertThat(text()).isEqualTo("+OK 2 320\r\n+OK\r\n-ERR no such message\r\n-ERR [AUTH] authentication failed\r\n"
                + "-ERR [SYS/TEMP] try later\r\n-ERR [IN-USE] locked\r\n+OK [LOGIN-DELAY] x\r\n-ERR [SYS/PERM] no\r\n");
    }

    @Test
    void responseTextCannotBreakTheLine() throws IOException {
        w.err("bad\r\n+OK injected\0");
        assertThat(text()).isEqualTo("-ERR bad  +OK injected \r\n");
    }

    @Test
    void saslChallenges() throws IOException {
        w.challenge(new byte[0]);
        w.challenge("v=abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(text()).isEqualTo("+ \r\n+ dj1hYmM=\r\n");
    }

    @Test
    void multiLineResponsesAreStuffedAndTerminated() throws IOException {
        w.multiLine("capability list follows", List.of("TOP", ".hidden", "SASL PLAIN"));
        w.multiLine("0 messages", List.of());
        assertThat(text()).isEqualTo("+OK capability list follows\r\nTOP\r\n..hidden\r\nSASL PLAIN\r\n.\r\n+OK 0 messages\r\n.\r\n");
    }

    @Test
    void bodyStreams() throws IOException {
        DotStuffingOutputStream body = w.beginBody("12 octets");
        body.write(".x\r\ny".getBytes(StandardCharsets.US_ASCII));
        body.finish();
        assertThat(text()).isEqualTo("+OK 12 octets\r\n..x\r\ny\r\n.\r\n");
    }
}
