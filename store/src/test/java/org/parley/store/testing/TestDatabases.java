package org.parley.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.parley.store.sql.Database;

/**
 * Throw-away databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on the
 * local server (127.0.0.1:5432, trust auth, user {@code postgres}) that is dropped on close.
 * PostgreSQL tests are skipped, not failed, when no server answers, unless
 * {@code -Dparley.test.requirePostgres=true} (CI sets nothing; the local server is started by
 * {@code bin/ensure-test-services}).
 */
public final class TestDatabases {
    public static final String PG_HOST = System.getProperty("parley.test.pgHost", "127.0.0.1");
    public static final int PG_PORT = Integer.getInteger("parley.test.pgPort", 5432);
    public static final String PG_USER = System.getProperty("parley.test.pgUser", "postgres");

    private TestDatabases() {}

    public static Database sqlite(Path dir) {
        return Database.sqlite(dir.resolve("parley.db"));
    }

    /** A migrated PostgreSQL database that disappears when the returned handle is closed. */
    public static PostgresHandle postgres() {
        String name = "parley_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (Boolean.getBoolean("parley.test.requirePostgres")) {
                throw new IllegalStateException("PostgreSQL required but unreachable", e);
            }
            Assumptions.abort("PostgreSQL not reachable on " + PG_HOST + ":" + PG_PORT + ": " + e.getMessage());
        }
        String url = jdbcUrl(name);
        return new PostgresHandle(name, url, Database.postgres(url, PG_USER, null));
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), PG_USER, null);
    }

    /** A PostgreSQL test database; closing it closes the pool and drops the database. */
    public record PostgresHandle(String name, String url, Database database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test database " + name, e);
            }
        }
    }
}
