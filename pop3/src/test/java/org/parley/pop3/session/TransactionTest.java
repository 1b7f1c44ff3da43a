package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

/** STAT, LIST, UIDL, RETR, TOP, DELE, RSET, NOOP and QUIT on a real store. */
class TransactionTest extends Pop3ServerTestBase {
    private static final String FIRST = Pop3TestServer.message("first", "line one", "line two", "line three");
    private static final String DOTS = Pop3TestServer.message("dots", ".", ".starts with a dot", "..two", "end.");
    private static final String THIRD = Pop3TestServer.message("third", "x");
    private long uid1;
    private long uid2;
    private long uid3;

    @BeforeEach
    void mail() {
        uid1 = server.deliver(server.alice, FIRST);
        uid2 = server.deliver(server.alice, DOTS);
        uid3 = server.deliver(server.alice, THIRD);
    }

    private Pop3Client alice() throws Exception {
        return loggedIn("alice", Pop3TestServer.ALICE_PASSWORD);
    }

    private static int size(String m) {
        return m.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void statAndScanListings() throws Exception {
        try (Pop3Client c = alice()) {
            int total = size(FIRST) + size(DOTS) + size(THIRD);
            assertThat(c.send("STAT")).isEqualTo("+OK 3 " + total);
            assertThat(c.multi("LIST")).containsExactly("1 " + size(FIRST), "2 " + size(DOTS), "3 " + size(THIRD));
            assertThat(c.send("LIST 2")).isEqualTo("+OK 2 " + size(DOTS));
            assertThat(c.send("LIST 4")).isEqualTo("-ERR no such message");
            assertThat(c.send("NOOP")).isEqualTo("+OK");
        }
    }

    @Test
    void uidlIsStableAcrossSessions() throws Exception {
        List<String> first;
        try (Pop3Client c = alice()) {
            first = c.multi("UIDL");
            assertThat(first).hasSize(3).allMatch(l -> l.matches("\\d \\d+\\.\\d+"));
            assertThat(first.stream().map(l -> l.substring(2)).distinct()).hasSize(3);
            assertThat(c.send("UIDL 3")).isEqualTo("+OK " + first.get(2));
            assertThat(c.send("DELE 1")).startsWith("+OK");
            assertThat(c.send("QUIT")).startsWith("+OK");
        }
        try (Pop3Client c = alice()) {
            // message 1 is gone; the others keep their ids under new numbers
            assertThat(c.multi("UIDL")).containsExactly("1 " + first.get(1).substring(2), "2 " + first.get(2).substring(2));
        }
    }

    @Test
    void retrSendsTheMessageByteStuffed() throws Exception {
        try (Pop3Client c = alice()) {
            assertThat(c.send("RETR 1")).isEqualTo("+OK " + size(FIRST) + " octets");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(FIRST);
            c.write("RETR 2\r\n");
            assertThat(c.line()).isEqualTo("+OK " + size(DOTS) + " octets");
            List<String> header = List.of(c.line(), c.line(), c.line(), c.line(), c.line());
            assertThat(header).startsWith("From: Sender <sender@example.net>").endsWith("");
            List<String> body = new java.util.ArrayList<>();
            String l;
            while (!(l = c.line()).equals(".")) {
                body.add(l);
            }
            // RFC 1939 §3: lines starting with "." are sent with one more
            assertThat(body).containsExactly("..", "..starts with a dot", "...two", "end.");
        }
    }

    @Test
    void topSendsHeaderAndFirstLines() throws Exception {
        try (Pop3Client c = alice()) {
            String header = FIRST.substring(0, FIRST.indexOf("\r\n\r\n") + 4);
            assertThat(c.send("TOP 1 0")).startsWith("+OK");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(header);
            assertThat(c.send("TOP 1 2")).startsWith("+OK");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(header + "line one\r\nline two\r\n");
            assertThat(c.send("TOP 1 1000")).startsWith("+OK");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(FIRST);
            assertThat(c.send("TOP 9 1")).isEqualTo("-ERR no such message");
        }
    }

    @Test
    void deleMarksRsetUnmarksQuitApplies() throws Exception {
        try (Pop3Client c = alice()) {
            assertThat(c.send("DELE 1")).isEqualTo("+OK message 1 deleted");
            assertThat(c.send("DELE 1")).isEqualTo("-ERR message 1 already deleted");
            assertThat(c.send("RETR 1")).isEqualTo("-ERR message 1 already deleted");
            assertThat(c.send("LIST 1")).isEqualTo("-ERR message 1 already deleted");
            assertThat(c.send("STAT")).isEqualTo("+OK 2 " + (size(DOTS) + size(THIRD)));
            assertThat(c.multi("LIST")).containsExactly("2 " + size(DOTS), "3 " + size(THIRD));
            assertThat(server.inboxUids(server.alice)).as("nothing removed before QUIT").containsExactly(uid1, uid2, uid3);
            assertThat(c.send("RSET")).startsWith("+OK maildrop has 3 messages");
            assertThat(c.send("DELE 2")).startsWith("+OK");
            assertThat(c.send("DELE 3")).startsWith("+OK");
            assertThat(c.send("QUIT")).isEqualTo("+OK bye, 2 messages deleted");
            assertThat(c.closedByServer()).isTrue();
        }
        assertThat(server.inboxUids(server.alice)).containsExactly(uid1);
    }

    @Test
    void noDeletionWithoutQuit() throws Exception {
        Pop3Client c = alice();
        assertThat(c.send("DELE 1")).startsWith("+OK");
        assertThat(c.send("DELE 2")).startsWith("+OK");
        c.close();
        server.awaitNoConnections();
        assertThat(server.inboxUids(server.alice)).containsExactly(uid1, uid2, uid3);
    }

    @Test
    void quitWithoutDeletionsChangesNothing() throws Exception {
        try (Pop3Client c = alice()) {
            assertThat(c.send("RETR 3")).startsWith("+OK");
            c.body();
            assertThat(c.send("QUIT")).isEqualTo("+OK bye");
        }
        assertThat(server.inboxUids(server.alice)).containsExactly(uid1, uid2, uid3);
    }

    @Test
    void listingIsFixedAtLogin() throws Exception {
        try (Pop3Client c = alice()) {
            long late = server.deliver(server.alice, Pop3TestServer.message("late", "y"));
            assertThat(c.send("STAT")).startsWith("+OK 3 ");
            assertThat(c.send("RETR 4")).isEqualTo("-ERR no such message");
            assertThat(c.send("DELE 3")).startsWith("+OK");
            assertThat(c.send("QUIT")).startsWith("+OK");
            assertThat(server.inboxUids(server.alice)).containsExactly(uid1, uid2, late);
        }
        try (Pop3Client c = alice()) {
            assertThat(c.send("STAT")).startsWith("+OK 3 ");
        }
    }

    @Test
    void bareLfMessagesAreSentWithCrlf() throws Exception {
        server.deliver(server.bob, "Subject: lf\n\nline\n.dot\n".getBytes(StandardCharsets.US_ASCII));
        try (Pop3Client c = loggedIn("bob", Pop3TestServer.BOB_PASSWORD)) {
            assertThat(c.send("RETR 1")).startsWith("+OK");
            assertThat(new String(c.body(), StandardCharsets.US_ASCII)).isEqualTo("Subject: lf\r\n\r\nline\r\n.dot\r\n");
        }
    }

    @Test
    void largeMessagesStream() throws Exception {
        StringBuilder big = new StringBuilder("Subject: big\r\n\r\n");
        for (int i = 0; i < 40_000; i++) {
            big.append(i % 7 == 0 ? "." : "").append("line ").append(i).append(" of a large message\r\n");
        }
        String msg = big.toString();
        server.deliver(server.bob, msg);
        try (Pop3Client c = loggedIn("bob", Pop3TestServer.BOB_PASSWORD)) {
            assertThat(c.send("RETR 1")).isEqualTo("+OK " + size(msg) + " octets");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(msg);
            assertThat(c.send("TOP 1 3")).startsWith("+OK");
            assertThat(c.lines()).containsExactly("Subject: big", "", ".line 0 of a large message", "line 1 of a large message",
                    "line 2 of a large message");
            assertThat(c.send("NOOP")).isEqualTo("+OK");
        }
    }

    @Test
    void implicitTlsSessionWorksTheSame() throws Exception {
        try (Pop3Client c = connectTls()) {
            login(c, "alice", Pop3TestServer.ALICE_PASSWORD);
            assertThat(c.send("RETR 1")).startsWith("+OK");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo(FIRST);
            assertThat(c.send("DELE 1")).startsWith("+OK");
            assertThat(c.send("QUIT")).startsWith("+OK");
        }
        assertThat(server.inboxUids(server.alice)).containsExactly(uid2, uid3);
    }
}
