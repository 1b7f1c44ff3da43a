package org.parley.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.config.BootstrapConfig;
import org.parley.core.net.ConnectionHandler;
import org.parley.core.net.ListenerSpec;
import org.parley.core.net.TcpListener;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;
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
    private DataDirectoryLock lock;
    private Database database;
    private volatile boolean stopped;
    private volatile boolean running;

    public ParleyServer(BootstrapConfig config) {
        this.config = config;
    }

    /** What a start produced: bound ports by listener name, and a generated password (first start only). */
    public record Started(Map<String, Integer> ports, String generatedPostmasterPassword) {}

    public Started start(String postmasterPassword) throws Exception {
        lock = DataDirectoryLock.acquire(config.dataDir());
        database = switch (config.store()) {
            case SQLITE -> Database.sqlite(config.dataDir().resolve("parley.db"));
            case POSTGRES -> Database.postgres(config.postgresUrl(), config.postgresUser(), config.postgresPassword());
        };
        TlsContext tls = TlsContext.load(new CertificateStore(config.dataDir().resolve("certs")), config.serverName());
        Map<String, Integer> ports = new LinkedHashMap<>();
        running = true;
        LOG.info("Parley {} started on {}", Version.NUMBER, config.serverName());
        return new Started(ports, null);
    }

    private void listen(String name, String protocol, boolean implicitTls, ConnectionHandler handler, TlsContext tls,
            Map<String, Integer> ports) throws IOException {
        TcpListener l = new TcpListener(
                ListenerSpec.of(name, protocol, config.bindAddress(), config.port(name), implicitTls), handler, tls);
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
}
