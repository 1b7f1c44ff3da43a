package org.parley.store.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.testing.MutableClock;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;

/**
 * Fixture of the mail store contract: a store over a {@link Backend}, four accounts — 1
 * alice@example.com, 2 bob@example.com, 3 carol@example.com, 4 dave@other.org — and a clock
 * tests move by hand.
 */
abstract class MailStoreFixture {
    static final long ALICE = 1;
    static final long BOB = 2;
    static final long CAROL = 3;
    static final long DAVE = 4;

    @TempDir
    Path tmp;

    Backend backend;
    Database db;
    BlobStore blobs;
    MailStore store;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    TestPrincipals principals = new TestPrincipals()
            .add(ALICE, "alice@example.com")
            .add(BOB, "bob@example.com")
            .add(CAROL, "carol@example.com")
            .add(DAVE, "dave@other.org");
    Map<Long, QuotaLimits> limits = new ConcurrentHashMap<>();
    InProcessChangeFeed feed = new InProcessChangeFeed();
    MailSession alice;
    MailSession bob;

    protected abstract Backend backend(Path dir);

    @BeforeEach
    void open() {
        backend = backend(tmp);
        start();
        for (long a : List.of(ALICE, BOB, CAROL, DAVE)) {
            store.initializeAccount(a);
        }
    }

    void start() {
        db = backend.openDatabase();
        blobs = backend.openBlobs(db, clock);
        store = new MailStore(db, blobs, MessageParser.DEFAULT, principals,
                id -> limits.getOrDefault(id, QuotaLimits.UNLIMITED), feed,
                MailStoreOptions.DEFAULTS.withClock(clock).withAppendLimit(100_000).withMaxKeywords(5));
        alice = store.session(ALICE);
        bob = store.session(BOB);
    }

    void stop() {
        store.close();
        blobs.close();
        db.close();
    }

    /** Closes everything and opens it again over the same data, as after a restart. */
    void restart() {
        stop();
        start();
    }

    @AfterEach
    void close() {
        stop();
        backend.close();
    }

    static byte[] msg(String subject) {
        return ("From: Test <test@example.com>\r\nSubject: " + subject + "\r\n\r\nHello " + subject + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static long append(MailSession s, String mailbox, String subject, String... flags) {
        return s.append(mailbox, new AppendMessage(msg(subject), Flags.of(flags), null)).uids().getFirst();
    }

    static void fails(MailError error, ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(MailStoreException.class)
                .satisfies(e -> assertThat(((MailStoreException) e).error()).isEqualTo(error));
    }

    static List<String> names(List<MailboxInfo> list) {
        return list.stream().map(MailboxInfo::name).toList();
    }

    static MailboxInfo entry(List<MailboxInfo> list, String name) {
        return list.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** Blob rows whose reference count differs from the messages naming them (must be none). */
    long badRefcounts() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM mail_blobs b WHERE b.refcount <> (SELECT COUNT(*) FROM mail_messages m WHERE m.blob = b.hash)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Blob rows without a stored structure. */
    long unparsedBlobs() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM mail_blobs WHERE parsed IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Overwrites every stored structure with bytes no decoder accepts, as a damaged row would be. */
    void damageStructures() {
        db.write(c -> {
            try (var st = c.prepareStatement("UPDATE mail_blobs SET parsed = ?")) {
                st.setBytes(1, new byte[] {1, 2, 3});
                return st.executeUpdate();
            }
        });
    }
}
