package org.parley.store.directory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.parley.directory.settings.SettingsCodec;
import org.parley.directory.settings.SettingsScope;

/**
 * Where each settings scope lives: server-wide scopes in {@code server_settings}, per-domain ones
 * in {@code domain_settings}, accounts in {@code account_settings}, groups in {@code group_settings}.
 * One row per key, so an update touches only the keys it changes.
 */
final class SettingsTables {
    private record Target(String table, String ownerColumns, String where, Object[] ownerArgs) {
        Object[] with(Object... more) {
            Object[] all = new Object[ownerArgs.length + more.length];
            System.arraycopy(ownerArgs, 0, all, 0, ownerArgs.length);
            System.arraycopy(more, 0, all, ownerArgs.length, more.length);
            return all;
        }

        String placeholders() {
            return "?, ".repeat(ownerArgs.length);
        }
    }

    private SettingsTables() {}

    private static Target target(SettingsScope scope, long owner) {
        return switch (scope) {
            case SERVER, SERVER_ACCOUNT_DEFAULTS, SERVER_DOMAIN_DEFAULTS ->
                    new Target("server_settings", "scope", "scope = ?", new Object[] {scope.name()});
            case DOMAIN, DOMAIN_ACCOUNT_DEFAULTS ->
                    new Target("domain_settings", "domain_id, scope", "domain_id = ? AND scope = ?", new Object[] {owner, scope.name()});
            case ACCOUNT -> new Target("account_settings", "account_id", "account_id = ?", new Object[] {owner});
            case GROUP -> new Target("group_settings", "object_id", "object_id = ?", new Object[] {owner});
        };
    }

    /** The dictionary, keys sorted (in Java, so both databases give the same order). */
    static Map<String, Object> read(Connection c, SettingsScope scope, long owner) throws SQLException {
        Target t = target(scope, owner);
        Map<String, Object> sorted = new TreeMap<>();
        for (String[] row : Jdbc.list(c, "SELECT setting, value FROM " + t.table() + " WHERE " + t.where(),
                rs -> new String[] {rs.getString(1), rs.getString(2)}, t.ownerArgs())) {
            sorted.put(row[0], SettingsCodec.decode(row[1]));
        }
        return new LinkedHashMap<>(sorted);
    }

    static void update(Connection c, SettingsScope scope, long owner, Map<String, Object> put, Collection<String> remove)
            throws SQLException {
        Target t = target(scope, owner);
        for (String key : remove) {
            Jdbc.update(c, "DELETE FROM " + t.table() + " WHERE " + t.where() + " AND setting = ?", t.with(key));
        }
        for (Map.Entry<String, Object> e : put.entrySet()) {
            Jdbc.update(c, "DELETE FROM " + t.table() + " WHERE " + t.where() + " AND setting = ?", t.with(e.getKey()));
            Jdbc.update(c, "INSERT INTO " + t.table() + " (" + t.ownerColumns() + ", setting, value) VALUES ("
                    + t.placeholders() + "?, ?)", t.with(e.getKey(), SettingsCodec.encode(e.getValue())));
        }
    }

    static void replace(Connection c, SettingsScope scope, long owner, Map<String, Object> all) throws SQLException {
        Target t = target(scope, owner);
        Jdbc.update(c, "DELETE FROM " + t.table() + " WHERE " + t.where(), t.ownerArgs());
        update(c, scope, owner, all, java.util.List.of());
    }
}
