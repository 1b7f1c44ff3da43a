package org.parley.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.parley.core.log.LogContext;
import org.parley.core.tls.TlsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts TCP connections for one {@link ListenerSpec} and serves each on its own virtual thread.
 * Enforces the listener's connection limits, performs the implicit TLS handshake when configured,
 * and on {@link #stopAccepting()}/{@link #closeAll()} supports a graceful shutdown.
 */
public final class TcpListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TcpListener.class);

    private final ListenerSpec spec;
    private final ConnectionHandler handler;
    private final TlsContext tls;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<InetAddress, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private ServerSocket server;
    private Thread acceptor;
    private volatile boolean accepting;
    private ScheduledFuture<?> writeWatch;

    /** One thread for every listener's write watch: the check is a scan of open connections. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("write-watchdog").daemon(true).factory());

    /** @param tls the server's TLS context, or null if TLS is unavailable (then implicit TLS is refused) */
    public TcpListener(ListenerSpec spec, ConnectionHandler handler, TlsContext tls) {
        if (spec.implicitTls() && tls == null) {
            throw new IllegalArgumentException(spec.name() + ": implicit TLS needs a TLS context");
        }
        this.spec = spec;
        this.handler = handler;
        this.tls = tls;
    }

    /** Binds the port (throws if it is taken) and starts accepting. */
    public void start() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(spec.bindAddress(), spec.port()), 1024);
        server = s;
        accepting = true;
        acceptor = Thread.ofPlatform().name("accept-" + spec.name()).daemon(true).start(this::acceptLoop);
        long period = Math.max(50, Math.min(1000, spec.writeTimeout().toMillis() / 4));
        writeWatch = WATCHDOG.scheduleWithFixedDelay(this::closeStalledWriters, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Closes connections whose client has stopped reading: a write blocked past the write timeout
     * would otherwise hold the session (and its memory) for as long as the peer likes.
     */
    private void closeStalledWriters() {
        long now = System.nanoTime();
        long limit = spec.writeTimeout().toNanos();
        for (Connection c : open) {
            if (c.writeBlockedNanos(now) > limit) {
                LOG.info("{}: closing {}: a write has been blocked for more than {} s", spec.name(), c,
                        spec.writeTimeout().toSeconds());
                c.abort();
            }
        }
    }

    public ListenerSpec spec() {
        return spec;
    }

    /** The bound port (useful when the spec asked for port 0). */
    public int port() {
        return server.getLocalPort();
    }

    public int openConnections() {
        return count.get();
    }

    private void acceptLoop() {
        while (accepting) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (accepting) {
                    LOG.warn("{}: accept failed: {}", spec.name(), e.getMessage());
                    continue;
                }
                return;
            }
            Thread.ofVirtual().name(spec.name() + "-" + socket.getRemoteSocketAddress()).start(() -> serve(socket));
        }
    }

    private void serve(Socket socket) {
        InetAddress addr = socket.getInetAddress();
        AtomicInteger fromAddr = perAddress.computeIfAbsent(addr, a -> new AtomicInteger());
        int total = count.incrementAndGet();
        int mine = fromAddr.incrementAndGet();
        try (var ctx = LogContext.connection(spec.protocol(), addr.getHostAddress())) {
            String refusal = null;
            if (total > spec.maxConnections()) {
                refusal = "too many connections";
            } else if (mine > spec.maxPerAddress() && !addr.isLoopbackAddress()) {
                refusal = "too many connections from your address";
            }
            try {
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, spec.idleTimeout().toMillis()));
                socket.setTcpNoDelay(true);
                Socket transport = socket;
                if (spec.implicitTls()) {
                    socket = tls.wrapServer(socket);
                }
                Connection conn = new Connection(spec, transport, socket, tls);
                if (refusal != null) {
                    LOG.info("refused: {}", refusal);
                    handler.refuse(conn, refusal);
                    conn.close();
                    return;
                }
                open.add(conn);
                try {
                    handler.serve(conn);
                } finally {
                    open.remove(conn);
                    conn.close();
                }
            } catch (SSLException e) {
                LOG.debug("TLS handshake failed: {}", e.getMessage());
            } catch (SocketException | java.net.SocketTimeoutException | java.io.EOFException e) {
                LOG.debug("connection ended: {}", e.getMessage());
            } catch (Exception e) {
                LOG.warn("session failed", e);
            } finally {
                closeQuietly(socket);
            }
        } finally {
            count.decrementAndGet();
            if (fromAddr.decrementAndGet() == 0) {
                perAddress.remove(addr, fromAddr);
            }
        }
    }

    /** Stops accepting new connections; open sessions continue. */
    public void stopAccepting() {
        accepting = false;
        closeQuietly(server);
    }

    /** Waits until every session has ended or the timeout passes; true if all ended. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.get() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Closes every open connection; their sessions see an I/O error and end. */
    public void closeAll() {
        for (Connection c : open) {
            c.abort();
        }
    }

    @Override
    public void close() {
        stopAccepting();
        closeAll();
        if (writeWatch != null) {
            writeWatch.cancel(false);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
