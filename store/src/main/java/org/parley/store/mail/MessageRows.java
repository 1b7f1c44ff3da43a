package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.blob.BlobHash;

/** SQL for {@code mail_messages}, {@code mail_expunged} and {@code mail_keywords}. Stateless. */
final class MessageRows {
    /** Above this many ranges a UID set is read as one min…max scan and filtered here. */
    private static final int MAX_RANGE_QUERIES = 16;
    private static final String COLUMNS = "m.uid, m.modseq, m.flags, m.keywords, m.internal_date, m.size, m.blob";

    /**
     * Decodes flags, sharing one instance per distinct combination: a mailbox has few, and a
     * 10,000-message listing then costs 10,000 lookups instead of 10,000 keyword sorts.
     */
    private static final class FlagCache {
        private final Map<String, Flags> seen = new java.util.HashMap<>();

        Flags get(int system, String keywords) {
            if (keywords == null || keywords.isEmpty()) {
                return Flags.of(system);
            }
            return seen.computeIfAbsent(system + " " + keywords, k -> Flags.decode(system, keywords));
        }
    }

    private static MessageRow row(ResultSet rs, FlagCache flags) throws SQLException {
        return new MessageRow(
                rs.getLong(1),
                rs.getLong(2),
                flags.get(rs.getInt(3), rs.getString(4)),
                rs.getLong(5),
                rs.getLong(6),
                new BlobHash(rs.getString(7)));
    }

