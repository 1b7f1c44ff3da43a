package org.parley.store.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbered schema migrations: {@code db/<dialect>/V001.sql}, {@code V002.sql}, … on the class path,
 * each applied once, in number order, in its own transaction, recorded in {@code schema_version}.
 *
 * <p>Numbers are assigned per area so work on one area never renumbers another's: V001 directory,
 * V002 mail store, V003 queue; later areas take the next free number. A file's first line is a
 * comment naming what it does. Statements are separated by a semicolon at the end of a line.
 * Applied migrations are never edited; a change is a new file.
 */
final class Migrations {
    private static final int MAX_VERSION = 999;
    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    void apply(Database db) {
        db.raw(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            Set<Integer> applied = appliedVersions(c);
            // Every present file that is not yet applied runs, in number order: areas are developed
            // in parallel, so a lower number may arrive after a higher one. Migrations of different
            // areas never touch each other's tables, which makes that order-independent.
            for (int v = 1; v <= MAX_VERSION; v++) {
                if (applied.contains(v)) {
                    continue;
                }
                String text = load(v);
                if (text != null) {
                    applyOne(c, v, text);
                }
            }
            return null;
        });
    }

    static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /** Highest version recorded in the database, 0 for an empty one. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String load(int version) {
        String name = String.format("db/%s/V%03d.sql", dialect.resourceFolder(), version);
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }

    private void applyOne(Connection c, int version, String text) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(text)) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, description(text));
                p.setString(3, Instant.now().toString());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new StoreException("migration V" + version + " (" + dialect + ") failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String description(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.startsWith("--") ? first.substring(2).strip() : "migration";
    }
}
