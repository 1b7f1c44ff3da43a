package org.parley.store.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC moves the directory repository repeats, with parameters bound by type. */
final class Jdbc {
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {}

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case null -> p.setNull(i + 1, Types.VARCHAR); // only text columns are ever bound to null
                    case Long n -> p.setLong(i + 1, n);
                    case Integer n -> p.setInt(i + 1, n);
                    case String s -> p.setString(i + 1, s);
                    default -> throw new IllegalArgumentException("cannot bind " + args[i].getClass());
                }
            }
            return p;
        } catch (SQLException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args)) {
            return p.executeUpdate();
        }
    }

    /** Runs an INSERT … RETURNING id (SQLite 3.35+ and PostgreSQL) and returns the id. */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql + " RETURNING id", args); ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("INSERT returned no id");
            }
            return rs.getLong(1);
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args); ResultSet rs = p.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** The first row, mapped; empty if there is none or the mapper returns null for it. */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args); ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /** True for a unique or primary-key violation, in either dialect. */
    static boolean isUniqueViolation(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof SQLException s) {
                String state = s.getSQLState();
                String message = String.valueOf(s.getMessage());
                if ("23505".equals(state) // PostgreSQL unique_violation
                        || message.contains("UNIQUE constraint failed") // SQLite SQLITE_CONSTRAINT_UNIQUE
                        || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return true;
                }
            }
        }
        return false;
    }
}
