package org.parley.pop3.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.Directory;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordParameters;
import org.parley.directory.password.ReversiblePasswordCipher;
import org.parley.pop3.server.Pop3Server;
import org.parley.pop3.session.Pop3Config;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.mail.AppendMessage;
import org.parley.store.mail.DeliveryOutcome;
import org.parley.store.mail.DeliveryTarget;
import org.parley.store.mail.InProcessChangeFeed;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStore;
import org.parley.store.mail.MailStoreOptions;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.QuotaPolicy;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/**
 * A real POP3 server in-process for tests: SQLite database, directory and mail store on it, the
 * POP3 handler on two listeners on 127.0.0.1 port 0 (plain with STLS, and implicit TLS). Accounts
 * of the main domain {@code example.test}:
 * <ul>
 *   <li>{@code alice} / {@value #ALICE_PASSWORD}: hashed password only (no APOP, no CRAM-MD5);</li>
 *   <li>{@code bob} / {@value #BOB_PASSWORD}: {@code PasswordEncryption=clear} (APOP, CRAM-MD5 work);</li>
 *   <li>{@code carol} / {@value #CAROL_PASSWORD}: AccessModes without POP.</li>
 * </ul>
 */
public final class Pop3TestServer implements AutoCloseable {
    public static final String DOMAIN = "example.test";
    public static final String ALICE_PASSWORD = "alice secret 1";
    public static final String BOB_PASSWORD = "bob-secret-2";
    public static final String CAROL_PASSWORD = "carol-secret-3";
    private static TlsContext sharedTls;

    private final Database db;
    private final FileBlobStore blobs;
    private final Directory directory;
    private final MailStore store;
    private final TcpListener plain;
    private final TcpListener implicit;
    public final long alice;
    public final long bob;
    public final long carol;

    private Pop3TestServer(Path dir, Pop3Config config, ThrottlePolicy throttle) throws IOException {
        Clock clock = Clock.systemUTC();
        db = TestDatabases.sqlite(dir);
        blobs = new FileBlobStore(dir.resolve("blobs"), clock);
        directory = new Directory(new SqlDirectoryRepository(db, clock), clock, PasswordParameters.fastForTests(),
                ReversiblePasswordCipher.generateKey(new SecureRandom()), throttle);
        store = new MailStore(db, blobs, MessageParser.DEFAULT, new TestDirectoryPrincipals(directory), QuotaPolicy.UNLIMITED,
                new InProcessChangeFeed(), MailStoreOptions.DEFAULTS.withClock(clock));
        directory.ensureMainDomain(DOMAIN);
        alice = account("alice", Map.of("Password", ALICE_PASSWORD));
        bob = account("bob", Map.of("Password", BOB_PASSWORD, "PasswordEncryption", "clear"));
        carol = account("carol", Map.of("Password", CAROL_PASSWORD, "AccessModes", List.of("IMAP", "Mail")));
        Pop3Server handler = new Pop3Server(config, directory, store, clock);
        TlsContext tls = sharedTls();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        plain = new TcpListener(ListenerSpec.of("pop3", "POP3", loopback, 0, false), handler, tls);
        implicit = new TcpListener(ListenerSpec.of("pop3s", "POP3", loopback, 0, true), handler, tls);
        plain.start();
        implicit.start();
    }

    public static Pop3TestServer start(Path dir) throws IOException {
        return start(dir, Pop3Config.defaults(DOMAIN), ThrottlePolicy.DEFAULT);
    }

    public static Pop3TestServer start(Path dir, Pop3Config config, ThrottlePolicy throttle) throws IOException {
        return new Pop3TestServer(dir, config, throttle);
    }

    /** One self-signed certificate for every test in this JVM (RSA key generation is slow). */
    public static synchronized TlsContext sharedTls() {
        if (sharedTls == null) {
            try {
                Path certs = Files.createTempDirectory("parley-pop3-tls");
                sharedTls = TlsContext.load(new CertificateStore(certs), DOMAIN);
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> deleteTree(certs)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the test certificate", e);
            }
        }
        return sharedTls;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; the OS cleans up eventually
        }
    }

    /** Creates an account with settings and its mailboxes; returns its id. */
    public long account(String name, Map<String, ?> settings) {
        long id = directory.createAccount(name, settings).id();
        store.initializeAccount(id);
        return id;
    }

    public int port() {
        return plain.port();
    }

    public int tlsPort() {
        return implicit.port();
    }

    public Directory directory() {
        return directory;
    }

    public MailStore store() {
        return store;
    }

    /** Delivers a message to the account's INBOX and returns its UID. */
    public long deliver(long accountId, String message) {
        return deliver(accountId, message.getBytes(StandardCharsets.UTF_8));
    }

    public long deliver(long accountId, byte[] message) {
        List<DeliveryOutcome> out = store.deliver(message, List.of(new DeliveryTarget(accountId)), null);
        if (out.getFirst().error() != null) {
            throw new IllegalStateException("delivery failed: " + out.getFirst());
        }
        return out.getFirst().uid();
    }

    /** A plain test message with CRLF line ends. */
    public static String message(String subject, String... bodyLines) {
        StringBuilder b = new StringBuilder("From: Sender <sender@example.net>\r\nTo: rcpt@example.test\r\nSubject: ")
                .append(subject).append("\r\nMessage-ID: <").append(subject.replaceAll("[^A-Za-z0-9]", ""))
                .append("@example.net>\r\n\r\n");
        for (String l : bodyLines) {
            b.append(l).append("\r\n");
        }
        return b.toString();
    }

    /** The UIDs now in the account's INBOX, ascending. */
    public List<Long> inboxUids(long accountId) {
        MailSession s = store.session(accountId);
        List<Long> uids = new ArrayList<>();
        for (MessageState m : s.snapshot(s.open("INBOX")).messages()) {
            uids.add(m.uid());
        }
        return uids;
    }

    /** Appends through a session as an IMAP client would; returns the UID. */
    public long imapAppend(long accountId, String message) {
        return store.session(accountId).append("INBOX", new AppendMessage(message.getBytes(StandardCharsets.UTF_8)))
                .uids().getFirst();
    }

    /**
     * Waits until no connection is open on either listener, so a test can look at the store after
     * the server has finished with a client that went away.
     */
    public void awaitNoConnections() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (plain.openConnections() + implicit.openConnections() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("connections still open");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        plain.close();
        implicit.close();
        try {
            plain.awaitIdle(java.time.Duration.ofSeconds(5));
            implicit.awaitIdle(java.time.Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        blobs.close();
        db.close();
    }
}
