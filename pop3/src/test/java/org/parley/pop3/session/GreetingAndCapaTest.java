package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

class GreetingAndCapaTest extends Pop3ServerTestBase {
    @Test
    void greetingCarriesAFreshApopTimestamp() throws Exception {
        try (Pop3Client a = connect(); Pop3Client b = connect()) {
            // RFC 1939 §7: msg-id form, unique per greeting
            assertThat(a.greeting()).matches("\\+OK .*<[A-Za-z0-9]+\\.\\d+@example\\.test>");
            assertThat(token(a.greeting())).isNotEqualTo(token(b.greeting()));
        }
    }

    static String token(String greeting) {
        return greeting.substring(greeting.indexOf('<'), greeting.indexOf('>') + 1);
    }

    @Test
    void capaBeforeLoginOnLoopback() throws Exception {
        try (Pop3Client c = connect()) {
            List<String> caps = c.multi("CAPA");
            assertThat(caps).contains("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING", "USER", "STLS",
                    "SASL SCRAM-SHA-256 CRAM-MD5 PLAIN LOGIN", "IMPLEMENTATION Parley");
        }
    }

    @Test
    void capaAfterStlsNoLongerOffersStls() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("STLS")).startsWith("+OK");
            c.startTls();
            List<String> caps = c.multi("CAPA");
            assertThat(caps).contains("USER", "SASL SCRAM-SHA-256 CRAM-MD5 PLAIN LOGIN").doesNotContain("STLS");
        }
    }

    @Test
    void capaOnImplicitTls() throws Exception {
        try (Pop3Client c = connectTls()) {
            assertThat(c.isTls()).isTrue();
            assertThat(c.multi("CAPA")).contains("USER", "TOP").doesNotContain("STLS");
        }
    }

    @Test
    void capaAfterLoginListsOnlyTransactionCapabilities() throws Exception {
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            List<String> caps = c.multi("CAPA");
            assertThat(caps).contains("TOP", "UIDL", "PIPELINING", "RESP-CODES");
            assertThat(caps).noneMatch(s -> s.startsWith("SASL") || s.equals("USER") || s.equals("STLS"));
        }
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws Exception {
        server.deliver(server.alice, Pop3TestServer.message("one", "body"));
        try (Pop3Client c = connect()) {
            // RFC 2449 §6.6: the client may send a batch of commands at once
            c.write("USER alice\r\nPASS " + Pop3TestServer.ALICE_PASSWORD + "\r\nSTAT\r\nLIST\r\nNOOP\r\nQUIT\r\n");
            assertThat(c.line()).startsWith("+OK");
            assertThat(c.line()).startsWith("+OK maildrop has 1 messages");
            assertThat(c.line()).matches("\\+OK 1 \\d+");
            assertThat(c.line()).startsWith("+OK");
            assertThat(c.lines()).hasSize(1);
            assertThat(c.line()).isEqualTo("+OK");
            assertThat(c.line()).startsWith("+OK");
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
