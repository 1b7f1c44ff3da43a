package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** COPY (RFC 9051 §6.4.7), MOVE (RFC 6851), COPYUID (RFC 4315), EXPUNGE and UID EXPUNGE. */
class CopyMoveTest extends ServerTestBase {
    @Test
    void copyReportsCopyUid() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Cp1");
            c.ok("CREATE Cp1Dest");
            for (int i = 0; i < 3; i++) {
                c.append("Cp1", "\\Flagged", simple("c" + i));
            }
            c.ok("SELECT Cp1");
            assertThat(c.ok("COPY 2:3 Cp1Dest").tagged()).matches("a\\d+ OK \\[COPYUID \\d+ 2:3 1:2] COPY completed");
            assertThat(c.ok("STATUS Cp1Dest (MESSAGES)").all()).contains("MESSAGES 2");
            assertThat(c.command("COPY 1 NoSuchBox").tagged()).contains("NO [TRYCREATE]");
        }
    }

    @Test
    void moveExpungesFromSource() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Mv1");
            c.ok("CREATE Mv1Dest");
            for (int i = 0; i < 4; i++) {
                c.append("Mv1", null, simple("m" + i));
            }
            c.ok("SELECT Mv1");
            ImapTestClient.Response r = c.ok("MOVE 2:3 Mv1Dest");
            assertThat(r.untagged()).containsExactly("* OK [COPYUID " + r.untagged().getFirst().split(" ")[3] + " 2:3 1:2] moved",
                    "* 2 EXPUNGE", "* 2 EXPUNGE");
            assertThat(c.ok("UID FETCH 1:* FLAGS").all()).contains("UID 1 ", "UID 4 ").doesNotContain("UID 2 ", "UID 3 ");
            assertThat(c.ok("UID MOVE 4 Mv1Dest").untagged()).contains("* 2 EXPUNGE");
        }
    }

    @Test
    void expungeAndUidExpunge() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Ex1");
            for (int i = 0; i < 5; i++) {
                c.append("Ex1", i == 4 ? null : "\\Deleted", simple("e" + i));
            }
            c.ok("SELECT Ex1");
            assertThat(c.ok("UID EXPUNGE 2:3").untagged()).containsExactly("* 2 EXPUNGE", "* 2 EXPUNGE");
            // UIDs 1 and 4 are left with \Deleted: after the first goes, UID 4 is message 1
            assertThat(c.ok("EXPUNGE").untagged()).containsExactly("* 1 EXPUNGE", "* 1 EXPUNGE");
            assertThat(c.ok("FETCH 1:* UID").untagged()).containsExactly("* 1 FETCH (UID 5)");
        }
    }

    @Test
    void qresyncSessionsGetVanished() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("ENABLE QRESYNC");
            c.ok("CREATE Ex2");
            for (int i = 0; i < 3; i++) {
                c.append("Ex2", "\\Deleted", simple("v" + i));
            }
            c.ok("SELECT Ex2");
            assertThat(c.ok("EXPUNGE").untagged()).containsExactly("* VANISHED 1:3");
        }
    }
}
