package org.parley.store.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.store.blob.BlobHash;
import org.parley.store.blob.BlobNotFoundException;
import org.parley.store.blob.BlobStore;
import org.parley.store.sql.Database;

/**
 * Removes blobs nobody references. See the package notes for why this is safe against a
 * concurrent append of the same content: a blob is deleted only while its {@code mail_blobs} row
 * is locked with refcount 0 for longer than the grace period, and an append that gains a reference
 * re-checks the blob after locking that row.
 */
final class BlobCollector {
    private static final int CHUNK = 500;
    private final Database db;
    private final BlobStore blobs;
    private final MailboxRows mailboxes;
    private final Duration grace;
    private final Clock clock;

    BlobCollector(Database db, BlobStore blobs, MailboxRows mailboxes, Duration grace, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.mailboxes = mailboxes;
        this.grace = grace;
        this.clock = clock;
    }

    GcReport collect() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(grace);
        int adopted = adoptOrphans(cutoff, now);
        List<BlobHash> candidates = db.read(c -> {
            List<BlobHash> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT hash FROM mail_blobs WHERE refcount <= 0 AND zero_since < ?")) {
                p.setLong(1, cutoff.toEpochMilli());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BlobHash(rs.getString(1)));
                    }
                }
            }
            return out;
        });
        int deleted = 0;
        for (BlobHash h : candidates) {
            boolean gone = db.write(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT refcount, zero_since FROM mail_blobs WHERE hash = ?" + mailboxes.forUpdate())) {
                    p.setString(1, h.hex());
                    try (ResultSet rs = p.executeQuery()) {
                        if (!rs.next() || rs.getLong(1) > 0 || rs.getLong(2) >= cutoff.toEpochMilli()) {
                            return false; // referenced again meanwhile
                        }
                    }
                }
                // the row stays locked until commit: an append of this content waits, then re-checks the blob
                blobs.delete(h);
                try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_blobs WHERE hash = ?")) {
                    p.setString(1, h.hex());
                    p.executeUpdate();
                }
                return true;
            });
            if (gone) {
                deleted++;
            }
        }
        blobs.sweepTemporary(cutoff);
        return new GcReport(deleted, adopted, candidates.size());
    }

    /**
     * Blobs older than the grace period with no row at all were written by appends that never
     * committed (a crash between blob and metadata). They get a row with refcount 0, so they go
     * through the same locked deletion one grace period later.
     */
    private int adoptOrphans(Instant cutoff, Instant now) {
        List<BlobHash> old = blobs.listOlderThan(cutoff);
        int adopted = 0;
        for (int i = 0; i < old.size(); i += CHUNK) {
            List<BlobHash> chunk = old.subList(i, Math.min(old.size(), i + CHUNK));
            Set<String> known = db.read(c -> {
                Set<String> out = new HashSet<>();
                StringBuilder sql = new StringBuilder("SELECT hash FROM mail_blobs WHERE hash IN (");
                for (int k = 0; k < chunk.size(); k++) {
                    sql.append(k == 0 ? "?" : ", ?");
                }
                try (PreparedStatement p = c.prepareStatement(sql.append(')').toString())) {
                    for (int k = 0; k < chunk.size(); k++) {
                        p.setString(k + 1, chunk.get(k).hex());
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
                return out;
            });
            for (BlobHash h : chunk) {
                if (known.contains(h.hex())) {
                    continue;
                }
                long size;
                try {
                    size = blobs.size(h);
                } catch (BlobNotFoundException gone) {
                    continue;
                }
                int n = db.write(c -> {
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO mail_blobs (hash, size, refcount, zero_since) VALUES (?, ?, 0, ?)"
                                    + " ON CONFLICT (hash) DO NOTHING")) {
                        p.setString(1, h.hex());
                        p.setLong(2, size);
                        p.setLong(3, now.toEpochMilli());
                        return p.executeUpdate();
                    }
                });
                adopted += n;
            }
        }
        return adopted;
    }
}
