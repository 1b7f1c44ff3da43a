package org.parley.store.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.parley.store.blob.BlobHash;
import org.parley.store.message.ParsedMessage;

/**
 * Decoded message structures by blob, shared by every session of the store. A blob never changes
 * (its name is the hash of its bytes), so an entry is never stale: a search, SORT or FETCH
 * ENVELOPE over a mailbox that was read before costs no structure reads or decoding at all, where
 * without the cache every one of them would decode every message again.
 *
 * <p>Bounded by an estimate of the heap the decoded structures take (the stored encoding times
 * {@value #HEAP_PER_ENCODED_BYTE}, plus a fixed overhead), least recently used out first.
 * Thread-safe.
 */
final class StructureCache {
    /** Decoded objects take several times their compact stored encoding (headers, maps, strings). */
    static final int HEAP_PER_ENCODED_BYTE = 4;
    private static final int ENTRY_OVERHEAD = 256;
    /** Hashes looked up per statement: far below SQLite's and PostgreSQL's parameter limits. */
    private static final int BATCH = 256;

    private record Entry(ParsedMessage parsed, int weight) {}

    private final Cache<BlobHash, Entry> cache;
    private final Appender appender;

    StructureCache(long maxBytes, Appender appender) {
        this.appender = appender;
        this.cache = maxBytes == 0
                ? null
                : Caffeine.newBuilder().maximumWeight(maxBytes).weigher((BlobHash k, Entry e) -> e.weight()).build();
    }

    /**
     * The structures of {@code blobs}: from the cache, the rest read from {@code mail_blobs} on
     * {@code c} and kept. A blob whose structure is missing or unreadable is absent from the
     * answer; {@link #recompute} computes it (outside the caller's transaction).
     */
    Map<BlobHash, ParsedMessage> of(Connection c, Collection<BlobHash> blobs) throws SQLException {
        Map<BlobHash, ParsedMessage> out = new HashMap<>();
        List<BlobHash> missing = new ArrayList<>();
        for (BlobHash b : new LinkedHashSet<>(blobs)) {
            Entry e = cache == null ? null : cache.getIfPresent(b);
            if (e != null) {
                out.put(b, e.parsed());
            } else {
                missing.add(b);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            read(c, missing.subList(from, Math.min(missing.size(), from + BATCH)), out);
        }
        return out;
    }

    /** The structure computed again from the content (damaged or missing row); kept when it could be. */
    ParsedMessage recompute(BlobHash blob) {
        ParsedMessage pm = appender.reanalyze(blob);
        if (pm != null) {
            keep(blob, pm, pm.encode().length);
        }
        return pm;
    }

    private void read(Connection c, List<BlobHash> batch, Map<BlobHash, ParsedMessage> out) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT hash, parsed FROM mail_blobs WHERE hash IN (");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < batch.size(); i++) {
                p.setString(i + 1, batch.get(i).hex());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    byte[] stored = rs.getBytes(2);
                    ParsedMessage pm = stored == null ? null : Structures.decode(stored);
                    if (pm != null) {
                        BlobHash b = new BlobHash(rs.getString(1));
                        out.put(b, pm);
                        keep(b, pm, stored.length);
                    }
                }
            }
        }
    }

    private void keep(BlobHash blob, ParsedMessage pm, int encodedLength) {
        if (cache != null) {
            long w = (long) encodedLength * HEAP_PER_ENCODED_BYTE + ENTRY_OVERHEAD;
            cache.put(blob, new Entry(pm, (int) Math.min(Integer.MAX_VALUE, w)));
        }
    }
}
