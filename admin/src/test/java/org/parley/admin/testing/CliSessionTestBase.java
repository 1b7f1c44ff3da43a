package org.parley.admin.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link CliServer} per test and a postmaster connection in INLINE mode. */
public abstract class CliSessionTestBase {
    @TempDir protected Path dir;
    protected CliServer server;
    protected CliConnection pm;

    @BeforeEach
    void startServer() throws Exception {
        server = CliServer.start(dir);
        pm = server.postmaster();
    }

    @AfterEach
    void stopServer() throws Exception {
        pm.close();
        server.close();
    }
}
