package org.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.testing.ParleyProcess;

/** {@code parley admin …} as users run it: the packaged jar in its own process against a running server. */
class AdminCommandIT {
    @TempDir Path dir;

    private record Result(int exit, String out, String err) {}

    private Result admin(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ParleyProcess.javaBin(), "--enable-native-access=ALL-UNNAMED",
                "-jar", ParleyProcess.jar().toString(), "admin"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_ADMIN_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void createsAnAccountThatCanThenLogIn() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        try (ParleyProcess server = ParleyProcess.start(dir.resolve("data"))) {
            String offset = Integer.toString(server.offset());
            Result created = admin(cwd, Map.of(), "--port-offset", offset, "--user", "postmaster",
                    "--password", ParleyProcess.POSTMASTER_PASSWORD,
                    "CREATEACCOUNT", "alice@example.test", "{Password=\"p4ss\";RealName=\"Alice Liddell\";}");
            assertThat(created.exit()).as(created.err()).isZero();
            assertThat(created.out()).isEqualTo("OK\n");

            // credentials from the environment; data printed pretty
            Map<String, String> env = Map.of("PARLEY_ADMIN_PORT", Integer.toString(server.port("cli")),
                    "PARLEY_ADMIN_PASSWORD", ParleyProcess.POSTMASTER_PASSWORD);
            Result settings = admin(cwd, env, "GetAccountSettings", "alice");
            assertThat(settings.exit()).as(settings.err()).isZero();
            assertThat(settings.out()).isEqualTo("{\n  RealName = \"Alice Liddell\";\n}\n");

            Result missing = admin(cwd, env, "DELETEACCOUNT", "nobody");
            assertThat(missing.exit()).isEqualTo(1);
            assertThat(missing.out()).isEmpty();
            assertThat(missing.err()).startsWith("parley admin: 513 ");

            Result noPassword = admin(cwd, Map.of("PARLEY_ADMIN_PORT", Integer.toString(server.port("cli"))), "NOOP");
            assertThat(noPassword.exit()).isEqualTo(2);

            try (RawCli alice = RawCli.login(server.port("cli"), "alice@example.test", "p4ss")) {
                assertThat(alice.send("NOOP")).isEqualTo("200 OK");
            }
            assertThat(cwd.resolve("logs")).doesNotExist(); // the client writes no log files where it runs
        }
    }
}
