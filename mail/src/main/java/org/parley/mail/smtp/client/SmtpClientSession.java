package org.parley.mail.smtp.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLSocket;
import org.parley.mail.smtp.codec.EhloCapabilities;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpCommandFormatter;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.codec.SmtpReplyReader;

/**
 * One outbound SMTP connection: greeting, EHLO (HELO as fallback), STARTTLS, then transactions.
 * Failures that say nothing about the message (unreachable, refused greeting, TLS policy) are
 * {@link HostFailure}s so the caller tries the next address. Used by one thread; not thread-safe.
 */
final class SmtpClientSession implements Closeable {
    /** RFC 3463 §3.5 X.4.1: no answer from host; X.4.2: bad connection. */
    static final EnhancedStatusCode NO_ANSWER = new EnhancedStatusCode(4, 4, 1);
    static final EnhancedStatusCode BAD_CONNECTION = new EnhancedStatusCode(4, 4, 2);
    private static final EhloCapabilities NONE = new EhloCapabilities("", Map.of());

    private final HostCandidate host;
    private final SmtpClientOptions options;
    private final ScheduledExecutorService timer;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private SmtpReplyReader reader;
    private EhloCapabilities capabilities = NONE;
    private boolean tls;

    private SmtpClientSession(HostCandidate host, SmtpClientOptions options, ScheduledExecutorService timer) {
        this.host = host;
        this.options = options;
        this.timer = timer;
    }

    /** Connects and reads the greeting (RFC 5321 §3.1: anything but 220 means no service here). */
    static SmtpClientSession open(HostCandidate host, SmtpClientOptions options, ScheduledExecutorService timer)
            throws HostFailure {
        SmtpClientSession s = new SmtpClientSession(host, options, timer);
        s.socket = new Socket();
        try {
            s.socket.connect(new InetSocketAddress(host.address(), host.port()), millis(options.connectTimeout()));
            s.socket.setTcpNoDelay(true);
            s.streams(s.socket);
            SmtpReply greeting = s.read(options.greetingTimeout());
            if (greeting.code() != 220) {
                s.quietQuit();
                throw new HostFailure(transientCopy(greeting, "greeting of " + host));
            }
        } catch (IOException e) {
            s.close();
            throw new HostFailure(SmtpReply.of(451, NO_ANSWER, "cannot talk to " + host + ": " + e.getMessage()));
        }
        return s;
    }

    HostCandidate host() {
        return host;
    }

    boolean tls() {
        return tls;
    }

    EhloCapabilities capabilities() {
        return capabilities;
    }

    /**
     * EHLO (HELO if EHLO is refused), then STARTTLS when offered and {@code tlsMode} allows, then
     * EHLO again over TLS (RFC 3207 §4.2: forget what was learned before).
     *
     * @param tlsMode  {@code NONE}: never start TLS; {@code OPPORTUNISTIC}: when offered, any
     *                 certificate; {@code REQUIRED}: RFC 8689 — STARTTLS, a valid certificate for
     *                 the host and REQUIRETLS after TLS, or this host is refused
     */
    void hello(TlsMode tlsMode, ClientTls clientTls) throws HostFailure {
        try {
            ehlo();
            if (tlsMode == TlsMode.NONE) {
                return;
            }
            if (!capabilities.supports("STARTTLS")) {
                if (tlsMode == TlsMode.REQUIRED) {
                    quietQuit();
                    throw new HostFailure(SmtpReply.of(550, EnhancedStatusCode.REQUIRETLS_NEEDED,
                            host + " does not offer STARTTLS, which REQUIRETLS needs"));
                }
                return;
            }
            send(new SmtpCommand.StartTls());
            SmtpReply r = read(options.commandTimeout());
            if (r.code() != 220) {
                if (tlsMode == TlsMode.REQUIRED) {
                    quietQuit();
                    throw new HostFailure(SmtpReply.of(550, EnhancedStatusCode.REQUIRETLS_NEEDED,
                            host + " refused STARTTLS: " + r));
                }
                return; // RFC 3207 §4: continue in plaintext
            }
            if (in.available() > 0) {
                // bytes after the 220 came before the handshake: never read them (RFC 3207 §6); like a
                // failed handshake, opportunistic TLS may start over in plaintext on a new connection
                close();
                throw new HostFailure(SmtpReply.of(451, BAD_CONNECTION, host + " sent data before the TLS handshake"),
                        tlsMode == TlsMode.OPPORTUNISTIC);
            }
            SSLSocket secure;
            try {
                secure = clientTls.upgrade(socket, host.name(), tlsMode == TlsMode.REQUIRED);
            } catch (IOException e) {
                close();
                if (tlsMode == TlsMode.REQUIRED) {
                    throw new HostFailure(SmtpReply.of(550, EnhancedStatusCode.REQUIRETLS_NEEDED,
                            "TLS with " + host + " failed verification: " + e.getMessage()));
                }
                throw new HostFailure(SmtpReply.of(451, BAD_CONNECTION, "TLS handshake with " + host + " failed: "
                        + e.getMessage()), true);
            }
            socket = secure;
            streams(secure);
            tls = true;
            capabilities = NONE;
            ehlo();
            if (tlsMode == TlsMode.REQUIRED && !capabilities.supports("REQUIRETLS")) {
                quietQuit();
                // RFC 8689 §4.2.1: the server must advertise REQUIRETLS after TLS
                throw new HostFailure(SmtpReply.of(550, EnhancedStatusCode.REQUIRETLS_NEEDED,
                        host + " does not support REQUIRETLS"));
            }
        } catch (IOException e) {
            close();
            throw new HostFailure(SmtpReply.of(451, BAD_CONNECTION, "conversation with " + host + " failed: " + e.getMessage()));
        }
    }

