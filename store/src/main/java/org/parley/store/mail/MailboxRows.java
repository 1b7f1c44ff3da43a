package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.store.sql.Dialect;

/** SQL for {@code mail_mailboxes}, {@code mail_usage} and the uidvalidity counter. Stateless. */
final class MailboxRows {
    private static final String COLUMNS =
            "id, account_id, name, uidvalidity, uidnext, highest_modseq, recent_uid, noselect, mailbox_class, special_use";
    private final Dialect dialect;

    MailboxRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** {@code FOR UPDATE} where row locks exist (PostgreSQL); SQLite has one writer anyway. */
    String forUpdate() {
        return dialect == Dialect.POSTGRES ? " FOR UPDATE" : "";
    }

    private static MailboxRow row(ResultSet rs) throws SQLException {
        return new MailboxRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(8) != 0,
                MailboxClass.parse(rs.getString(9)),
                SpecialUse.decode(rs.getString(10)));
    }

    MailboxRow find(Connection c, long accountId, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM mail_mailboxes WHERE account_id = ? AND name = ?")) {
            p.setLong(1, accountId);
            p.setString(2, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    MailboxRow byId(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM mail_mailboxes WHERE id = ?" + (lock ? forUpdate() : ""))) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    /** Locks the rows of {@code ids} in id order, the lock order every writer follows. */
    void lock(Connection c, Collection<Long> ids) throws SQLException {
        if (dialect != Dialect.POSTGRES || ids.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM mail_mailboxes WHERE id = ? FOR UPDATE")) {
            for (long id : new TreeSet<>(ids)) {
                p.setLong(1, id);
                p.executeQuery().close();
            }
        }
    }

    /** Every mailbox of the account, by name. */
    List<MailboxRow> all(Connection c, long accountId) throws SQLException {
        List<MailboxRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM mail_mailboxes WHERE account_id = ? ORDER BY name")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /**
     * A fresh UIDVALIDITY: the current time in seconds, but always above every value handed out
     * before, so a mailbox deleted and re-created under the same name never repeats one
     * (RFC 9051 §2.3.1.1). 32-bit unsigned until 2106.
     */
    long nextUidValidity(Connection c, long nowMillis) throws SQLException {
        long last;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT value FROM mail_counters WHERE name = 'uidvalidity'" + forUpdate());
                ResultSet rs = p.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long next = Math.max(nowMillis / 1000, last + 1);
        try (PreparedStatement p = c.prepareStatement("UPDATE mail_counters SET value = ? WHERE name = 'uidvalidity'")) {
            p.setLong(1, next);
            p.executeUpdate();
        }
        return next;
    }

    MailboxRow insert(Connection c, long accountId, String name, MailboxClass cls, Set<SpecialUse> use, boolean noselect,
            long nowMillis) throws SQLException {
        long uidValidity = nextUidValidity(c, nowMillis);
        long id;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_mailboxes (account_id, name, uidvalidity, uidnext, highest_modseq, recent_uid, noselect,"
                        + " mailbox_class, special_use, created_at) VALUES (?, ?, ?, 1, 1, 1, ?, ?, ?, ?) RETURNING id")) {
            p.setLong(1, accountId);
            p.setString(2, name);
            p.setLong(3, uidValidity);
            p.setInt(4, noselect ? 1 : 0);
            p.setString(5, cls.wireName());
            p.setString(6, SpecialUse.encode(use));
            p.setLong(7, nowMillis);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        return new MailboxRow(id, accountId, name, uidValidity, 1, 1, 1, noselect, cls, Set.copyOf(use));
    }

    void setCounters(Connection c, long id, long uidNext, long highestModseq) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE mail_mailboxes SET uidnext = ?, highest_modseq = ? WHERE id = ?")) {
            p.setLong(1, uidNext);
            p.setLong(2, highestModseq);
            p.setLong(3, id);
            p.executeUpdate();
        }
    }

    void update(Connection c, long id, String column, Object value) throws SQLException {
        // column names come from this package only, never from input
        try (PreparedStatement p = c.prepareStatement("UPDATE mail_mailboxes SET " + column + " = ? WHERE id = ?")) {
            p.setObject(1, value);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_mailboxes WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    // ---- usage ----

    /** Creates missing usage rows and locks them in account order. */
    void lockUsage(Connection c, Collection<Long> accountIds) throws SQLException {
        for (long a : new TreeSet<>(accountIds)) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO mail_usage (account_id, storage, messages) VALUES (?, 0, 0) ON CONFLICT (account_id) DO NOTHING")) {
                p.setLong(1, a);
                p.executeUpdate();
            }
            if (dialect == Dialect.POSTGRES) {
                try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM mail_usage WHERE account_id = ? FOR UPDATE")) {
                    p.setLong(1, a);
                    p.executeQuery().close();
                }
            }
        }
    }

    /** Adds to the usage (row must exist) and returns the new {storage, messages}. */
    long[] addUsage(Connection c, long accountId, long storage, long messages) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE mail_usage SET storage = storage + ?, messages = messages + ? WHERE account_id = ?"
                        + " RETURNING storage, messages")) {
            p.setLong(1, storage);
            p.setLong(2, messages);
            p.setLong(3, accountId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("usage row missing for account " + accountId);
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * Charges a growth to the account and refuses it if that passes a limit (RFC 9208 §5:
     * the whole operation fails, nothing is stored).
     */
    void charge(Connection c, long accountId, long storage, long messages, QuotaLimits limits) throws SQLException {
        long[] now = addUsage(c, accountId, storage, messages);
        if ((storage > 0 && now[0] > limits.maxStorage()) || (messages > 0 && now[1] > limits.maxMessages())) {
            throw new MailStoreException(MailError.OVER_QUOTA, "mailbox quota exceeded");
        }
    }

    long[] usage(Connection c, long accountId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT storage, messages FROM mail_usage WHERE account_id = ?")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
            }
        }
    }
}
