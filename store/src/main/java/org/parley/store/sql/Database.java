package org.parley.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A pooled connection to the metadata database, SQLite (embedded default) or PostgreSQL.
 *
 * <p>Contract: {@link #write} runs its work in one transaction and returns only after the commit
 * is durable (SQLite: WAL with {@code synchronous=FULL}, i.e. fsync of the WAL on every commit;
 * PostgreSQL: {@code synchronous_commit} as configured on the server, on by default). If the work
 * throws, the transaction is rolled back and nothing it did is visible. {@link #read} gives a
 * connection in auto-commit mode for queries that need no atomicity across statements.
 *
 * <p>SQLite allows one writer at a time; writers are queued on a fair lock here instead of
 * spinning on {@code SQLITE_BUSY}. PostgreSQL writers run concurrently; work that allocates
 * sequence-like values (UIDs, MODSEQ) must lock the owning row ({@code SELECT … FOR UPDATE}).
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final ReentrantLock sqliteWriteLock = new ReentrantLock(true);

    private Database(Dialect dialect, HikariDataSource pool) {
        this.dialect = dialect;
        this.pool = pool;
    }

    /** Opens (creating if needed) an SQLite database file and brings its schema up to date. */
    public static Database sqlite(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create directory for " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(sqlite);
        hikari.setPoolName("parley-sqlite");
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        return open(Dialect.SQLITE, hikari);
    }

    /** Connects to PostgreSQL (JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/parley}) and migrates it. */
    public static Database postgres(String jdbcUrl, String user, String password) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(jdbcUrl);
        if (user != null) {
            hikari.setUsername(user);
        }
        if (password != null) {
            hikari.setPassword(password);
        }
        hikari.setPoolName("parley-postgres");
        hikari.setMaximumPoolSize(16);
        hikari.setMinimumIdle(1);
        return open(Dialect.POSTGRES, hikari);
    }

    private static Database open(Dialect dialect, HikariConfig hikari) {
        HikariDataSource pool = new HikariDataSource(hikari);
        Database db = new Database(dialect, pool);
        try {
            new Migrations(dialect).apply(db);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs read-only work on an auto-commit connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction; returns after a durable commit, rolls back if the work throws. */
    public <T> T write(SqlWork<T> work) {
        boolean sqlite = dialect == Dialect.SQLITE;
        if (sqlite) {
            sqliteWriteLock.lock();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        } finally {
            if (sqlite) {
                sqliteWriteLock.unlock();
            }
        }
    }

    /** Runs work that manages its own transactions (migrations, bulk maintenance). */
    <T> T raw(SqlWork<T> work) {
        return read(work);
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /** Executes a few statements outside any transaction; for tests and maintenance. */
    public void execute(String... statements) {
        read(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (dialect == Dialect.SQLITE) {
            // fold the WAL back into the main file so a clean shutdown leaves one self-contained file
            try {
                execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (StoreException ignored) {
                // a failed checkpoint loses nothing: the WAL is replayed on next open
            }
        }
        pool.close();
    }
}
