package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns the names a caller uses into (owner, path, rights): own names, {@code ~account/path} and
 * {@code ~account@domain/path} (COMPAT-CGP.md §4.5), and folder aliases — an own name that stands
 * for a foreign mailbox and its children. Alias targets are always foreign names, so aliases never
 * chain.
 */
final class NameResolver {
    private final MailStore store;

    NameResolver(MailStore store) {
        this.store = store;
    }

    /** A foreign name split into owner and path, or null if {@code name} is not foreign. */
    record Foreign(long ownerId, String path) {}

    Foreign parseForeign(String name, String contextDomain) {
        if (name == null || !name.startsWith("~")) {
            return null;
        }
        int slash = name.indexOf('/');
        if (slash < 0 || slash == 1 || slash == name.length() - 1) {
            throw new MailStoreException(MailError.INVALID_NAME, "a foreign name is ~account/mailbox");
        }
        String owner = name.substring(1, slash);
        OptionalLong id = store.principals.accountId(owner, contextDomain);
        if (id.isEmpty()) {
            throw new MailStoreException(MailError.NONEXISTENT, "no such mailbox");
        }
        return new Foreign(id.getAsLong(), MailboxNames.normalize(name.substring(slash + 1)));
    }

    Map<String, String> aliases(Connection c, long accountId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name, target FROM mail_aliases WHERE account_id = ? ORDER BY name")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    Resolved resolve(MailSession s, String name) {
        return store.db.read(c -> resolve(c, s, name));
    }

    Resolved resolve(Connection c, MailSession s, String name) throws SQLException {
        Foreign f = parseForeign(name, s.domain());
        if (f != null) {
            return at(c, s, canonicalForeign(name, f), f.ownerId(), f.path(), null);
        }
        String n = MailboxNames.normalize(name);
        for (Map.Entry<String, String> a : aliases(c, s.accountId()).entrySet()) {
            if (MailboxNames.isSelfOrBelow(n, a.getKey())) {
                String target = a.getValue() + n.substring(a.getKey().length());
                Foreign t = parseForeign(target, s.domain());
                return at(c, s, n, t.ownerId(), t.path(), a.getValue());
            }
        }
        return at(c, s, n, s.accountId(), n, null);
    }

    private static String canonicalForeign(String name, Foreign f) {
        return name.substring(0, name.indexOf('/') + 1) + f.path();
    }

    Resolved at(Connection c, MailSession s, String display, long ownerId, String path, String alias) throws SQLException {
        MailboxRow row = store.mailboxes.find(c, ownerId, path);
        Rights rights;
        if (ownerId == s.accountId()) {
            rights = Rights.ALL;
        } else if (row == null) {
            rights = Rights.NONE;
        } else {
            rights = rights(c, s, row.id());
        }
        return new Resolved(display, ownerId, path, row, rights, alias);
    }

    Rights rights(Connection c, MailSession s, long mailboxId) throws SQLException {
        return AclRows.evaluate(store.acls.get(c, mailboxId), s.accountId(), s.principal(), store.principals);
    }
}
