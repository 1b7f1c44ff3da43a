package org.parley.mail.smtp.session;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
import org.parley.directory.Directory;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordParameters;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.mail.smtp.server.DirectorySessionPolicy;
import org.parley.mail.smtp.server.SmtpServer;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;
import org.slf4j.LoggerFactory;

/**
 * The real SMTP server in-process on 127.0.0.1, port 0: a real directory on SQLite (accounts,
 * settings, SASL, throttling), a self-signed certificate, and {@link RecordingDelivery} in place
 * of the delivery service. Loopback is not special for relaying, so tests run on 127.0.0.1 and
 * grant relay only through ClientIPs or AUTH.
 */
final class SmtpFixture implements AutoCloseable {
    static final String DOMAIN = "example.test";
    static final String SERVER_NAME = "mx.example.test";
    static final String ALICE = "alice@example.test";
    static final String ALICE_PASSWORD = "alice-secret-1";
    static final String BOB = "bob@example.test";
    static final String BOB_PASSWORD = "bob-secret-1";
    static final Instant START = Instant.parse("2026-11-28T18:43:26Z");

    static {
        // the session logs every connection at DEBUG; keep test output readable
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    /** A clock tests move by hand. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final SettableClock clock = new SettableClock(START);
    final Database database;
    final Directory directory;
    final TlsContext tls;
    final SaslMechanisms sasl;
    final RecordingDelivery delivery = new RecordingDelivery(Set.of(DOMAIN));
    private final List<TcpListener> listeners = new ArrayList<>();
    private final Map<SmtpFlavour, Integer> defaultPorts = new java.util.EnumMap<>(SmtpFlavour.class);

    SmtpFixture(Path dir) throws Exception {
        database = TestDatabases.sqlite(dir);
        directory = new Directory(new SqlDirectoryRepository(database, clock), clock, PasswordParameters.fastForTests(),
                new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES"),
                new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15), 1000));
        directory.bootstrap(DOMAIN, "postmaster-secret-1");
        // CRAM-MD5 needs the reversible form
        directory.createAccount(ALICE, Map.of("Password", ALICE_PASSWORD, "PasswordEncryption", "clear"));
        directory.setAccountAliases(ALICE, List.of("alice.alias"));
        directory.createAccount(BOB, Map.of("Password", BOB_PASSWORD));
        tls = sharedTls();
        sasl = new SaslMechanisms(directory.authenticator(), SERVER_NAME, clock, true);
    }

    private static TlsContext sharedTls;

    /** Certificate generation takes seconds; every test class in this JVM shares one. */
    static synchronized TlsContext sharedTls() throws Exception {
        if (sharedTls == null) {
            sharedTls = TlsContext.load(new CertificateStore(Path.of("target", "smtp-test-certs")), SERVER_NAME);
        }
        return sharedTls;
    }

    SmtpServices services() {
        return new SmtpServices(delivery, sasl, new DirectorySessionPolicy(directory), clock);
    }

    SmtpConfig config(SmtpFlavour flavour) {
        return SmtpConfig.defaults(flavour, SERVER_NAME);
    }

    /** The port of a listener with the flavour's default configuration, started on first use. */
    synchronized int port(SmtpFlavour flavour) throws Exception {
        Integer p = defaultPorts.get(flavour);
        if (p == null) {
            p = start(config(flavour));
            defaultPorts.put(flavour, p);
        }
        return p;
    }

    /** Starts a plain (STARTTLS-capable) listener and returns its port. */
    int start(SmtpConfig config) throws Exception {
        return start(config, false);
    }

    int start(SmtpConfig config, boolean implicitTls) throws Exception {
        return start(config, implicitTls, ListenerSpec.of("smtp-test", "SMTP", InetAddress.getLoopbackAddress(), 0,
                implicitTls));
    }

    int start(SmtpConfig config, boolean implicitTls, ListenerSpec spec) throws Exception {
        TcpListener l = new TcpListener(spec, new SmtpServer(config, services()), tls);
        l.start();
        listeners.add(l);
        return l.port();
    }

    /** Lets 127.0.0.1 relay without AUTH (ClientIPs is a live server setting). */
    void allowLoopbackRelay() {
        directory.updateServerSettings(Map.of("ClientIPs", "127.0.0.1\n::1"));
    }

    @Override
    public void close() {
        listeners.forEach(TcpListener::close);
        database.close();
    }
}
