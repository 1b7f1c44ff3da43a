package org.parley.admin.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.parley.admin.command.ServerInfo;
import org.parley.admin.server.CliConnectionHandler;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.DirectoryListener;
import org.parley.directory.DomainRef;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordParameters;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.mail.InProcessChangeFeed;
import org.parley.store.mail.MailStore;
import org.parley.store.mail.MailStoreOptions;
import org.parley.store.mail.PrincipalResolver;
import org.parley.store.mail.QuotaLimits;
import org.parley.store.mail.QuotaPolicy;
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

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:15:30Z"));
    private final Database database;
    private final Directory directory;
    private final MailStore mailStore;
    private final TcpListener listener;

    private CliServer(Path dir, boolean tls) throws IOException, GeneralSecurityException {
        database = TestDatabases.sqlite(dir);
        directory = new Directory(new SqlDirectoryRepository(database, clock), clock, PasswordParameters.fastForTests(),
                new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES"), THROTTLE);
        mailStore = new MailStore(database, new FileBlobStore(dir.resolve("blobs"), clock), MessageParser.DEFAULT,
                principals(directory), quotas(directory), new InProcessChangeFeed(), MailStoreOptions.DEFAULTS.withClock(clock));
        directory.addListener(follower(mailStore));
        directory.bootstrap(DOMAIN, PM_PASSWORD);
        TlsContext context = tls ? TlsContext.load(new CertificateStore(dir.resolve("certs")), DOMAIN) : null;
        listener = new TcpListener(ListenerSpec.of("cli", "CLI", InetAddress.getLoopbackAddress(), 0, false),
                new CliConnectionHandler(directory, mailStore, new ServerInfo(DOMAIN, VERSION, clock)), context);
        listener.start();
    }

    /** Without TLS. */
    public static CliServer start(Path dir) throws Exception {
        return new CliServer(dir, false);
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

    public TestClock clock() {
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

    /** Accounts by name for {@code ~account/mailbox} and ACLs; groups by their Members list. */
    private static PrincipalResolver principals(Directory directory) {
        return new PrincipalResolver() {
            @Override
            public OptionalLong accountId(String nameOrAddress, String contextDomain) {
                try {
                    return OptionalLong.of(directory.findAccount(
                            nameOrAddress.contains("@") ? nameOrAddress : nameOrAddress + "@" + contextDomain).id());
                } catch (DirectoryException e) {
                    return OptionalLong.empty();
                }
            }

            @Override
            public String principal(long accountId) {
                return directory.account(accountId).map(AccountRef::principal).orElse(null);
            }

            @Override
            public boolean isMember(long accountId, String group) {
                AccountRef a = directory.account(accountId).orElse(null);
                if (a == null) {
                    return false;
                }
                try {
                    Object members = directory.getGroup(group.contains("@") ? group : group + "@" + a.domain()).get("Members");
                    return members instanceof List<?> list && (list.contains(a.name()) || list.contains(a.principal()));
                } catch (DirectoryException e) {
                    return false;
                }
            }
        };
    }

    /** MaxAccountSize from the account's effective settings. */
    private static QuotaPolicy quotas(Directory directory) {
        return id -> new QuotaLimits(
                directory.accountEffectiveSettings(id).limit("MaxAccountSize").orElse(Long.MAX_VALUE), Long.MAX_VALUE);
    }

    /** Keeps the mail store in step with the directory, as the server's composition root does. */
    private static DirectoryListener follower(MailStore store) {
        return new DirectoryListener() {
            @Override
            public void accountCreated(AccountRef account) {
                store.initializeAccount(account.id());
            }

            @Override
            public void accountDeleted(AccountRef account) {
                store.deleteAccount(account.id());
            }

            @Override
            public void domainDeleted(DomainRef domain, List<AccountRef> accounts) {
                accounts.forEach(a -> store.deleteAccount(a.id()));
            }
        };
    }
}
