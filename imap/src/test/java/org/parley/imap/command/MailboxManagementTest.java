package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** CREATE, DELETE, RENAME, SUBSCRIBE (RFC 9051 §6.3.4–6.3.8), CREATE-SPECIAL-USE (RFC 6154). */
class MailboxManagementTest extends ServerTestBase {
    @Test
    void createDeleteRename() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Projects/2026/");
            assertThat(c.command("CREATE Projects/2026").tagged()).contains("NO [ALREADYEXISTS]");
            assertThat(c.command("CREATE INBOX").tagged()).contains("NO [ALREADYEXISTS]");
            c.ok("RENAME Projects Work");
            assertThat(c.ok("LIST \"\" Work/*").all()).contains("\"Work/2026\"");
            assertThat(c.command("DELETE NoSuch").tagged()).contains("NO [NONEXISTENT]");
            assertThat(c.command("DELETE INBOX").tagged()).contains("NO [CANNOT]");
            c.ok("DELETE Work/2026");
            c.ok("DELETE Work");
            assertThat(c.ok("LIST \"\" Work*").lines("LIST")).isEmpty();
        }
    }

    @Test
    void createWithSpecialUse() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Archive2 (USE (\\Archive))");
            assertThat(c.ok("LIST \"\" Archive2").all()).contains("\\Archive");
            assertThat(c.command("CREATE Odd (USE (\\Bogus))").tagged()).contains("NO [USEATTR]");
        }
    }

    @Test
    void subscriptions() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Sub1");
            c.ok("SUBSCRIBE Sub1");
            c.ok("SUBSCRIBE Ghost");
            assertThat(c.ok("LSUB \"\" *").all()).contains("* LSUB () \"/\" \"Sub1\"", "* LSUB (\\Noselect) \"/\" \"Ghost\"");
            String l = c.ok("LIST (SUBSCRIBED) \"\" *").all();
            assertThat(l).contains("(\\HasNoChildren \\Subscribed) \"/\" \"Sub1\"", "\\NonExistent");
            c.ok("UNSUBSCRIBE Ghost");
            assertThat(c.ok("LSUB \"\" *").all()).doesNotContain("Ghost");
        }
    }

    @Test
    void modifiedUtf7AndUtf8Names() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE \"Caf&AOk-\"");
            assertThat(c.ok("LIST \"\" Caf*").all()).contains("\"Caf&AOk-\"");
            c.ok("ENABLE UTF8=ACCEPT");
            assertThat(c.ok("LIST \"\" Caf*").all()).contains("\"Café\"");
        }
    }
}
