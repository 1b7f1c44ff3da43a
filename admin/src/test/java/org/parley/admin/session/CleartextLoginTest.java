package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;
import org.parley.core.testing.TestTls;
import org.parley.directory.sasl.ChallengeDigests;

/**
 * Passwords in clear text need TLS unless the client is on loopback or PlainTextLoginAllowed is
 * YES; the server behaves here as it would for a remote client.
 */
class CleartextLoginTest {
    private static final Pattern TOKEN = Pattern.compile(".*(<[^>]+@[^>]+>)$");
    @TempDir java.nio.file.Path dir;

    @Test
    void userAndAuthWebUserAreRefusedBeforeAnyPasswordIsSent() throws Exception {
        try (CliServer server = CliServer.startAsIfRemote(dir); CliConnection c = server.connect()) {
            assertThat(c.expect("USER postmaster", CliCodes.BAD_SEQUENCE).text()).contains("TLS");
            c.expect("AUTH WEBUSER postmaster " + CliServer.PM_PASSWORD, CliCodes.BAD_SEQUENCE);
        }
    }

    @Test
    void apopNeedsNoTls() throws Exception {
        try (CliServer server = CliServer.startAsIfRemote(dir)) {
            server.directory().createAccount("rev@example.test", Map.of("Password", "s3cret", "PasswordEncryption", "clear"));
            try (CliConnection c = server.connect()) {
                Matcher m = TOKEN.matcher(c.greeting());
                assertThat(m.matches()).isTrue();
                c.expect("APOP rev@example.test " + ChallengeDigests.apop(m.group(1), "s3cret"), 200);
            }
        }
    }

    @Test
    void afterStlsUserPassWorks() throws Exception {
        try (CliServer server = CliServer.startAsIfRemote(dir); CliConnection c = server.connect()) {
            c.sendRaw("STLS\n".getBytes());
            assertThat(c.readLine()).isEqualTo("200 begin TLS negotiation");
            c.handshake(TestTls.trustingClientContext());
            c.expect("USER postmaster", 300);
            c.expect("PASS " + CliServer.PM_PASSWORD, 200);
        }
    }

    @Test
    void administratorCanAllowClearText() throws Exception {
        try (CliServer server = CliServer.startAsIfRemote(dir)) {
            server.directory().updateServerSettings(Map.of("PlainTextLoginAllowed", "YES"));
            try (CliConnection c = server.connect()) {
                c.expect("USER postmaster", 300);
                c.expect("PASS " + CliServer.PM_PASSWORD, 200);
            }
        }
    }
}
