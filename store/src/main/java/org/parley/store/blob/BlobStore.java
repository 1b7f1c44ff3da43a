package org.parley.store.blob;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Write-once, content-addressed storage for message bodies and files.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #put} returns only when the bytes are durable (they survive {@code kill -9} and a
 *       power loss on hardware that honours flushes). Putting bytes that are already stored is
 *       cheap and returns the same hash. Concurrent puts of the same bytes are safe.</li>
 *   <li>A blob never changes once written; readers may cache it.</li>
 *   <li>{@link #delete} is only ever called by the garbage collector of the metadata store, under
 *       its rules (see {@code org.parley.store.mail} package notes); it returns once the deletion
 *       is durable, and deleting an absent blob is not an error.</li>
 * </ul>
 * Implementations are thread-safe. The store knows nothing about references: which blobs are in
 * use is the metadata database's business.
 */
public interface BlobStore extends AutoCloseable {
    /** Stores {@code data} durably and returns its hash. */
    BlobHash put(byte[] data);

    /** Whether the blob is stored. */
    boolean exists(BlobHash hash);

    /** The blob's size in octets. Throws {@link BlobNotFoundException} if absent. */
    long size(BlobHash hash);

    /** Reads the whole blob as a stream (the caller closes it). Throws {@link BlobNotFoundException}. */
    InputStream open(BlobHash hash);

    /**
     * Reads up to {@code length} octets starting at {@code offset}; fewer when the blob ends first,
     * none when {@code offset} is at or past the end (IMAP partial fetch, RFC 9051 §6.4.5).
     */
    byte[] read(BlobHash hash, long offset, int length);

    /** Reads the whole blob. */
    default byte[] readAll(BlobHash hash) {
        try (InputStream in = open(hash)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new org.parley.store.sql.StoreException("cannot read blob " + hash, e);
        }
    }

    /** Removes the blob durably; a missing blob is fine. */
    void delete(BlobHash hash);

    /** Blobs written (or last re-put) before {@code cutoff}: candidates for an orphan sweep. */
    List<BlobHash> listOlderThan(Instant cutoff);

    /** Removes leftovers of writes interrupted before {@code cutoff} (crash debris); may do nothing. */
    default void sweepTemporary(Instant cutoff) {}

    @Override
    default void close() {}
}
