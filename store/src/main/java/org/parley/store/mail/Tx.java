package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parley.store.blob.BlobHash;
import org.parley.store.blob.BlobStore;

/**
 * What one write transaction (or one step of a group commit) does besides its own SQL: blob
 * reference changes, applied at the end in hash order (the lock order), and events, published
 * only after the commit. A step's Tx is merged into its batch's Tx only when the step succeeded.
 */
final class Tx {
    private final List<MailEvent> events = new ArrayList<>();
    private final Map<BlobHash, Integer> delta = new HashMap<>();
    /** Bytes and columns of blobs this transaction may be the first to reference. */
    private final Map<BlobHash, NewBlob> fresh = new HashMap<>();

    record NewBlob(byte[] data, BlobColumns columns) {}

    void event(MailEvent e) {
        events.add(e);
    }

    List<MailEvent> events() {
        return events;
    }

    /** One more reference to a blob that already has a row (a copy of an existing message). */
    void addRef(BlobHash hash, int n) {
        delta.merge(hash, n, Integer::sum);
    }

    /** One more reference to a blob that may have no row yet (a new message). */
    void addNew(BlobHash hash, byte[] data, BlobColumns columns) {
        delta.merge(hash, 1, Integer::sum);
        fresh.putIfAbsent(hash, new NewBlob(data, columns));
    }

    void release(BlobHash hash, int n) {
        delta.merge(hash, -n, Integer::sum);
    }

    void merge(Tx child) {
        events.addAll(child.events);
        child.delta.forEach((h, n) -> delta.merge(h, n, Integer::sum));
        child.fresh.forEach(fresh::putIfAbsent);
    }

    /**
     * Applies the reference changes, in hash order. For a blob that gains references with known
     * bytes, after its row is locked by the upsert, checks that the blob still exists and writes
     * it again if the collector removed it meanwhile: the collector deletes a blob only while
     * holding that row with refcount 0, so once we hold the row, what we see stays true.
     */
    void flushBlobs(Connection c, BlobStore blobs, long nowMillis) throws SQLException {
        for (BlobHash h : new TreeSet<>(delta.keySet())) {
            int n = delta.get(h);
            NewBlob nb = fresh.get(h);
            if (nb != null && n > 0) {
                upsert(c, h, n, nb.columns());
                if (!blobs.exists(h)) {
                    blobs.put(nb.data());
                }
            } else if (n != 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE mail_blobs SET refcount = refcount + ?,"
                                + " zero_since = CASE WHEN refcount + ? <= 0 THEN COALESCE(zero_since, ?) ELSE NULL END"
                                + " WHERE hash = ?")) {
                    p.setInt(1, n);
                    p.setInt(2, n);
                    p.setLong(3, nowMillis);
                    p.setString(4, h.hex());
                    p.executeUpdate();
                }
            }
        }
    }

    private static void upsert(Connection c, BlobHash h, int n, BlobColumns col) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_blobs (hash, size, refcount, zero_since, sent_date, base_subject, sort_from, sort_to,"
                        + " sort_cc, display_from, display_to, message_id, parsed)"
                        + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (hash) DO UPDATE SET refcount = mail_blobs.refcount + excluded.refcount,"
                        + " zero_since = NULL, parsed = COALESCE(mail_blobs.parsed, excluded.parsed),"
                        + " sent_date = COALESCE(mail_blobs.sent_date, excluded.sent_date),"
                        + " base_subject = COALESCE(mail_blobs.base_subject, excluded.base_subject),"
                        + " sort_from = COALESCE(mail_blobs.sort_from, excluded.sort_from),"
                        + " sort_to = COALESCE(mail_blobs.sort_to, excluded.sort_to),"
                        + " sort_cc = COALESCE(mail_blobs.sort_cc, excluded.sort_cc),"
                        + " display_from = COALESCE(mail_blobs.display_from, excluded.display_from),"
                        + " display_to = COALESCE(mail_blobs.display_to, excluded.display_to),"
                        + " message_id = COALESCE(mail_blobs.message_id, excluded.message_id)")) {
            p.setString(1, h.hex());
            p.setLong(2, col.size());
            p.setInt(3, n);
            p.setObject(4, col.sentDate(), java.sql.Types.BIGINT);
            p.setString(5, col.baseSubject());
            p.setString(6, col.sortFrom());
            p.setString(7, col.sortTo());
            p.setString(8, col.sortCc());
            p.setString(9, col.displayFrom());
            p.setString(10, col.displayTo());
            p.setString(11, col.messageId());
            p.setBytes(12, col.parsed());
            p.executeUpdate();
        }
    }
}
