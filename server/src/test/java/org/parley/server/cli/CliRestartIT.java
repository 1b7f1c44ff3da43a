package org.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.testing.ParleyProcess;

/**
 * The packaged server on SQLite, driven over a raw CLI socket: everything created is found after
 * a graceful restart, and every change answered 200 is found after {@code kill -9}.
 */
class CliRestartIT {
    @TempDir Path dir;

    @Test
    void changesSurviveRestartAndKill9() throws Exception {
        try (ParleyProcess server = ParleyProcess.start(dir.resolve("data"))) {
            assertThat(server.output()).contains("  cli " + server.port("cli"));
            try (RawCli c = DirectoryScenario.postmaster(server)) {
                DirectoryScenario.populate(c);
            }
            server.restart();
            DirectoryScenario.verify(server);

            try (RawCli c = DirectoryScenario.postmaster(server)) {
                DirectoryScenario.batch(c);
                server.kill9(); // right after the last 200
            }
            server.restart();
            DirectoryScenario.verify(server);
            DirectoryScenario.verifyBatch(server);
        }
    }
}
