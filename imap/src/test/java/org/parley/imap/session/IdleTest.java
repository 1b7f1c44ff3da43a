package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/**
 * IDLE (RFC 2177) and untagged updates between two connections: one appends, flags and
 * expunges, the other sees EXISTS, FETCH and EXPUNGE at once while idling, or at its next command.
 */
class IdleTest extends ServerTestBase {
    @Test
    void idleSeesAnotherSessionsChanges() throws Exception {
        try (ImapTestClient watcher = alice(); ImapTestClient actor = alice()) {
            actor.ok("CREATE Idle1");
            actor.append("Idle1", null, simple("first"));
            watcher.ok("SELECT Idle1");
            watcher.send("i1 IDLE");
            assertThat(watcher.readResponseLine()).isEqualTo("+ idling");

            actor.append("Idle1", null, simple("second"));
            assertThat(watcher.readResponseLine()).isEqualTo("* 2 EXISTS");
            // the first session told of the new message takes its \Recent (RFC 3501 §2.3.2)
            assertThat(watcher.readResponseLine()).isEqualTo("* 2 RECENT");

            actor.ok("SELECT Idle1");
            actor.ok("STORE 1 +FLAGS (\\Flagged)");
            assertThat(watcher.readResponseLine()).isEqualTo("* 1 FETCH (UID 1 FLAGS (\\Flagged \\Recent))");

            actor.ok("STORE 1 +FLAGS (\\Deleted)");
            assertThat(watcher.readResponseLine()).startsWith("* 1 FETCH (UID 1 FLAGS (\\Flagged \\Deleted");
            actor.ok("EXPUNGE");
            assertThat(watcher.readResponseLine()).isEqualTo("* 1 EXPUNGE");

            watcher.send("DONE");
            assertThat(watcher.readUntilTagged("i1").tagged()).isEqualTo("i1 OK IDLE terminated");
            assertThat(watcher.ok("FETCH 1:* UID").untagged()).containsExactly("* 1 FETCH (UID 2)");
        }
    }

    @Test
    void changesArriveWithTheNextCommandButNoExpungeDuringFetch() throws Exception {
        try (ImapTestClient watcher = alice(); ImapTestClient actor = alice()) {
            actor.ok("CREATE Idle2");
            for (int i = 0; i < 3; i++) {
                actor.append("Idle2", null, simple("m" + i));
            }
            watcher.ok("SELECT Idle2");
            actor.ok("SELECT Idle2");
            actor.ok("STORE 2 +FLAGS (\\Deleted)");
            actor.ok("EXPUNGE");
            actor.append("Idle2", null, simple("m3"));

            // RFC 9051 §7.5.1: no EXPUNGE while answering FETCH; the new message is announced
            ImapTestClient.Response f = watcher.ok("FETCH 1:3 UID");
            assertThat(f.all()).doesNotContain("EXPUNGE").contains("* 4 EXISTS");
            ImapTestClient.Response n = watcher.ok("NOOP");
            assertThat(n.untagged()).contains("* 2 EXPUNGE");
            assertThat(watcher.ok("FETCH 1:* UID").untagged())
                    .containsExactly("* 1 FETCH (UID 1)", "* 2 FETCH (UID 3)", "* 3 FETCH (UID 4)");
        }
    }

    @Test
    void recentGoesToTheFirstReadWriteSessionToldOfANewMessage() throws Exception {
        try (ImapTestClient writer = alice(); ImapTestClient reader = alice(); ImapTestClient later = alice()) {
            writer.ok("CREATE Idle3");
            writer.append("Idle3", null, simple("old"));
            reader.ok("EXAMINE Idle3");
            writer.ok("SELECT Idle3");
            later.append("Idle3", null, simple("new"));
            // a read-only session sees the message but does not take \Recent from others
            assertThat(reader.ok("NOOP").untagged()).contains("* 2 EXISTS", "* 0 RECENT");
            assertThat(writer.ok("NOOP").untagged()).contains("* 2 EXISTS", "* 2 RECENT");
            assertThat(writer.ok("FETCH 2 FLAGS").untagged()).containsExactly("* 2 FETCH (FLAGS (\\Recent))");
            assertThat(writer.ok("SEARCH RECENT").untagged()).containsExactly("* SEARCH 1 2");
            assertThat(later.ok("SELECT Idle3").untagged()).contains("* 0 RECENT");
        }
    }

    @Test
    void idleInAuthenticatedStateAndBadEnding() throws Exception {
        try (ImapTestClient c = alice()) {
            c.send("i1 IDLE");
            assertThat(c.readResponseLine()).isEqualTo("+ idling");
            c.send("NOT-DONE");
            assertThat(c.readUntilTagged("i1").status()).isEqualTo("BAD");
            c.ok("NOOP");
        }
    }
}