    private void ehlo() throws IOException, HostFailure {
        send(new SmtpCommand.Ehlo(options.heloName()));
        SmtpReply r = read(options.commandTimeout());
        if (r.isPositive()) {
            capabilities = EhloCapabilities.parse(r);
            return;
        }
        if (r.code() == 421) {
            close();
            throw new HostFailure(r);
        }
        // RFC 5321 §3.2: a server that does not know EHLO gets HELO, and no extensions
        send(new SmtpCommand.Helo(options.heloName()));
        SmtpReply h = read(options.commandTimeout());
        if (!h.isPositive()) {
            quietQuit();
            throw new HostFailure(transientCopy(h, "HELO to " + host));
        }
        capabilities = NONE;
    }

    /**
     * Runs one transaction. Per-recipient replies come back in the result; a failure of the whole
     * host before anything was handed over is a {@link HostFailure}. Once the data has started,
     * a broken connection becomes a 4xx for every accepted recipient (the message may or may not
     * have arrived; trying another host now could deliver it twice).
     */
    TransmissionResult send(OutboundMessage message) throws HostFailure {
        Transaction t = new Transaction(this, message, options);
        return t.run();
    }

    /** Best-effort QUIT and close; never throws. */
    void quietQuit() {
        if (socket == null || socket.isClosed()) {
            return;
        }
        try {
            send(new SmtpCommand.Quit());
            read(Duration.ofSeconds(5));
        } catch (IOException ignored) {
            // the connection is going away anyway
        }
        close();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    // ---- I/O used by Transaction ---------------------------------------------------------------

    void send(SmtpCommand command) throws IOException {
        out.write(SmtpCommandFormatter.encode(command));
        out.flush();
    }

    /** Writes several commands in one flush (RFC 2920 §3.1 command groups). */
    void sendGroup(List<SmtpCommand> commands) throws IOException {
        for (SmtpCommand c : commands) {
            out.write(SmtpCommandFormatter.encode(c));
        }
        out.flush();
    }

    SmtpReply read(Duration timeout) throws IOException {
        socket.setSoTimeout(millis(timeout));
        return reader.read();
    }

    OutputStream rawOutput() {
        return out;
    }

    private void streams(Socket s) throws IOException {
        in = new BufferedInputStream(s.getInputStream(), 8192);
        out = new BufferedOutputStream(new WatchdogOutputStream(s.getOutputStream(), s, timer,
                options.dataBlockTimeout()), WatchdogOutputStream.BLOCK);
        reader = new SmtpReplyReader(in);
    }

    /** A refusal of the greeting or HELO counts as temporary: the host may be back later. */
    private static SmtpReply transientCopy(SmtpReply r, String what) {
        int code = r.isPermanentFailure() ? 451 : r.code() / 100 == 4 ? r.code() : 451;
        return SmtpReply.of(code, NO_ANSWER, what + " refused: " + r);
    }

    private static int millis(Duration d) {
        long ms = d.toMillis();
        return ms <= 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, ms);
    }

    /** How much TLS this connection insists on. */
    enum TlsMode {
        NONE,
        OPPORTUNISTIC,
        REQUIRED
    }
}
