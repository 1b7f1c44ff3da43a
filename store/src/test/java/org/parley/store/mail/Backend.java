package org.parley.store.mail;

import java.util.List;
import org.parley.store.blob.BlobStore;
import org.parley.store.sql.Database;

/**
 * One storage back-end under test: opens (and re-opens, as after a restart) the metadata database
 * and the blob store over the same data, and tells a child JVM how to open them too.
 */
interface Backend extends AutoCloseable {
    Database openDatabase();

    BlobStore openBlobs(Database db, java.time.Clock clock);

    /** Arguments for {@link CrashAppender} to open the same store. */
    List<String> childArgs();

    /** Number of blobs stored (for dedup and GC checks). */
    long blobCount(Database db);

    @Override
    void close();
}
