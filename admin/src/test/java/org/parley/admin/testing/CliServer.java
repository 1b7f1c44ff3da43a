package org.parley.admin.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.parley.admin.command.ServerInfo;
import org.parley.admin.server.CliConnectionHandler;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.testing.MutableClock;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.Directory;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordParameters;
import org.parley.store.accounts.DirectoryPrincipals;
import org.parley.store.accounts.DirectoryQuotas;
import org.parley.store.accounts.MailStoreFollower;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.mail.InProcessChangeFeed;
import org.parley.store.mail.MailStore;
import org.parley.store.mail.MailStoreOptions;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/**
 * The CLI listener in-process on 127.0.0.1 and a free port, over a directory and a mail store on a
 * fresh SQLite file (message bodies under {@code blobs/}), with main domain {@value #DOMAIN} and
 * postmaster's password {@value #PM_PASSWORD}. New accounts get their default mailboxes, as the
 * server's wiring does. Login throttling starts after three failures and blocks for one minute of
 * the injected clock.
 */
public final class CliServer implements AutoCloseable {
    public static final String DOMAIN = "example.test";
    public static final String PM_PASSWORD = "pm-secret";
    public static final String VERSION = "9.9-test";
    public static final ThrottlePolicy THROTTLE =
            new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 1000);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:15:30Z"));
    private final Database database;
    private final Directory directory;
    private final MailStore mailStore;
    private final TcpListener listener;

    private CliServer(Path dir, boolean tls) throws IOException, GeneralSecurityException {
        this(dir, tls, true);
    }

    private CliServer(Path dir, boolean tls, boolean trustLoopback) throws IOException, GeneralSecurityException {
        database = TestDatabases.sqlite(dir);
        directory = new Directory(new SqlDirectoryRepository(database, clock), clock, PasswordParameters.fastForTests(),
                new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES"), THROTTLE);
        mailStore = new MailStore(database, new FileBlobStore(dir.resolve("blobs"), clock), MessageParser.DEFAULT,
                new DirectoryPrincipals(directory), new DirectoryQuotas(directory), new InProcessChangeFeed(), MailStoreOptions.DEFAULTS.withClock(clock));
        directory.addListener(new MailStoreFollower(mailStore));
        directory.bootstrap(DOMAIN, PM_PASSWORD);
        TlsContext context = tls ? TlsContext.load(new CertificateStore(dir.resolve("certs")), DOMAIN) : null;
        listener = new TcpListener(ListenerSpec.of("cli", "CLI", InetAddress.getLoopbackAddress(), 0, false),
                new CliConnectionHandler(directory, mailStore, new ServerInfo(DOMAIN, VERSION, clock))
                        .withLoopbackTrusted(trustLoopback), context);
        listener.start();
    }

    /** Without TLS. */
    public static CliServer start(Path dir) throws Exception {
        return new CliServer(dir, false);
    }

    /** With TLS, and loopback treated like a remote address for the clear-text password rule. */
    public static CliServer startAsIfRemote(Path dir) throws Exception {
        return new CliServer(dir, true, false);
    }

    /** With a self-signed certificate, so STLS is offered. */
    public static CliServer startWithTls(Path dir) throws Exception {
        return new CliServer(dir, true);
    }

    public int port() {
        return listener.port();
    }

    public Directory directory() {
        return directory;
    }

    public MailStore mailStore() {
        return mailStore;
    }

    public MutableClock clock() {
        return clock;
    }

    /** A fresh connection whose greeting has been read. */
    public CliConnection connect() throws IOException {
        return CliConnection.open(port());
    }

    /** Logged in with USER/PASS, optionally INLINE. */
    public CliConnection login(String user, String password, boolean inline) throws IOException {
        CliConnection c = connect();
        c.expect("USER " + user, 300);
        c.expect("PASS " + password, 200);
        if (inline) {
            c.expect("INLINE", 200);
        }
        return c;
    }

    /** postmaster, INLINE. */
    public CliConnection postmaster() throws IOException {
        return login("postmaster", PM_PASSWORD, true);
    }

    @Override
    public void close() throws InterruptedException {
        listener.stopAccepting();
        listener.awaitIdle(Duration.ofSeconds(5));
        listener.closeAll();
        mailStore.close();
        database.close();
    }
}
