package org.parley.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.admin.command.ServerInfo;
import org.parley.admin.server.CliConnectionHandler;
import org.parley.core.config.BootstrapConfig;
import org.parley.core.net.ConnectionHandler;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.Directory;
import org.parley.imap.server.ImapServer;
import org.parley.imap.session.ImapOptions;
import org.parley.directory.DirectoryException;
import org.parley.directory.password.PasswordParameters;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.mail.smtp.server.DirectorySessionPolicy;
import org.parley.mail.smtp.server.SmtpServer;
import org.parley.mail.smtp.session.SmtpConfig;
import org.parley.mail.smtp.session.SmtpFlavour;
import org.parley.mail.smtp.session.SmtpServices;
import org.parley.pop3.server.Pop3Server;
import org.parley.pop3.session.Pop3Config;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.core.config.StoreKind;
import org.parley.server.wiring.MailServices;
import org.parley.store.accounts.DirectoryPrincipals;
import org.parley.store.accounts.DirectoryQuotas;
import org.parley.store.accounts.MailStoreFollower;
import org.parley.store.blob.BlobStore;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.blob.PostgresBlobStore;
import org.parley.store.mail.ChangeFeed;
import org.parley.store.mail.InProcessChangeFeed;
import org.parley.store.mail.MailStore;
import org.parley.store.mail.MailStoreOptions;
import org.parley.store.mail.PostgresChangeFeed;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service with {@code new}, in dependency order, and starts the
 * listeners. {@link #stop} undoes it in reverse: stop accepting, give sessions a bounded time,
 * close what is left, close the store.
 */
public final class ParleyServer {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    private final BootstrapConfig config;
    private final List<TcpListener> listeners = new ArrayList<>();
    private final Clock clock;
    private final PasswordParameters passwordParameters;
    private DataDirectoryLock lock;
    private Directory directory;
    private MailStore mailStore;
    private MailServices mail;
    private Database database;
    private volatile boolean stopped;
    private volatile boolean running;

    public ParleyServer(BootstrapConfig config) {
        this(config, Clock.systemUTC(), PasswordParameters.DEFAULT);
    }

    /** For in-process tests: an injected clock and cheap password hashing. */
    public ParleyServer(BootstrapConfig config, Clock clock, PasswordParameters passwordParameters) {
        this.config = config;
        this.clock = clock;
        this.passwordParameters = passwordParameters;
    }

    /** What a start produced: bound ports by listener name, and a generated password (first start only). */
    public record Started(Map<String, Integer> ports, String generatedPostmasterPassword) {}

    public Started start(String postmasterPassword) throws Exception {
        lock = DataDirectoryLock.acquire(config.dataDir());
        database = switch (config.store()) {
            case SQLITE -> Database.sqlite(config.dataDir().resolve("parley.db"));
            case POSTGRES -> Database.postgres(config.postgresUrl(), config.postgresUser(), config.postgresPassword());
        };
        Path certs = config.dataDir().resolve("certs");
        TlsContext tls = TlsContext.load(new CertificateStore(certs), config.serverName());
        directory = new Directory(new SqlDirectoryRepository(database, clock), clock, passwordParameters,
                SecretKeyFile.loadOrCreate(certs));
        mailStore = buildMailStore();
        directory.addListener(new MailStoreFollower(mailStore));
        String generated = bootstrapDirectory(postmasterPassword);
        mail = MailServices.build(directory, mailStore, database, config.serverName(), clock, config.store() == StoreKind.SQLITE);
        mail.start();

        Map<String, Integer> ports = new LinkedHashMap<>();
        long appendLimit = mailStore.options().appendLimit();
        listen("cli", "CLI", false,
                new CliConnectionHandler(directory, mailStore, new ServerInfo(config.serverName(), Version.NUMBER, clock),
                        mail.admin()), tls, ports);
        ImapServer imap = ImapServer.create(mailStore, directory,
                ImapOptions.defaults(config.serverName(), Version.NUMBER, appendLimit));
        listen("imap", "IMAP", false, imap, tls, ports);
        listen("imaps", "IMAP", true, imap, tls, ports);
        Pop3Server pop3 = new Pop3Server(Pop3Config.defaults(config.serverName()), directory, mailStore, clock);
        listen("pop3", "POP3", false, pop3, tls, ports);
        listen("pop3s", "POP3", true, pop3, tls, ports);
        SmtpServices smtp = new SmtpServices(mail.delivery(),
                new SaslMechanisms(directory.authenticator(), config.serverName(), clock, false),
                new DirectorySessionPolicy(directory, mail.clientIps()), clock);
        SmtpServer mx = smtpServer(SmtpFlavour.MX, appendLimit, smtp);
        SmtpServer submission = smtpServer(SmtpFlavour.SUBMISSION, appendLimit, smtp);
        listen("smtp", "SMTP", false, mx, tls, ports);
        listen("submission", "SMTP", false, submission, tls, ports);
        listen("smtps", "SMTP", true, submission, tls, ports);
        // LMTP trusts its clients (a local MTA): loopback only unless a bind address is configured
        listen("lmtp", "LMTP", config.bindAddress() == null ? InetAddress.getLoopbackAddress() : config.bindAddress(),
                false, smtpServer(SmtpFlavour.LMTP, appendLimit, smtp), tls, ports);
        running = true;
        LOG.info("Parley {} started on {}", Version.NUMBER, config.serverName());
        return new Started(ports, generated);
    }

    /** A server of that flavour with the default settings, taking no message larger than the store accepts. */
    private SmtpServer smtpServer(SmtpFlavour flavour, long appendLimit, SmtpServices smtp) {
        return new SmtpServer(SmtpConfig.defaults(flavour, config.serverName()).fittingStore(appendLimit), smtp);
    }

    /**
     * First start: the main domain, postmaster (with the given or a generated password) and its
     * {@code root} alias. Later starts change nothing, so a restart with the same flags is harmless.
     *
     * @return the generated password, shown once, or null
     */
    private String bootstrapDirectory(String postmasterPassword) {
        boolean firstStart;
        try {
            directory.findAccount("postmaster@" + directory.ensureMainDomain(config.serverName()).name());
            firstStart = false;
        } catch (DirectoryException e) {
            firstStart = true;
        }
        String generated = null;
        String password = postmasterPassword;
        if (firstStart && password == null) {
            generated = GeneratedPassword.next();
            password = generated;
        }
        directory.bootstrap(config.serverName(), firstStart ? password : null);
        return generated;
    }

    private MailStore buildMailStore() {
        boolean cluster = config.store() == StoreKind.POSTGRES;
        BlobStore blobs = cluster ? new PostgresBlobStore(database, clock) : new FileBlobStore(config.dataDir().resolve("blobs"), clock);
        ChangeFeed feed = cluster
                ? new PostgresChangeFeed(database, config.postgresUrl(), config.postgresUser(), config.postgresPassword())
                : new InProcessChangeFeed();
        return new MailStore(database, blobs, MessageParser.DEFAULT, new DirectoryPrincipals(directory),
                new DirectoryQuotas(directory), feed, MailStoreOptions.DEFAULTS.withClock(clock)
                        .withStructureCacheBytes(structureCacheBytes()));
    }

    public MailStore mailStore() {
        return mailStore;
    }

    public Directory directory() {
        return directory;
    }

    /** Router, queue, delivery service and their settings; null before start. */
    public MailServices mail() {
        return mail;
    }

    private void listen(String name, String protocol, boolean implicitTls, ConnectionHandler handler, TlsContext tls,
            Map<String, Integer> ports) throws IOException {
        listen(name, protocol, config.bindAddress(), implicitTls, handler, tls, ports);
    }

    private void listen(String name, String protocol, InetAddress bind, boolean implicitTls, ConnectionHandler handler,
            TlsContext tls, Map<String, Integer> ports) throws IOException {
        TcpListener l = new TcpListener(ListenerSpec.of(name, protocol, bind, config.port(name), implicitTls), handler, tls);
        try {
            l.start();
        } catch (IOException e) {
            throw new IOException(name + " cannot listen on port " + config.port(name) + ": " + e.getMessage(), e);
        }
        listeners.add(l);
        ports.put(name, l.port());
    }

    /** Graceful stop; safe to call more than once and after a failed start. */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        listeners.forEach(TcpListener::stopAccepting);
        long deadline = System.nanoTime() + grace.toNanos();
        for (TcpListener l : listeners) {
            try {
                l.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            l.closeAll();
        }
        if (mail != null) {
            mail.stop(grace);
        }
        if (mailStore != null) {
            mailStore.close();
        }
        if (database != null) {
            database.close();
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the OS drops the lock when the process exits anyway
            }
        }
        if (running) {
            LOG.info("Parley stopped");
        }
    }

    /** The default structure cache, but never more than an eighth of the heap on a small machine. */
    private static long structureCacheBytes() {
        return Math.min(MailStoreOptions.DEFAULTS.structureCacheBytes(), Runtime.getRuntime().maxMemory() / 8);
    }
}
