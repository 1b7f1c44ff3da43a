package org.parley.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.testing.CliServer;
import org.parley.core.testing.TestTls;

/** AdminClient against the in-process server, with and without INLINE and TLS. */
class AdminClientTest {
    @TempDir java.nio.file.Path dir;

    @Test
    void loginInlineExecuteQuit() throws Exception {
        try (CliServer server = CliServer.start(dir);
                AdminClient c = AdminClient.connect("127.0.0.1", server.port(), Duration.ofSeconds(10))) {
            assertThat(c.greeting()).startsWith("example.test Parley CLI ");
            assertThat(c.token()).get().asString().matches("<\\d+\\.\\d+@example\\.test>");
            c.login("postmaster", CliServer.PM_PASSWORD);
            // without INLINE the data follows on its own line; the client reads both forms
            assertThat(c.execute("LISTDOMAINS")).isEqualTo(List.of("example.test"));
            c.inline();
            assertThat(c.execute("CREATEACCOUNT alice {RealName=\"A\";}")).isNull();
            assertThat(c.execute("GETACCOUNTSETTINGS alice")).isEqualTo(Map.of("RealName", "A"));
            AdminException e = catchThrowableOfType(AdminException.class, () -> c.execute("CREATEACCOUNT alice"));
            assertThat(e.code()).isEqualTo(520);
            assertThatThrownBy(() -> c.send("NOOP\nQUIT")).isInstanceOf(IllegalArgumentException.class);
            c.quit();
        }
    }

    @Test
    void startTlsThenLogin() throws Exception {
        try (CliServer server = CliServer.startWithTls(dir);
                AdminClient c = AdminClient.connect("127.0.0.1", server.port(), Duration.ofSeconds(10))) {
            c.startTls(TestTls.trustingClientContext(), "example.test");
            c.login("postmaster", CliServer.PM_PASSWORD);
            c.inline();
            assertThat(c.execute("MAINDOMAINNAME")).isEqualTo("example.test");
        }
    }

    @Test
    void aWrongPasswordIsAnAdminException() throws Exception {
        try (CliServer server = CliServer.start(dir);
                AdminClient c = AdminClient.connect("127.0.0.1", server.port(), Duration.ofSeconds(10))) {
            AdminException e = catchThrowableOfType(AdminException.class, () -> c.login("postmaster", "nope"));
            assertThat(e.code()).isEqualTo(515);
            c.login("postmaster", CliServer.PM_PASSWORD);
        }
    }
}
