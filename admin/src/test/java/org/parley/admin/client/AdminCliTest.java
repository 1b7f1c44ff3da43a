package org.parley.admin.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.admin.testing.CliServer;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.core.format.CgpPrinter;

/** The body of {@code parley admin}: options and environment, output, exit codes. */
class AdminCliTest extends CliSessionTestBase {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(AdminCli.Options options, Map<String, String> env, String... words) {
        return AdminCli.run(options, List.of(words), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private AdminCli.Options flags(String password) {
        return new AdminCli.Options("127.0.0.1", server.port(), null, "postmaster", password, false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsAnAccountAndPrintsOk() {
        int code = run(flags(CliServer.PM_PASSWORD), Map.of(),
                "CREATEACCOUNT", "alice@example.test", "{Password=\"p4ss\";RealName=\"Alice Liddell\";}");
        assertThat(code).as(err()).isZero();
        assertThat(out()).isEqualTo("OK\n");
        assertThat(server.directory().verifyAccountPassword("alice@example.test", "p4ss")).isTrue();
        assertThat(server.directory().getAccountSettings("alice")).containsEntry("RealName", "Alice Liddell");
    }

    @Test
    void printsDataPretty() {
        server.directory().createAccount("bob@example.test", Map.of("RealName", "Bob Smith", "MaxAccountSize", "10M"));
        assertThat(run(flags(CliServer.PM_PASSWORD), Map.of(), "GetAccountSettings", "bob")).isZero();
        assertThat(out()).isEqualTo(CgpPrinter.printPretty(server.directory().getAccountSettings("bob")) + "\n")
                .contains("\n  RealName = \"Bob Smith\";\n");
    }

    @Test
    void anErrorGoesToStderrWithExitCodeOne() {
        assertThat(run(flags(CliServer.PM_PASSWORD), Map.of(), "GETACCOUNTSETTINGS", "nobody")).isEqualTo(AdminCli.EXIT_COMMAND_FAILED);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("parley admin: 513 ");
    }

    @Test
    void aWrongPasswordIsExitCodeOne() {
        assertThat(run(flags("wrong"), Map.of(), "NOOP")).isEqualTo(AdminCli.EXIT_COMMAND_FAILED);
        assertThat(err()).contains("515");
    }

    @Test
    void connectionDetailsFromTheEnvironment() {
        Map<String, String> env = Map.of("PARLEY_ADMIN_HOST", "127.0.0.1", "PARLEY_ADMIN_PORT_OFFSET",
                Integer.toString(server.port() - AdminCli.STANDARD_PORT), "PARLEY_ADMIN_USER", "root",
                "PARLEY_ADMIN_PASSWORD", CliServer.PM_PASSWORD);
        assertThat(run(new AdminCli.Options(null, null, null, null, null, false), env, "MAINDOMAINNAME")).as(err()).isZero();
        assertThat(out()).isEqualTo("example.test\n");
    }

    @Test
    void flagsWinOverTheEnvironment() {
        Map<String, String> env = Map.of("PARLEY_ADMIN_PORT", "1", "PARLEY_ADMIN_PASSWORD", "wrong");
        assertThat(run(flags(CliServer.PM_PASSWORD), env, "LISTDOMAINS")).as(err()).isZero();
        assertThat(out()).isEqualTo("(example.test)\n");
    }

    @Test
    void apopLogin() {
        server.directory().createAccount("rev@example.test", Map.of("Password", "s3cret", "PasswordEncryption", "clear"));
        var options = new AdminCli.Options("127.0.0.1", server.port(), null, "rev", "s3cret", true);
        assertThat(run(options, Map.of(), "GETVERSION")).as(err()).isZero();
        assertThat(out()).isEqualTo(CliServer.VERSION + "\n");
    }

    @Test
    void usageProblemsAreExitCodeTwo() throws Exception {
        assertThat(run(flags(CliServer.PM_PASSWORD), Map.of())).isEqualTo(AdminCli.EXIT_USAGE);
        assertThat(run(new AdminCli.Options(null, server.port(), null, null, null, false), Map.of(), "NOOP"))
                .isEqualTo(AdminCli.EXIT_USAGE);
        assertThat(err()).contains("PARLEY_ADMIN_PASSWORD");
        assertThat(run(new AdminCli.Options(null, null, null, null, "x", false), Map.of("PARLEY_ADMIN_PORT", "abc"), "NOOP"))
                .isEqualTo(AdminCli.EXIT_USAGE);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(run(new AdminCli.Options("127.0.0.1", closedPort, null, null, "x", false), Map.of(), "NOOP"))
                .isEqualTo(AdminCli.EXIT_USAGE);
        assertThat(err()).contains("cannot talk to 127.0.0.1:" + closedPort);
    }
}
