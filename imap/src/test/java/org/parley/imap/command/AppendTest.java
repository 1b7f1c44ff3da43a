package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ImapTestServer;
import org.parley.imap.server.ServerTestBase;

/** APPEND (RFC 9051 §6.3.12) with UIDPLUS, MULTIAPPEND, LITERAL+, UTF8, APPENDLIMIT. */
class AppendTest extends ServerTestBase {
    @Test
    void appendReturnsAppendUidAndFlagsAndDate() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE App1");
            ImapTestClient.Response r = c.append("App1", "\\Flagged $Work", simple("a"));
            assertThat(r.tagged()).matches("a\\d+ OK \\[APPENDUID \\d+ 1] APPEND completed");
            byte[] body = simple("dated").getBytes(StandardCharsets.UTF_8);
            c.send("d1 APPEND App1 () \"05-Mar-2021 10:11:12 +0200\" {" + body.length + "+}");
            c.sendRaw(body);
            c.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("d1").tagged()).contains("[APPENDUID ", " 2]");
            c.ok("SELECT App1");
            String f = c.ok("FETCH 1:2 (FLAGS INTERNALDATE)").all();
            assertThat(f).contains("* 1 FETCH (FLAGS (\\Flagged $Work \\Recent)", "* 2 FETCH (FLAGS (\\Recent) INTERNALDATE \"05-Mar-2021 08:11:12 +0000\")");
        }
    }

    @Test
    void multiAppendIsAllOrNothingWithConsecutiveUids() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE App2");
            String m1 = simple("m1");
            String m2 = simple("m2");
            c.send("m1 APPEND App2 {" + m1.length() + "+}");
            c.sendRaw((m1 + " (\\Seen) {" + m2.length() + "+}\r\n" + m2 + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("m1").tagged()).contains("[APPENDUID ", " 1:2]");
            assertThat(c.ok("STATUS App2 (MESSAGES UNSEEN)").all()).contains("MESSAGES 2 UNSEEN 1");
        }
    }

    @Test
    void missingMailboxIsTryCreate() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.append("NoSuch", null, simple("x")).tagged()).contains("NO [TRYCREATE]");
        }
    }

    @Test
    void tooBigIsRefusedBeforeTheLiteralIsSent() throws Exception {
        try (ImapTestClient c = alice()) {
            c.send("t1 APPEND INBOX {" + (ImapTestServer.APPEND_LIMIT + 1) + "}");
            // no continuation request: the client never sends the octets
            assertThat(c.readResponseLine()).startsWith("t1 NO [TOOBIG]");
            c.ok("NOOP");
        }
    }

    @Test
    void utf8LiteralNeedsEnable() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE App3");
            String m = "From: x@example.test\r\nSubject: Grüße\r\n\r\nbody\r\n";
            byte[] body = m.getBytes(StandardCharsets.UTF_8);
            c.send("u1 APPEND App3 UTF8 (~{" + body.length + "+}");
            c.sendRaw(body);
            c.sendRaw(")\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("u1").status()).isEqualTo("BAD");
            c.ok("ENABLE UTF8=ACCEPT");
            c.send("u2 APPEND App3 UTF8 (~{" + body.length + "+}");
            c.sendRaw(body);
            c.sendRaw(")\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("u2").ok()).isTrue();
            c.ok("SELECT App3");
            assertThat(c.ok("FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT)]").all()).contains("Subject: Grüße");
        }
    }

    @Test
    void appendToSelectedMailboxAnnouncesExists() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE App4");
            c.ok("SELECT App4");
            ImapTestClient.Response r = c.append("App4", null, simple("new"));
            assertThat(r.untagged()).contains("* 1 EXISTS");
        }
    }
}
