package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** ACL (RFC 4314) between two accounts: sharing, listing under ~owner, reading, rights. */
class AclTest extends ServerTestBase {
    @Test
    void sharedMailboxIsListedAndReadable() throws Exception {
        try (ImapTestClient a = alice()) {
            a.ok("CREATE Team");
            a.append("Team", null, simple("shared news"));
            assertThat(a.ok("MYRIGHTS Team").all()).contains("* MYRIGHTS \"Team\" lrswipkxtea");
            a.ok("SETACL Team bob lrs");
            assertThat(a.ok("GETACL Team").all()).contains("bob@example.test lrs");
            assertThat(a.ok("LISTRIGHTS Team bob").all()).contains("* LISTRIGHTS \"Team\" bob \"\" l r s");
        }
        try (ImapTestClient b = bob()) {
            String list = b.ok("LIST \"\" \"~*\"").all();
            assertThat(list).contains("(\\Noselect \\HasChildren) \"/\" \"~alice\"", "\"~alice/Team\"");
            assertThat(b.ok("LIST \"\" \"~alice/%\"").all()).contains("\"~alice/Team\"");
            assertThat(b.ok("MYRIGHTS ~alice/Team").all()).contains("lrs");
            ImapTestClient.Response sel = b.ok("SELECT ~alice/Team");
            assertThat(sel.all()).contains("* 1 EXISTS");
            assertThat(b.ok("FETCH 1 BODY[TEXT]").all()).contains("body of shared news");
            // no i right: bob cannot put messages there, nor read the ACL
            assertThat(b.append("~alice/Team", null, simple("nope")).tagged()).contains("NO [NOPERM]");
            assertThat(b.command("GETACL ~alice/Team").tagged()).contains("NO [NOPERM]");
            assertThat(b.command("SELECT ~alice/INBOX").tagged()).contains("NO [NONEXISTENT]");
        }
    }

    @Test
    void revokedRightsHideTheMailbox() throws Exception {
        try (ImapTestClient a = alice()) {
            a.ok("CREATE Private2");
            a.ok("SETACL Private2 bob lr");
            a.ok("DELETEACL Private2 bob");
        }
        try (ImapTestClient b = bob()) {
            assertThat(b.ok("LIST \"\" \"~alice/*\"").all()).doesNotContain("Private2");
            assertThat(b.command("MYRIGHTS ~alice/Private2").tagged()).contains("NO [NONEXISTENT]");
        }
    }

    @Test
    void sharedChangesReachTheOtherAccountsIdle() throws Exception {
        try (ImapTestClient a = alice(); ImapTestClient b = bob()) {
            a.ok("CREATE Live");
            a.ok("SETACL Live bob lrs");
            b.ok("SELECT ~alice/Live");
            b.send("i1 IDLE");
            assertThat(b.readResponseLine()).isEqualTo("+ idling");
            a.append("Live", null, simple("hello bob"));
            assertThat(b.readResponseLine()).isEqualTo("* 1 EXISTS");
            b.send("DONE");
            assertThat(b.readUntilTagged("i1").ok()).isTrue();
        }
    }

    @Test
    void badRightsAreBad() throws Exception {
        try (ImapTestClient a = alice()) {
            assertThat(a.command("SETACL INBOX bob lrZ").status()).isEqualTo("BAD");
        }
    }
}
