package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** NAMESPACE, ID, ENABLE, NOOP, CHECK, LOGOUT. */
class SessionCommandsTest extends ServerTestBase {
    @Test
    void namespace() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.ok("NAMESPACE").untagged()).containsExactly("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) NIL");
        }
    }

    @Test
    void idInAnyState() throws Exception {
        try (ImapTestClient c = server.connect()) {
            assertThat(c.ok("ID (\"name\" \"test-client\" \"version\" \"1\")").untagged().getFirst())
                    .startsWith("* ID (\"name\" \"Parley\" \"version\" ");
            assertThat(c.ok("ID NIL").untagged()).hasSize(1);
        }
    }

    @Test
    void enableReportsOnlyNewlyEnabled() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.ok("ENABLE CONDSTORE X-UNKNOWN").untagged()).containsExactly("* ENABLED CONDSTORE");
            assertThat(c.ok("ENABLE CONDSTORE QRESYNC").untagged()).containsExactly("* ENABLED QRESYNC");
            assertThat(c.ok("ENABLE IMAP4rev2 UTF8=ACCEPT").untagged()).containsExactly("* ENABLED IMAP4rev2 UTF8=ACCEPT");
            c.ok("SELECT INBOX");
            assertThat(c.command("ENABLE CONDSTORE").status()).isEqualTo("BAD");
        }
    }

    @Test
    void logoutSaysByeThenOk() throws Exception {
        try (ImapTestClient c = server.connect()) {
            ImapTestClient.Response r = c.ok("LOGOUT");
            assertThat(r.untagged()).containsExactly("* BYE Parley IMAP logging out");
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
