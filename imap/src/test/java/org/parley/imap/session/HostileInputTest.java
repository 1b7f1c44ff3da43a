package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/**
 * Hostile clients get BAD or NO (or BYE when the stream cannot be trusted any more), and the
 * server keeps serving everyone else: each test ends by checking a fresh connection works.
 */
class HostileInputTest extends ServerTestBase {
    @AfterEach
    void othersStillServed() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("SELECT INBOX");
            c.ok("NOOP");
        }
    }

    @Test
    void hugeLiteralAnnouncedIsRefusedBeforeReading() throws Exception {
        try (ImapTestClient c = alice()) {
            c.send("h1 APPEND INBOX {999999999999}");
            assertThat(c.readResponseLine()).startsWith("h1 NO [TOOBIG]");
            c.send("h2 LOGIN {99999999}");
            assertThat(c.readResponseLine()).startsWith("h2 BAD");
            c.ok("NOOP");
        }
    }

    @Test
    void hugeNonSynchronizingLiteralClosesTheConnection() throws Exception {
        try (ImapTestClient c = alice()) {
            c.send("h1 APPEND INBOX {999999999999+}");
            String line = c.readResponseLine();
            assertThat(line).contains("TOOBIG");
            assertThat(c.readResponseLine()).startsWith("* BYE");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void unterminatedLiteralThenDisconnect() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.getInputStream().read(new byte[4096]);
            OutputStream out = s.getOutputStream();
            out.write("a1 LOGIN alice {5+}\r\nali".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Test
    void deepParentheses() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("SELECT INBOX");
            String deep = "(".repeat(5000) + "ALL" + ")".repeat(5000);
            assertThat(c.command("SEARCH " + deep).status()).isEqualTo("BAD");
            assertThat(c.command("FETCH 1 " + "(".repeat(100) + "FLAGS" + ")".repeat(100)).status()).isEqualTo("BAD");
            c.ok("NOOP");
        }
    }

    @Test
    void invalidUtf8AndNul() throws Exception {
        try (ImapTestClient c = alice()) {
            c.sendRaw("u1 CREATE \"bad\u00ff\"\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.readUntilTagged("u1").status()).isEqualTo("BAD");
            c.sendRaw(new byte[] {'u', '2', ' ', 'C', 'R', 'E', 'A', 'T', 'E', ' ', '"', (byte) 0xc3, (byte) 0x28, '"', '\r', '\n'});
            assertThat(c.readUntilTagged("u2").status()).isEqualTo("BAD");
            c.sendRaw("u3 CREATE \"a\0b\"\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.readUntilTagged("u3").status()).isEqualTo("BAD");
            c.ok("NOOP");
        }
    }

    @Test
    void commandsInTheWrongState() throws Exception {
        try (ImapTestClient c = server.connect()) {
            assertThat(c.command("SELECT INBOX").tagged()).contains("BAD");
            assertThat(c.command("FETCH 1 FLAGS").tagged()).contains("BAD");
            assertThat(c.command("APPEND INBOX {1+}\r\nx").status()).isEqualTo("BAD");
            c.ok("LOGIN alice " + ALICE_PW);
            assertThat(c.command("LOGIN alice " + ALICE_PW).tagged()).contains("BAD");
            assertThat(c.command("EXPUNGE").tagged()).contains("BAD");
            assertThat(c.command("STARTTLS").tagged()).contains("BAD");
        }
    }

    @Test
    void overLongLineAndGarbage() throws Exception {
        try (ImapTestClient c = alice()) {
            c.send("x1 NOOP " + "A".repeat(200_000));
            assertThat(c.readResponseLine()).startsWith("x1 BAD");
            c.send("\u0001\u0002garbage with no tag structure");
            assertThat(c.readResponseLine()).contains("BAD");
            c.send("x2 FROBNICATE");
            assertThat(c.readResponseLine()).startsWith("x2 BAD");
            c.send("x3 FETCH");
            assertThat(c.readResponseLine()).startsWith("x3 BAD");
            c.ok("NOOP");
        }
    }
}
