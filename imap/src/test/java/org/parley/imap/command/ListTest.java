package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** LIST (RFC 9051 §6.3.9), LIST-EXTENDED, LIST-STATUS, SPECIAL-USE, CHILDREN, STATUS. */
class ListTest extends ServerTestBase {
    @BeforeAll
    static void tree() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Lists/A");
            c.ok("CREATE Lists/B/C");
            c.append("Lists/A", "\\Seen", simple("x"));
            c.append("Lists/A", null, simple("y"));
        }
    }

    @Test
    void wildcards() throws Exception {
        try (ImapTestClient c = alice()) {
            String all = c.ok("LIST \"\" *").all();
            assertThat(all).contains("* LIST (\\HasNoChildren) \"/\" \"INBOX\"", "(\\HasNoChildren \\Sent) \"/\" \"Sent\"",
                    "(\\HasChildren) \"/\" \"Lists\"", "\"Lists/B/C\"");
            assertThat(c.ok("LIST \"\" %").all()).contains("\"Lists\"").doesNotContain("Lists/A");
            assertThat(c.ok("LIST \"\" Lists/%").lines("LIST")).hasSize(2);
            assertThat(c.ok("LIST Lists/ %").lines("LIST")).hasSize(2);
            assertThat(c.ok("LIST \"\" inbox").all()).contains("\"INBOX\"");
            assertThat(c.ok("LIST \"\" \"\"").untagged()).containsExactly("* LIST (\\Noselect) \"/\" \"\"");
        }
    }

    @Test
    void extendedSelectionAndReturn() throws Exception {
        try (ImapTestClient c = alice()) {
            String special = c.ok("LIST (SPECIAL-USE) \"\" *").all();
            assertThat(special).contains("\\Drafts", "\\Trash", "\\Junk", "\\Sent").doesNotContain("\"INBOX\"");
            String st = c.ok("LIST \"\" Lists/A RETURN (STATUS (MESSAGES UNSEEN SIZE))").all();
            assertThat(st).contains("* LIST (\\HasNoChildren) \"/\" \"Lists/A\"", "* STATUS \"Lists/A\" (MESSAGES 2 UNSEEN 1 SIZE ");
            assertThat(c.ok("LIST \"\" (Lists/A Lists/B) RETURN (CHILDREN)").lines("LIST")).hasSize(2);
            c.ok("SUBSCRIBE Lists/B/C");
            String rec = c.ok("LIST (SUBSCRIBED RECURSIVEMATCH) \"\" Lists/%").all();
            assertThat(rec).contains("\"Lists/B\" (\"CHILDINFO\" (\"SUBSCRIBED\"))");
        }
    }

    @Test
    void status() throws Exception {
        try (ImapTestClient c = alice()) {
            String r = c.ok("STATUS Lists/A (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN DELETED SIZE HIGHESTMODSEQ APPENDLIMIT)").all();
            assertThat(r).contains("MESSAGES 2", "UIDNEXT 3", "UNSEEN 1", "DELETED 0", "HIGHESTMODSEQ ", "APPENDLIMIT 1048576");
            assertThat(c.command("STATUS Nope (MESSAGES)").tagged()).contains("NO [NONEXISTENT]");
        }
    }

    @Test
    void hostilePatternIsBounded() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.command("LIST \"\" \"" + "*%".repeat(600) + "x\"").status()).isEqualTo("BAD");
            assertThat(c.ok("LIST \"\" \"" + "*%".repeat(200) + "x\"").lines("LIST")).isEmpty();
        }
    }
}
