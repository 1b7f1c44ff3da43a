package org.parley.server.smtp;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of black-box test classes whose tests share one packaged {@link MailServer} (starting the
 * server process takes seconds): started before the class's first test on a fresh data directory,
 * stopped after its last. Tests must leave live settings as they found them.
 */
abstract class MailServerPerClass {
    @TempDir static Path dir;
    static MailServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = MailServer.start(dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }
}
