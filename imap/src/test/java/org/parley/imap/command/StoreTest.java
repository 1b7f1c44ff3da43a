package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** STORE (RFC 9051 §6.4.6) with CONDSTORE UNCHANGEDSINCE (RFC 7162 §3.1.3). */
class StoreTest extends ServerTestBase {
    private static ImapTestClient withMessages(String box, int n) throws Exception {
        ImapTestClient c = alice();
        c.ok("CREATE " + box);
        for (int i = 1; i <= n; i++) {
            c.append(box, null, simple(box + i));
        }
        c.ok("SELECT " + box);
        return c;
    }

    @Test
    void addRemoveReplaceAndSilent() throws Exception {
        try (ImapTestClient c = withMessages("St1", 3)) {
            assertThat(c.ok("STORE 1:2 +FLAGS (\\Flagged)").lines("FETCH"))
                    .containsExactly("* 1 FETCH (FLAGS (\\Flagged \\Recent))", "* 2 FETCH (FLAGS (\\Flagged \\Recent))");
            assertThat(c.ok("STORE 1 -FLAGS.SILENT (\\Flagged)").untagged()).isEmpty();
            assertThat(c.ok("UID STORE 3 FLAGS (\\Seen Custom)").untagged())
                    .contains("* 3 FETCH (UID 3 FLAGS (\\Seen Custom \\Recent))");
            assertThat(c.ok("FETCH 1:3 FLAGS").all())
                    .contains("* 1 FETCH (FLAGS (\\Recent))", "* 2 FETCH (FLAGS (\\Flagged \\Recent))");
        }
    }

    @Test
    void newKeywordIsAnnouncedInFlags() throws Exception {
        try (ImapTestClient c = withMessages("St2", 1)) {
            ImapTestClient.Response r = c.ok("STORE 1 +FLAGS ($Important)");
            assertThat(r.untagged().getFirst()).isEqualTo("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Important)");
        }
    }

    @Test
    void unchangedSinceReportsModified() throws Exception {
        try (ImapTestClient c = withMessages("St3", 2)) {
            String fetch = c.ok("FETCH 1:2 (MODSEQ)").all();
            long modseq = Long.parseLong(fetch.replaceAll("(?s).*\\* 2 FETCH \\(MODSEQ \\((\\d+)\\)\\).*", "$1"));
            // the first store raises message 1's modseq beyond what the client saw
            String first = c.ok("STORE 1 +FLAGS (\\Seen)").all();
            assertThat(first).contains("MODSEQ (");
            ImapTestClient.Response r = c.ok("STORE 1:2 (UNCHANGEDSINCE " + modseq + ") +FLAGS (\\Flagged)");
            assertThat(r.tagged()).contains("OK [MODIFIED 1]");
            assertThat(r.all()).contains("* 2 FETCH (FLAGS (\\Flagged \\Recent) MODSEQ (");
            assertThat(c.ok("UID STORE 1:2 (UNCHANGEDSINCE 1) +FLAGS.SILENT (\\Draft)").tagged()).contains("[MODIFIED 1:2]");
        }
    }

    @Test
    void invalidFlagIsBad() throws Exception {
        try (ImapTestClient c = withMessages("St4", 1)) {
            assertThat(c.command("STORE 1 +FLAGS (\\Bogus)").status()).isEqualTo("BAD");
            c.ok("NOOP");
        }
    }
}
