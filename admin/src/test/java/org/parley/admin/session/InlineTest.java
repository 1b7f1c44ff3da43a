package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;

/** The two output modes on the wire (COMPAT-CGP §2.2, §2.6). */
class InlineTest {
    @TempDir java.nio.file.Path dir;
    CliServer server;

    @BeforeEach
    void start() throws Exception {
        server = CliServer.start(dir);
        server.directory().createAccount("alice@example.test", Map.of("Password", "p4ss", "RealName", "Alice Liddell"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void withoutInlineDataFollowsOnTheNextLine() throws Exception {
        try (CliConnection c = server.login("postmaster", CliServer.PM_PASSWORD, false)) {
            c.send("LISTACCOUNTS");
            assertThat(c.readLine()).isEqualTo("200 data follow");
            assertThat(c.readLine()).isEqualTo("{alice=macnt;postmaster=macnt;}");
            c.send("GETACCOUNTSETTINGS alice");
            assertThat(c.readLine()).isEqualTo("200 data follow");
            assertThat(c.readLine()).isEqualTo("{RealName=\"Alice Liddell\";}");
            c.send("MAINDOMAINNAME");
            assertThat(c.readLine()).isEqualTo("200 data follow");
            assertThat(c.readLine()).isEqualTo("example.test");
            c.send("NOOP");
            assertThat(c.readLine()).isEqualTo("200 OK");
        }
    }

    @Test
    void afterInlineDataIsOnTheStatusLine() throws Exception {
        try (CliConnection c = server.login("postmaster", CliServer.PM_PASSWORD, false)) {
            c.send("INLINE");
            assertThat(c.readLine()).isEqualTo("200 OK");
            c.send("LISTACCOUNTS example.test");
            assertThat(c.readLine()).isEqualTo("201 {alice=macnt;postmaster=macnt;}");
            c.send("ECHO (1, \"two words\", {k=#5;})");
            assertThat(c.readLine()).isEqualTo("201 (1, \"two words\", {k=#5;})");
            c.send("CREATEDOMAIN example.org");
            assertThat(c.readLine()).isEqualTo("200 OK");
            c.send("GETACCOUNTSETTINGS nobody");
            assertThat(c.readLine()).startsWith("513 ");
        }
    }

    @Test
    void inlineIsAcceptedBeforeLoginToo() throws Exception {
        try (CliConnection c = server.connect()) {
            c.ok("INLINE");
            c.expect("USER postmaster", 300);
            c.expect("PASS " + CliServer.PM_PASSWORD, 200);
            c.send("GETVERSION");
            assertThat(c.readLine()).isEqualTo("201 9.9-test");
        }
    }
}
