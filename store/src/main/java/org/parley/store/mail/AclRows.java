package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SQL for {@code mail_acl} and the RFC 4314 evaluation of an ACL for one account.
 *
 * <p>Identifiers: {@code anyone}; an account principal {@code name@domain} (compared
 * case-insensitively); a group {@code #name} (membership asked of the directory); each of them
 * prefixed with {@code -} for negative rights, which are removed from what the positive entries
 * grant (RFC 4314 §2).
 */
final class AclRows {
    static final String ANYONE = "anyone";
    static final int MAX_IDENTIFIER = 255;

    Map<String, String> get(Connection c, long mailboxId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT identifier, rights FROM mail_acl WHERE mailbox_id = ? ORDER BY identifier")) {
            p.setLong(1, mailboxId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    void put(Connection c, long mailboxId, String identifier, Rights rights) throws SQLException {
        remove(c, mailboxId, identifier);
        if (rights.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_acl (mailbox_id, identifier, rights) VALUES (?, ?, ?)")) {
            p.setLong(1, mailboxId);
            p.setString(2, identifier);
            p.setString(3, rights.toString());
            p.executeUpdate();
        }
    }

    void remove(Connection c, long mailboxId, String identifier) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_acl WHERE mailbox_id = ? AND identifier = ?")) {
            p.setLong(1, mailboxId);
            p.setString(2, identifier);
            p.executeUpdate();
        }
    }

    /** New mailboxes inherit their parent's ACL (COMPAT-CGP.md §4.4). */
    void inherit(Connection c, long fromMailboxId, long toMailboxId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_acl (mailbox_id, identifier, rights) SELECT ?, identifier, rights FROM mail_acl WHERE mailbox_id = ?")) {
            p.setLong(1, toMailboxId);
            p.setLong(2, fromMailboxId);
            p.executeUpdate();
        }
    }

    void removeIdentifierEverywhere(Connection c, String identifier) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_acl WHERE LOWER(identifier) IN (?, ?)")) {
            p.setString(1, identifier.toLowerCase(Locale.ROOT));
            p.setString(2, "-" + identifier.toLowerCase(Locale.ROOT));
            p.executeUpdate();
        }
    }

    /** Canonical form of an identifier, or INVALID_ARGUMENT. */
    static String identifier(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_IDENTIFIER || id.equals("-") || id.equals("#") || id.equals("-#")) {
            throw new MailStoreException(MailError.INVALID_ARGUMENT, "bad ACL identifier");
        }
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < 0x21 || ch == 0x7f) {
                throw new MailStoreException(MailError.INVALID_ARGUMENT, "bad character in ACL identifier");
            }
        }
        String bare = id.startsWith("-") ? id.substring(1) : id;
        if (bare.equalsIgnoreCase(ANYONE)) {
            return (id.startsWith("-") ? "-" : "") + ANYONE;
        }
        return bare.startsWith("#") ? id : id.toLowerCase(Locale.ROOT);
    }

    /** The rights {@code acl} grants {@code accountId} (not the owner: the owner holds all rights). */
    static Rights evaluate(Map<String, String> acl, long accountId, String principal, PrincipalResolver principals) {
        Rights plus = Rights.NONE;
        Rights minus = Rights.NONE;
        for (Map.Entry<String, String> e : acl.entrySet()) {
            String id = e.getKey();
            boolean negative = id.startsWith("-");
            String bare = negative ? id.substring(1) : id;
            boolean applies;
            if (bare.equals(ANYONE)) {
                applies = true;
            } else if (bare.startsWith("#")) {
                applies = principals.isMember(accountId, bare.substring(1));
            } else {
                applies = bare.equalsIgnoreCase(principal);
            }
            if (applies) {
                Rights r = Rights.parse(e.getValue());
                if (negative) {
                    minus = minus.plus(r);
                } else {
                    plus = plus.plus(r);
                }
            }
        }
        return plus.minus(minus);
    }
}
