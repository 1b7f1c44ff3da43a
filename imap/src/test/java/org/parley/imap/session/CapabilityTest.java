package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ImapTestServer;

/** CAPABILITY before and after STARTTLS and login; LOGINDISABLED; pipelined plaintext after STARTTLS. */
class CapabilityTest {
    @TempDir static Path dir;
    static ImapTestServer server;
    static ImapTestServer remoteLike;

    @BeforeAll
    static void start() throws Exception {
        server = ImapTestServer.start(dir.resolve("a"));
        // loopback treated like any remote client: what a clear-text connection from elsewhere sees
        remoteLike = ImapTestServer.start(dir.resolve("b"), o -> o.withLoopbackTrusted(false));
        server.createAccount("alice", "alice-pw-1");
        remoteLike.createAccount("alice", "alice-pw-1");
    }

    @AfterAll
    static void stop() {
        server.close();
        remoteLike.close();
    }

    @Test
    void greetingCarriesCapabilities() throws Exception {
        try (ImapTestClient c = server.connect()) {
            assertThat(c.greeting()).startsWith("* OK [CAPABILITY IMAP4rev1 IMAP4rev2 ").endsWith("] Parley IMAP ready");
            assertThat(c.greeting()).contains(" STARTTLS ", "AUTH=PLAIN", "AUTH=SCRAM-SHA-256", "SASL-IR", "LITERAL+")
                    .doesNotContain("LOGINDISABLED");
        }
    }

    @Test
    void capabilityAfterLoginListsExtensionsAndNoAuth() throws Exception {
        try (ImapTestClient c = server.login("alice", "alice-pw-1")) {
            String caps = c.ok("CAPABILITY").lines("CAPABILITY").getFirst();
            assertThat(caps).contains("IMAP4rev2", "IDLE", "NAMESPACE", "UIDPLUS", "MOVE", "CONDSTORE", "QRESYNC",
                    "LIST-EXTENDED", "LIST-STATUS", "SPECIAL-USE", "CREATE-SPECIAL-USE", "ACL", "RIGHTS=texk", "QUOTA",
                    "BINARY", "MULTIAPPEND", "APPENDLIMIT=" + ImapTestServer.APPEND_LIMIT, "STATUS=SIZE", "UTF8=ACCEPT",
                    "COMPRESS=DEFLATE", "ENABLE", "ID", "UNSELECT", "CHILDREN", "LITERAL+");
            assertThat(caps).doesNotContain("AUTH=", "STARTTLS", "LOGINDISABLED");
        }
    }

    @Test
    void clearTextRemoteConnectionHasLoginDisabledUntilStartTls() throws Exception {
        try (ImapTestClient c = remoteLike.connect()) {
            String caps = c.ok("CAPABILITY").lines("CAPABILITY").getFirst();
            assertThat(caps).contains("LOGINDISABLED", "STARTTLS", "AUTH=SCRAM-SHA-256").doesNotContain("AUTH=PLAIN", "AUTH=LOGIN");
            ImapTestClient.Response login = c.command("LOGIN alice alice-pw-1");
            assertThat(login.tagged()).contains("NO [PRIVACYREQUIRED]");
            assertThat(c.command("AUTHENTICATE PLAIN AGFsaWNlAGFsaWNlLXB3LTE=").tagged()).contains("NO");

            c.ok("STARTTLS");
            c.upgradeToTls();
            String after = c.ok("CAPABILITY").lines("CAPABILITY").getFirst();
            assertThat(after).contains("AUTH=PLAIN").doesNotContain("LOGINDISABLED", "STARTTLS");
            c.ok("LOGIN alice alice-pw-1");
        }
    }

    @Test
    void implicitTlsOffersPlainLoginAndNoStartTls() throws Exception {
        try (ImapTestClient c = remoteLike.connectTls()) {
            assertThat(c.greeting()).contains("AUTH=PLAIN").doesNotContain("STARTTLS", "LOGINDISABLED");
            c.ok("LOGIN alice alice-pw-1");
            assertThat(c.command("STARTTLS").status()).isEqualTo("BAD");
        }
    }

    @Test
    void plaintextPipelinedAfterStartTlsIsNotExecuted() throws Exception {
        try (ImapTestClient c = remoteLike.connect()) {
            // the injected LOGIN would be read as if sent over TLS (CVE-2011-0411) if not dropped
            c.sendRaw("s1 STARTTLS\r\ns2 LOGIN alice alice-pw-1\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("s1").ok()).isTrue();
            c.upgradeToTls();
            ImapTestClient.Response r = c.command("NOOP");
            assertThat(r.all()).doesNotContain("s2");
            // still not logged in: the injected LOGIN never ran
            assertThat(c.command("SELECT INBOX").tagged()).contains("BAD");
        }
    }

    @Test
    void plainTextLoginAllowedServerSettingLiftsLoginDisabled() throws Exception {
        remoteLike.directory().updateServerSettings(java.util.Map.of("PlainTextLoginAllowed", "YES"));
        try {
            // the setting is cached for a few seconds: poll with a deadline
            long deadline = System.nanoTime() + 15_000_000_000L;
            String caps;
            do {
                try (ImapTestClient c = remoteLike.connect()) {
                    caps = c.greeting();
                }
                if (!caps.contains("LOGINDISABLED")) {
                    break;
                }
                Thread.sleep(100); // the setting is re-read every two seconds
            } while (System.nanoTime() < deadline);
            assertThat(caps).doesNotContain("LOGINDISABLED").contains("AUTH=PLAIN");
        } finally {
            remoteLike.directory().updateServerSettings(java.util.Map.of("PlainTextLoginAllowed", "NO"));
        }
    }
}
