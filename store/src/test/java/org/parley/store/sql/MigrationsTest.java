package org.parley.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.testing.TestDatabases;

class MigrationsTest {
    @Test
    void splitsStatementsAtLineEndSemicolons() {
        String text = "-- V9 test\nCREATE TABLE a (x INTEGER);\n-- note\nCREATE TABLE b (\n  y TEXT\n);\n";
        assertThat(Migrations.statements(text))
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n  y TEXT\n)");
    }

    @Test
    void reopeningAnSqliteDatabaseKeepsItsVersion(@TempDir Path dir) {
        int first;
        try (Database db = TestDatabases.sqlite(dir)) {
            first = db.read(Migrations::currentVersion);
        }
        try (Database db = TestDatabases.sqlite(dir)) {
            assertThat(db.read(Migrations::currentVersion)).isEqualTo(first);
        }
    }

    @Test
    void postgresDatabaseIsMigrated() {
        try (TestDatabases.PostgresHandle pg = TestDatabases.postgres()) {
            assertThat(pg.database().read(Migrations::currentVersion)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void failedWriteRollsBack(@TempDir Path dir) {
        try (Database db = TestDatabases.sqlite(dir)) {
            db.execute("CREATE TABLE t (x INTEGER)");
            try {
                db.write(c -> {
                    c.createStatement().execute("INSERT INTO t VALUES (1)");
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the insert must not survive
            }
            int rows = db.read(c -> {
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t");
                rs.next();
                return rs.getInt(1);
            });
            assertThat(rows).isZero();
        }
    }
}