    void insert(Connection c, long mailboxId, long uid, long modseq, Flags flags, long internalDate, long size, BlobHash blob)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_messages (mailbox_id, uid, modseq, flags, keywords, internal_date, size, blob)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, mailboxId);
            p.setLong(2, uid);
            p.setLong(3, modseq);
            p.setInt(4, flags.system());
            p.setString(5, flags.encodeKeywords());
            p.setLong(6, internalDate);
            p.setLong(7, size);
            p.setString(8, blob.hex());
            p.executeUpdate();
        }
    }

    /** The whole mailbox, ascending UID, without structures: what SELECT reads. */
    List<MessageState> listing(Connection c, long mailboxId) throws SQLException {
        List<MessageState> out = new ArrayList<>();
        FlagCache flags = new FlagCache();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT uid, flags, keywords, modseq, size FROM mail_messages WHERE mailbox_id = ? ORDER BY uid")) {
            p.setLong(1, mailboxId);
            p.setFetchSize(2000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new MessageState(rs.getLong(1), flags.get(rs.getInt(2), rs.getString(3)), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    /** Messages of {@code uids}, ascending. */
    List<MessageRow> rows(Connection c, long mailboxId, UidSet uids) throws SQLException {
        List<MessageRow> out = new ArrayList<>();
        if (uids.isEmpty()) {
            return out;
        }
        String sql = "SELECT " + COLUMNS + " FROM mail_messages m WHERE m.mailbox_id = ? AND m.uid BETWEEN ? AND ? ORDER BY m.uid";
        List<long[]> ranges = uids.ranges();
        boolean scan = ranges.size() > MAX_RANGE_QUERIES;
        FlagCache flags = new FlagCache();
        if (scan) {
            ranges = List.of(new long[] {ranges.getFirst()[0], ranges.getLast()[1]});
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (long[] r : ranges) {
                p.setLong(1, mailboxId);
                p.setLong(2, r[0]);
                p.setLong(3, r[1]);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        MessageRow m = row(rs, flags);
                        if (!scan || uids.contains(m.uid())) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Sets new flags and modseq on many messages of one mailbox. */
    void setFlags(Connection c, long mailboxId, List<MessageState> changed) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE mail_messages SET flags = ?, keywords = ?, modseq = ? WHERE mailbox_id = ? AND uid = ?")) {
            for (MessageState m : changed) {
                p.setInt(1, m.flags().system());
                p.setString(2, m.flags().encodeKeywords());
                p.setLong(3, m.modseq());
                p.setLong(4, mailboxId);
                p.setLong(5, m.uid());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Removes messages and leaves tombstones carrying the expunge's modseq (RFC 7162 §3.2.5 VANISHED). */
    void expunge(Connection c, long mailboxId, Collection<Long> uids, long modseq) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM mail_messages WHERE mailbox_id = ? AND uid = ?");
                PreparedStatement tomb = c.prepareStatement(
                        "INSERT INTO mail_expunged (mailbox_id, uid, modseq) VALUES (?, ?, ?)")) {
            for (long uid : uids) {
                del.setLong(1, mailboxId);
                del.setLong(2, uid);
                del.addBatch();
                tomb.setLong(1, mailboxId);
                tomb.setLong(2, uid);
                tomb.setLong(3, modseq);
                tomb.addBatch();
            }
            del.executeBatch();
            tomb.executeBatch();
        }
    }

    List<MessageState> changedSince(Connection c, long mailboxId, long modseq) throws SQLException {
        List<MessageState> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT uid, flags, keywords, modseq, size FROM mail_messages WHERE mailbox_id = ? AND modseq > ? ORDER BY uid")) {
            p.setLong(1, mailboxId);
            p.setLong(2, modseq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new MessageState(rs.getLong(1), Flags.decode(rs.getInt(2), rs.getString(3)), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    UidSet vanishedSince(Connection c, long mailboxId, long modseq) throws SQLException {
        List<Long> uids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT uid FROM mail_expunged WHERE mailbox_id = ? AND modseq > ?")) {
            p.setLong(1, mailboxId);
            p.setLong(2, modseq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    uids.add(rs.getLong(1));
                }
            }
        }
        return UidSet.of(uids);
    }

    /** Every blob referenced from a mailbox with its reference count, and the octets, for deleting it. */
    Map<BlobHash, Integer> blobCounts(Connection c, long mailboxId, long[] sizeOut) throws SQLException {
        Map<BlobHash, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT blob, COUNT(*), SUM(size) FROM mail_messages WHERE mailbox_id = ? GROUP BY blob")) {
            p.setLong(1, mailboxId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(new BlobHash(rs.getString(1)), rs.getInt(2));
                    sizeOut[0] += rs.getLong(3);
                    sizeOut[1] += rs.getInt(2);
                }
            }
        }
        return out;
    }

    void deleteAll(Connection c, long mailboxId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_messages WHERE mailbox_id = ?")) {
            p.setLong(1, mailboxId);
            p.executeUpdate();
        }
    }

    // ---- keywords ----

    /** The mailbox's keywords: lower-case key → spelling. */
    Map<String, String> keywords(Connection c, long mailboxId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT keyword_key, keyword FROM mail_keywords WHERE mailbox_id = ? ORDER BY keyword_key")) {
            p.setLong(1, mailboxId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Maps the keywords of {@code flags} onto the mailbox's spellings, registering new ones while the
     * mailbox has fewer than {@code max} distinct keywords (RFC 9051 §7.1 LIMIT otherwise).
     */
    Flags canonical(Connection c, long mailboxId, Flags flags, int max, Map<String, String> known) throws SQLException {
        if (flags.keywords().isEmpty()) {
            return flags;
        }
        List<String> out = new ArrayList<>();
        for (String k : flags.keywords()) {
            String key = k.toLowerCase(Locale.ROOT);
            String spelled = known.get(key);
            if (spelled == null) {
                if (known.size() >= max) {
                    throw new MailStoreException(MailError.LIMIT, "too many keywords in this mailbox");
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO mail_keywords (mailbox_id, keyword_key, keyword) VALUES (?, ?, ?)")) {
                    p.setLong(1, mailboxId);
                    p.setString(2, key);
                    p.setString(3, k);
                    p.executeUpdate();
                }
                known.put(key, k);
                spelled = k;
            }
            out.add(spelled);
        }
        return new Flags(flags.system(), out);
    }
}
