package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** QUOTA (RFC 9208): usage report and refusal at the limit. */
class QuotaTest extends ServerTestBase {
    @BeforeAll
    static void limited() {
        server.createAccount("dave", "dave-pw-1", Map.of("MaxMessageCount", "2", "MaxAccountSize", "100K"));
    }

    @Test
    void usageAndRefusal() throws Exception {
        try (ImapTestClient d = server.login("dave", "dave-pw-1")) {
            d.append("INBOX", null, simple("1"));
            String root = d.ok("GETQUOTAROOT INBOX").all();
            assertThat(root).contains("* QUOTAROOT \"INBOX\" \"\"", "* QUOTA \"\" (STORAGE 1 100 MESSAGE 1 2)");
            assertThat(d.ok("GETQUOTA \"\"").all()).contains("MESSAGE 1 2");
            d.append("INBOX", null, simple("2"));
            assertThat(d.append("INBOX", null, simple("3")).tagged()).contains("NO [OVERQUOTA]");
            d.ok("SELECT INBOX");
            assertThat(d.command("COPY 1 INBOX").tagged()).contains("NO [OVERQUOTA]");
            assertThat(d.command("SETQUOTA \"\" (STORAGE 1000)").tagged()).contains("NO [NOPERM]");
            assertThat(d.command("GETQUOTA other").tagged()).contains("NO");
        }
    }

    @Test
    void unlimitedAccountsReportNoResources() throws Exception {
        try (ImapTestClient a = alice()) {
            assertThat(a.ok("GETQUOTAROOT INBOX").all()).contains("* QUOTA \"\" ()");
        }
    }
}
