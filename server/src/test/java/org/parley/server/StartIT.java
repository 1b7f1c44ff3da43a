package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.testing.ParleyProcess;

/** The packaged server as users start it: ready line, data directory lock, graceful SIGTERM. */
class StartIT {
    @TempDir Path dir;

    @Test
    void startsCreatesItsDataDirectoryAndStopsOnSigterm() throws Exception {
        Path data = dir.resolve("data");
        try (ParleyProcess server = ParleyProcess.start(data)) {
            assertThat(server.output()).contains("ready");
            assertThat(data.resolve("parley.conf")).exists();
            assertThat(Files.readString(data.resolve("parley.conf"))).contains(ParleyProcess.DOMAIN);
            assertThat(data.resolve("certs/server.crt")).exists();
            assertThat(data.resolve("logs")).isDirectory();

            // a second server on the same data directory is refused with a clear message
            Process second = new ProcessBuilder(List.of(ParleyProcess.javaBin(), "--enable-native-access=ALL-UNNAMED",
                    "-jar", ParleyProcess.jar().toString(), "start", "--data", data.toString(),
                    "--port-offset", Integer.toString(server.offset() + 5)))
                    .redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String text = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isNotZero();
            assertThat(text).contains("another Parley server is already running");

            assertThat(server.terminate()).isZero();
            assertThat(server.output()).as(server.output()).contains("Parley stopped");
        }
    }
}
