package org.parley.server.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.testing.ParleyProcess;

/**
 * The packaged server driven by Python's standard imaplib (server/src/test/python/imap): login,
 * list, select, append, search, fetch, store, copy, expunge, logout, in clear text and over TLS.
 */
class ImaplibIT {
    @TempDir Path dir;

    @Test
    void imaplibSessionsPass() throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not installed");
        Path script = Path.of(System.getProperty("parley.root", "."), "server/src/test/python/imap/imaplib_blackbox.py");
        assertThat(script).exists();
        try (ParleyProcess server = ParleyProcess.start(dir.resolve("data"))) {
            Process p = new ProcessBuilder(List.of("python3", script.toString(), "127.0.0.1",
                    Integer.toString(server.port("imap")), Integer.toString(server.port("imaps")),
                    Integer.toString(server.port("cli")), ParleyProcess.POSTMASTER_PASSWORD))
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            System.out.println(out);
            assertThat(p.exitValue()).as(out + "\n--- server ---\n" + server.output()).isZero();
            assertThat(out).contains("ok   login", "ok   search charset utf-8", "ok   search text", "ok   expunge", " 0 failed");
        }
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
