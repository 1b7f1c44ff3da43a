package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** SELECT and EXAMINE (RFC 9051 §6.3.2–6.3.3), CLOSE, UNSELECT. */
class SelectTest extends ServerTestBase {
    @Test
    void selectReportsCountersAndReadWrite() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Sel1");
            c.append("Sel1", "\\Seen", simple("one"));
            c.append("Sel1", null, simple("two"));
            ImapTestClient.Response r = c.ok("SELECT Sel1");
            assertThat(r.untagged()).contains("* 2 EXISTS", "* 2 RECENT");
            assertThat(r.all()).contains("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)", "[UNSEEN 2]",
                    "[UIDVALIDITY ", "[UIDNEXT 3]", "[HIGHESTMODSEQ ", "[PERMANENTFLAGS (");
            assertThat(r.tagged()).contains("OK [READ-WRITE]");
        }
    }

    @Test
    void examineIsReadOnlyAndRefusesChanges() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Sel2");
            c.append("Sel2", null, simple("x"));
            assertThat(c.ok("EXAMINE Sel2").tagged()).contains("[READ-ONLY]");
            assertThat(c.command("STORE 1 +FLAGS (\\Flagged)").tagged()).contains("NO [READ-ONLY]");
            assertThat(c.command("EXPUNGE").tagged()).contains("NO");
            // BODY[] does not set \Seen in a read-only mailbox
            assertThat(c.ok("FETCH 1 (BODY[] FLAGS)").all()).doesNotContain("\\Seen");
        }
    }

    @Test
    void missingMailboxIsNonexistentAndLeavesNothingSelected() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("SELECT NoSuchBox").tagged()).contains("NO [NONEXISTENT]");
            assertThat(c.command("FETCH 1 FLAGS").tagged()).contains("BAD");
        }
    }

    @Test
    void secondSelectSendsClosedAndImap4rev2DropsRecent() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("ENABLE IMAP4rev2");
            c.ok("SELECT INBOX");
            ImapTestClient.Response r = c.ok("SELECT Drafts");
            assertThat(r.untagged().getFirst()).isEqualTo("* OK [CLOSED] previous mailbox closed");
            assertThat(r.all()).doesNotContain("RECENT", "[UNSEEN").contains("* LIST () \"/\" \"Drafts\"");
        }
    }

    @Test
    void closeExpungesSilentlyUnselectDoesNot() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Sel3");
            c.append("Sel3", "\\Deleted", simple("a"));
            c.append("Sel3", "\\Deleted", simple("b"));
            c.ok("SELECT Sel3");
            assertThat(c.ok("UNSELECT").untagged()).isEmpty();
            assertThat(c.ok("STATUS Sel3 (MESSAGES)").all()).contains("MESSAGES 2");
            c.ok("SELECT Sel3");
            assertThat(c.ok("CLOSE").untagged()).isEmpty();
            assertThat(c.ok("STATUS Sel3 (MESSAGES)").all()).contains("MESSAGES 0");
            assertThat(c.command("CLOSE").tagged()).contains("BAD");
        }
    }
}
