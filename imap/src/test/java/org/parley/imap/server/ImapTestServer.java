package org.parley.imap.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javax.crypto.spec.SecretKeySpec;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.password.PasswordParameters;
import org.parley.imap.session.ImapOptions;
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
 * The real IMAP server in-process for session tests: SQLite store and directory in a temporary
 * folder, listeners on 127.0.0.1 port 0 (plain with STARTTLS, and implicit TLS).
 */
public final class ImapTestServer implements AutoCloseable {
    public static final String DOMAIN = "example.test";
    public static final long APPEND_LIMIT = 1024 * 1024;

    private final Database db;
    private final Directory directory;
    private final MailStore store;
    private final ImapServer imap;
    private final TcpListener plain;
    private final TcpListener implicit;

    private ImapTestServer(Path dir, UnaryOperator<ImapOptions> tweak) throws Exception {
        Clock clock = Clock.systemUTC();
        db = TestDatabases.sqlite(dir);
        directory = new Directory(new SqlDirectoryRepository(db, clock), clock, PasswordParameters.fastForTests(),
                new SecretKeySpec(new byte[32], "AES"));
        directory.bootstrap(DOMAIN, "pm-secret-1");
        store = new MailStore(db, new FileBlobStore(dir.resolve("blobs"), clock), MessageParser.DEFAULT, new Principals(directory),
                new Quotas(directory), new InProcessChangeFeed(),
                MailStoreOptions.DEFAULTS.withAppendLimit(APPEND_LIMIT).withGcGrace(Duration.ofHours(1)));
        TlsContext tls = TlsContext.load(new CertificateStore(dir.resolve("certs")), "imap." + DOMAIN);
        ImapOptions options = tweak.apply(ImapOptions.defaults("imap." + DOMAIN, "test", APPEND_LIMIT));
        imap = ImapServer.create(store, directory, options);
        InetAddress lo = InetAddress.getLoopbackAddress();
        plain = new TcpListener(ListenerSpec.of("imap", "IMAP", lo, 0, false), imap, tls);
        implicit = new TcpListener(ListenerSpec.of("imaps", "IMAP", lo, 0, true), imap, tls);
        plain.start();
        implicit.start();
    }

    public static ImapTestServer start(Path dir) throws Exception {
        return new ImapTestServer(dir, o -> o);
    }

    public static ImapTestServer start(Path dir, UnaryOperator<ImapOptions> tweak) throws Exception {
        return new ImapTestServer(dir, tweak);
    }

    /** Creates {@code name@example.test} with its default mailboxes; returns the account id. */
    public long createAccount(String name, String password) {
        return createAccount(name, password, Map.of());
    }

    public long createAccount(String name, String password, Map<String, ?> settings) {
        Map<String, Object> s = new HashMap<>(settings);
        s.put("Password", password);
        AccountRef a = directory.createAccount(name + "@" + DOMAIN, s);
        store.initializeAccount(a.id());
        return a.id();
    }

    public int port() {
        return plain.port();
    }

    public int tlsPort() {
        return implicit.port();
    }

    public ImapTestClient connect() throws Exception {
        return ImapTestClient.connect(port(), false);
    }

    public ImapTestClient connectTls() throws Exception {
        return ImapTestClient.connect(tlsPort(), true);
    }

    /** Connected and logged in as {@code name}. */
    public ImapTestClient login(String name, String password) throws Exception {
        ImapTestClient c = connect();
        c.ok("LOGIN " + name + " " + password);
        return c;
    }

    public MailStore store() {
        return store;
    }

    public Directory directory() {
        return directory;
    }

    public ImapServer imap() {
        return imap;
    }

    @Override
    public void close() {
        plain.close();
        implicit.close();
        store.close();
        db.close();
    }

    /** The store's view of accounts, answered by the directory (as the server's wiring does). */
    private record Principals(Directory directory) implements PrincipalResolver {
        @Override
        public OptionalLong accountId(String nameOrAddress, String contextDomain) {
            String address = nameOrAddress.contains("@") || contextDomain == null ? nameOrAddress : nameOrAddress + "@" + contextDomain;
            try {
                return OptionalLong.of(directory.findAccount(address).id());
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
            return false;
        }
    }

    private record Quotas(Directory directory) implements QuotaPolicy {
        @Override
        public QuotaLimits limits(long accountId) {
            EffectiveSettings s = directory.accountEffectiveSettings(accountId);
            return new QuotaLimits(s.limit("MaxAccountSize").orElse(Long.MAX_VALUE), s.limit("MaxMessageCount").orElse(Long.MAX_VALUE));
        }
    }
}
