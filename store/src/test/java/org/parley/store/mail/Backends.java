package org.parley.store.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.parley.store.blob.BlobStore;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.blob.PostgresBlobStore;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/** The back-ends the contract suite runs on, described by arguments a child JVM can use too. */
final class Backends {
    private Backends() {}

    static Backend sqlite(Path dir) {
        return fromArgs(List.of("sqlite", dir.toAbsolutePath().toString()), null);
    }

    /** One PostgreSQL database for the whole test run, emptied for each test: creating one per test costs seconds. */
    private static TestDatabases.PostgresHandle shared;

    static synchronized Backend postgres() {
        if (shared == null) {
            shared = TestDatabases.postgres();
            TestDatabases.PostgresHandle h = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(h::close));
        }
        shared.database().execute(
                "TRUNCATE mail_messages, mail_expunged, mail_keywords, mail_acl, mail_subscriptions, mail_aliases,"
                        + " mail_usage, mail_blobs, mail_mailboxes, blob_chunks, blob_objects RESTART IDENTITY",
                "UPDATE mail_counters SET value = 0");
        return fromArgs(List.of("postgres", shared.url()), null);
    }

    static Backend fromArgs(List<String> args, AutoCloseable cleanup) {
        String kind = args.get(0);
        String where = args.get(1);
        return new Backend() {
            @Override
            public Database openDatabase() {
                return kind.equals("sqlite")
                        ? Database.sqlite(Path.of(where).resolve("parley.db"))
                        : Database.postgres(where, TestDatabases.PG_USER, null);
            }

            @Override
            public BlobStore openBlobs(Database db, Clock clock) {
                return kind.equals("sqlite") ? new FileBlobStore(Path.of(where).resolve("blobs"), clock) : new PostgresBlobStore(db, clock);
            }

            @Override
            public List<String> childArgs() {
                return args;
            }

            @Override
            public long blobCount(Database db) {
                if (kind.equals("postgres")) {
                    return db.read(c -> {
                        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM blob_objects");
                        rs.next();
                        return rs.getLong(1);
                    });
                }
                Path root = Path.of(where).resolve("blobs");
                if (!Files.isDirectory(root)) {
                    return 0;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".tmp-"))
                            .count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                if (cleanup != null) {
                    try {
                        cleanup.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }
}
