package org.parley.store.blob;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.store.sql.Database;
import org.parley.store.sql.Dialect;

/**
 * Blobs in PostgreSQL, so that every node of a cluster sees the same bodies: a row per blob in
 * {@code blob_objects} and its bytes in {@code bytea} chunks of {@value #CHUNK} octets in
 * {@code blob_chunks} (chunks keep single values small and let partial fetches read only the
 * chunks they need). A put commits its own transaction before returning, so the blob is durable
 * (as durable as the server's {@code synchronous_commit} makes it) before any metadata names it.
 * Thread-safe.
 */
public final class PostgresBlobStore implements BlobStore {
    static final int CHUNK = 256 * 1024;
    private final Database db;
    private final Clock clock;

    public PostgresBlobStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public PostgresBlobStore(Database db, Clock clock) {
        if (db.dialect() != Dialect.POSTGRES) {
            throw new IllegalArgumentException("PostgresBlobStore needs a PostgreSQL database");
        }
        this.db = db;
        this.clock = clock;
    }

    @Override
    public BlobHash put(byte[] data) {
        BlobHash hash = BlobHash.of(data);
        long now = clock.millis();
        db.write(c -> {
            int inserted;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO blob_objects (hash, size, touched_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING")) {
                p.setString(1, hash.hex());
                p.setLong(2, data.length);
                p.setLong(3, now);
                inserted = p.executeUpdate();
            }
            if (inserted == 0) {
                // already stored (or being stored by a transaction we just waited for): refresh its clock
                try (PreparedStatement p = c.prepareStatement("UPDATE blob_objects SET touched_at = ? WHERE hash = ?")) {
                    p.setLong(1, now);
                    p.setString(2, hash.hex());
                    p.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO blob_chunks (hash, seq, data) VALUES (?, ?, ?)")) {
                int seq = 0;
                for (int off = 0; off < data.length || seq == 0; off += CHUNK, seq++) {
                    p.setString(1, hash.hex());
                    p.setInt(2, seq);
                    p.setBytes(3, Arrays.copyOfRange(data, off, Math.min(data.length, off + CHUNK)));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
        return hash;
    }

    @Override
    public boolean exists(BlobHash hash) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM blob_objects WHERE hash = ?")) {
                p.setString(1, hash.hex());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public long size(BlobHash hash) {
        Long size = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT size FROM blob_objects WHERE hash = ?")) {
                p.setString(1, hash.hex());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        if (size == null) {
            throw new BlobNotFoundException(hash);
        }
        return size;
    }

    @Override
    public InputStream open(BlobHash hash) {
        return new ByteArrayInputStream(read(hash, 0, Integer.MAX_VALUE));
    }

    @Override
    public byte[] read(BlobHash hash, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        long size = size(hash);
        if (offset >= size || length == 0) {
            return new byte[0];
        }
        long end = Math.min(size, offset + length);
        int firstChunk = (int) (offset / CHUNK);
        int lastChunk = (int) ((end - 1) / CHUNK);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (end - offset));
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT seq, data FROM blob_chunks WHERE hash = ? AND seq BETWEEN ? AND ? ORDER BY seq")) {
                p.setString(1, hash.hex());
                p.setInt(2, firstChunk);
                p.setInt(3, lastChunk);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long chunkStart = (long) rs.getInt(1) * CHUNK;
                        byte[] data = rs.getBytes(2);
                        int from = (int) Math.max(0, offset - chunkStart);
                        int to = (int) Math.min(data.length, end - chunkStart);
                        out.write(data, from, to - from);
                    }
                }
            }
            return null;
        });
        return out.toByteArray();
    }

    @Override
    public void delete(BlobHash hash) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM blob_chunks WHERE hash = ?")) {
                p.setString(1, hash.hex());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM blob_objects WHERE hash = ?")) {
                p.setString(1, hash.hex());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<BlobHash> listOlderThan(Instant cutoff) {
        return db.read(c -> {
            List<BlobHash> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT hash FROM blob_objects WHERE touched_at < ?")) {
                p.setLong(1, cutoff.toEpochMilli());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BlobHash(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }
}
