package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

class StlsTest extends Pop3ServerTestBase {
    @Test
    void upgradesAndLogsInOverTls() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            assertThat(c.isTls()).isTrue();
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
            assertThat(c.send("STAT")).isEqualTo("+OK 0 0");
        }
    }

    @Test
    void plaintextPipelinedAfterStlsIsDropped() throws Exception {
        try (Pop3Client c = connect()) {
            // RFC 2595 §4 / CVE-2011-0411: the injected USER must not survive the handshake
            c.write("STLS\r\nUSER alice\r\n");
            assertThat(c.line()).startsWith("+OK");
            c.startTls();
            assertThat(c.send("PASS " + Pop3TestServer.ALICE_PASSWORD)).isEqualTo("-ERR send USER first");
            assertThat(c.multi("CAPA")).contains("USER");
        }
    }

    @Test
    void forgetsUserGivenBeforeStls() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER alice")).startsWith("+OK");
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            assertThat(c.send("PASS " + Pop3TestServer.ALICE_PASSWORD)).isEqualTo("-ERR send USER first");
        }
    }

    @Test
    void refusedWhenAlreadySecureOrAfterLogin() throws Exception {
        try (Pop3Client c = connectTls()) {
            assertThat(c.send("STLS")).isEqualTo("-ERR TLS is already active");
            assertThat(c.send("NOOP")).startsWith("-ERR");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
            assertThat(c.send("NOOP")).isEqualTo("+OK");
        }
        try (Pop3Client c = connect()) {
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            assertThat(c.send("STLS")).isEqualTo("-ERR TLS is already active");
        }
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            // RFC 2595 §4: only in the AUTHORIZATION state
            assertThat(c.send("STLS")).isEqualTo("-ERR STLS is not valid in this state");
            assertThat(c.send("STAT")).isEqualTo("+OK 0 0");
        }
    }
}
