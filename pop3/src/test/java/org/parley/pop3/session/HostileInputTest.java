package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.pop3.codec.Pop3Parser;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

/** Huge lines, garbage, NUL bytes and commands in the wrong state: -ERR and the session goes on. */
class HostileInputTest extends Pop3ServerTestBase {
    @Test
    void overlongLinesAreRefusedAndSkipped() throws Exception {
        try (Pop3Client c = connect()) {
            assertThat(c.send("USER " + "a".repeat(Pop3Parser.MAX_LINE))).isEqualTo("-ERR line too long");
            // a megabyte in one line: read and dropped without being kept
            assertThat(c.send("NOOP " + "x".repeat(1 << 20))).isEqualTo("-ERR line too long");
            assertThat(c.send("USER " + "a".repeat(300))).isEqualTo("-ERR argument too long");
            assertThat(c.multi("CAPA")).contains("TOP");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }

    @Test
    void transactionCommandsBeforeLogin() throws Exception {
        try (Pop3Client c = connect()) {
            for (String cmd : new String[] {"STAT", "LIST", "UIDL", "RETR 1", "TOP 1 1", "DELE 1", "RSET", "NOOP"}) {
                assertThat(c.send(cmd)).as(cmd).isEqualTo("-ERR " + cmd.split(" ")[0] + " is not valid in this state");
            }
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }

    @Test
    void authorizationCommandsAfterLogin() throws Exception {
        server.deliver(server.alice, Pop3TestServer.message("m", "x"));
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            for (String cmd : new String[] {"USER bob", "PASS x", "APOP bob 0123456789abcdef0123456789abcdef", "AUTH PLAIN",
                    "STLS"}) {
                assertThat(c.send(cmd)).as(cmd).isEqualTo("-ERR " + cmd.split(" ")[0] + " is not valid in this state");
            }
            assertThat(c.send("STAT")).startsWith("+OK 1 ");
        }
    }

    @Test
    void garbageAndNulBytesGetErrNotACrash() throws Exception {
        try (Pop3Client c = connect()) {
            c.write("US\0ER alice\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.line()).isEqualTo("-ERR control characters are not allowed");
            c.write(new byte[] {'U', 'S', 'E', 'R', ' ', (byte) 0xff, (byte) 0xfe, '\r', '\n'});
            assertThat(c.line()).isEqualTo("-ERR invalid UTF-8");
            assertThat(c.send("RETR -1")).startsWith("-ERR");
            assertThat(c.send("")).isEqualTo("-ERR unknown command");
            // a bare LF ends a line too (some clients send it)
            c.write("CAPA\n");
            assertThat(c.line()).startsWith("+OK");
            assertThat(c.lines()).contains("UIDL");
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
            assertThat(c.send("RETR 99999999999")).isEqualTo("-ERR invalid message number");
            assertThat(c.send("RETR 2147483647")).isEqualTo("-ERR no such message");
            assertThat(c.send("STAT")).isEqualTo("+OK 0 0");
        }
    }

    @Test
    void randomBytesAreSurvived() throws Exception {
        Random random = new Random(5034);
        try (Pop3Client c = connect()) {
            for (int i = 0; i < 15; i++) {
                byte[] junk = new byte[1 + random.nextInt(400)];
                random.nextBytes(junk);
                for (int j = 0; j < junk.length; j++) {
                    if (junk[j] == '\n') {
                        junk[j] = 'n';
                    }
                }
                c.write(junk);
                c.write("\r\n");
                assertThat(c.line()).startsWith("-ERR");
            }
        }
        try (Pop3Client c = connect()) {
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }

    @Test
    void connectionClosedInTheMiddleOfALineLeavesTheServerServing() throws Exception {
        Pop3Client c = connect();
        c.write("USER ali");
        c.close();
        server.awaitNoConnections();
        try (Pop3Client d = connect()) {
            login(d, "alice", Pop3TestServer.ALICE_PASSWORD);
        }
    }
}
