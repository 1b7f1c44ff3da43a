package org.parley.server.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.testing.ParleyProcess;

/**
 * The same restart and {@code kill -9} checks with {@code --store postgres}, on a fresh database
 * created and dropped here. Skipped when no PostgreSQL answers on 127.0.0.1:5432.
 */
class CliPostgresIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    @TempDir Path dir;
    private String database;

    @BeforeEach
    void createDatabase() {
        database = "parley_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            database = null;
            Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + e.getMessage());
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, null); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void changesSurviveRestartAndKill9() throws Exception {
        String url = SERVER + database + "?user=" + USER;
        try (ParleyProcess server = ParleyProcess.start(dir.resolve("data"), "--store", "postgres", "--postgres-url", url)) {
            try (RawCli c = DirectoryScenario.postmaster(server)) {
                DirectoryScenario.populate(c);
            }
            server.restart();
            DirectoryScenario.verify(server);

            try (RawCli c = DirectoryScenario.postmaster(server)) {
                DirectoryScenario.batch(c);
                server.kill9();
            }
            server.restart();
            DirectoryScenario.verify(server);
            DirectoryScenario.verifyBatch(server);
        }
    }
}
