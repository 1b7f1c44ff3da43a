package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** CONDSTORE and QRESYNC resynchronisation (RFC 7162) after flag changes and expunges. */
class CondstoreQresyncTest extends ServerTestBase {
    private static long highestModseq(ImapTestClient.Response r) {
        return Long.parseLong(r.all().replaceAll("(?s).*\\[HIGHESTMODSEQ (\\d+)].*", "$1"));
    }

    private static long uidValidity(ImapTestClient.Response r) {
        return Long.parseLong(r.all().replaceAll("(?s).*\\[UIDVALIDITY (\\d+)].*", "$1"));
    }

    @Test
    void qresyncSelectReportsVanishedEarlierAndChangedFlags() throws Exception {
        long modseq;
        long validity;
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Q1");
            for (int i = 0; i < 5; i++) {
                c.append("Q1", null, simple("q" + i));
            }
            ImapTestClient.Response sel = c.ok("SELECT Q1 (CONDSTORE)");
            modseq = highestModseq(sel);
            validity = uidValidity(sel);
            c.ok("LOGOUT");
        }
        try (ImapTestClient other = alice()) {
            other.ok("SELECT Q1");
            other.ok("STORE 2 +FLAGS (\\Seen)");
            other.ok("STORE 4 +FLAGS (\\Deleted)");
            other.ok("EXPUNGE");
        }
        try (ImapTestClient c = alice()) {
            c.ok("ENABLE QRESYNC");
            ImapTestClient.Response r = c.ok("SELECT Q1 (QRESYNC (" + validity + " " + modseq + " 1:5))");
            assertThat(r.all()).contains("* VANISHED (EARLIER) 4", "* 2 FETCH (UID 2 FLAGS (\\Seen) MODSEQ (");
            assertThat(r.lines("FETCH")).hasSize(1);
            assertThat(highestModseq(r)).isGreaterThan(modseq);
            // CHANGEDSINCE with VANISHED gives the same picture on demand
            String f = c.ok("UID FETCH 1:* (FLAGS) (CHANGEDSINCE " + modseq + " VANISHED)").all();
            assertThat(f).contains("* VANISHED (EARLIER) 4", "* 2 FETCH (UID 2 FLAGS (\\Seen) MODSEQ (");
            assertThat(c.ok("FETCH 1:* (UID) (CHANGEDSINCE " + highestModseq(r) + ")").lines("FETCH")).isEmpty();
        }
    }

    @Test
    void qresyncWithoutEnableIsBadAndWrongValidityGivesFullState() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.command("SELECT INBOX (QRESYNC (1 1))").status()).isEqualTo("BAD");
            c.ok("ENABLE QRESYNC");
            ImapTestClient.Response r = c.ok("SELECT INBOX (QRESYNC (1 1))");
            assertThat(r.all()).doesNotContain("VANISHED");
        }
    }

    @Test
    void condstoreSessionSeesModseqInUnsolicitedFetch() throws Exception {
        try (ImapTestClient watcher = alice(); ImapTestClient actor = alice()) {
            actor.ok("CREATE Q2");
            actor.append("Q2", null, simple("x"));
            watcher.ok("SELECT Q2 (CONDSTORE)");
            actor.ok("SELECT Q2");
            actor.ok("STORE 1 +FLAGS (\\Answered)");
            assertThat(watcher.ok("NOOP").all()).contains("* 1 FETCH (UID 1 FLAGS (\\Answered \\Recent) MODSEQ (");
        }
    }
}
