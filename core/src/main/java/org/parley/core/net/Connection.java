package org.parley.core.net;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.parley.core.io.LineReader;
import org.parley.core.tls.TlsContext;

/**
 * One accepted TCP connection as a protocol session sees it: a bounded {@link LineReader}, a
 * buffered output, TLS state and the remote address.
 *
 * <p>Used by the one virtual thread that serves the connection; {@link #close} may also be called
 * by the listener on shutdown from another thread.
 */
public final class Connection implements Closeable {
    private final ListenerSpec listener;
    private final TlsContext tls;
    private final InetSocketAddress remote;
    /** The accepted TCP socket, under any TLS layer: what {@link #abort} closes. */
    private final Socket transport;
    private Socket socket;
    private LineReader reader;
    private OutputStream out;
    private SSLSession tlsSession;
    private volatile boolean closed;
    /** {@link System#nanoTime} when the pending socket write began; 0 while none is pending. */
    private volatile long writingSince;

    /** @param transport the plain TCP socket that {@code socket} (e.g. implicit TLS) is layered on */
    Connection(ListenerSpec listener, Socket transport, Socket socket, TlsContext tls) throws IOException {
        this.listener = listener;
        this.tls = tls;
        this.transport = transport;
        this.socket = socket;
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        if (socket instanceof SSLSocket s) {
            tlsSession = s.getSession();
        }
        attachStreams(socket.getInputStream(), socketOutput(socket));
    }

    private void attachStreams(InputStream in, OutputStream rawOut) {
        this.reader = new LineReader(in);
        this.out = new BufferedOutputStream(rawOut, 16 * 1024);
    }

    /** The socket's output, timed so that the listener can tell a write that never ends. */
    private OutputStream socketOutput(Socket s) throws IOException {
        OutputStream raw = s.getOutputStream();
        return new FilterOutputStream(raw) {
            @Override
            public void write(int b) throws IOException {
                begin();
                try {
                    raw.write(b);
                } finally {
                    writingSince = 0;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                begin();
                try {
                    raw.write(b, off, len);
                } finally {
                    writingSince = 0;
                }
            }

            @Override
            public void flush() throws IOException {
                begin();
                try {
                    raw.flush();
                } finally {
                    writingSince = 0;
                }
            }
        };
    }

    private void begin() {
        writingSince = System.nanoTime() | 1; // never 0, which means "not writing"
    }

    /** How long the pending write has been blocked at {@code nowNanos}; 0 when none is pending. */
    long writeBlockedNanos(long nowNanos) {
        long since = writingSince;
        return since == 0 ? 0 : Math.max(0, nowNanos - since);
    }

    public ListenerSpec listener() {
        return listener;
    }

    public LineReader reader() {
        return reader;
    }

    /** Buffered; call {@link #flush} after a reply. */
    public OutputStream output() {
        return out;
    }

    /** Writes ASCII/UTF-8 text as is (the caller supplies CRLF). */
    public void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeLine(String text) throws IOException {
        write(text);
        out.write('\r');
        out.write('\n');
    }

    public void flush() throws IOException {
        out.flush();
    }

    public InetAddress remoteAddress() {
        return remote.getAddress();
    }

    public int remotePort() {
        return remote.getPort();
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    public InetAddress localAddress() {
        return socket.getLocalAddress();
    }

    public boolean isLoopback() {
        return remote.getAddress().isLoopbackAddress();
    }

    public boolean isSecure() {
        return tlsSession != null;
    }

    /** The TLS session once secure, else null (for {@code Received:} headers and logs). */
    public SSLSession tlsSession() {
        return tlsSession;
    }

    /** "TLSv1.3 TLS_AES_128_GCM_SHA256" or null. */
    public String tlsDescription() {
        return tlsSession == null ? null : tlsSession.getProtocol() + " " + tlsSession.getCipherSuite();
    }

    /** Whether STARTTLS can be offered: the server has TLS and this connection is not yet secure. */
    public boolean canStartTls() {
        return tls != null && tlsSession == null;
    }

    /**
     * Upgrades this connection to TLS after the protocol's "go ahead" reply has been flushed.
     * Plaintext the client pipelined after its STARTTLS command is discarded, never executed
     * (RFC 3207 §4.2, RFC 2595 §3.1, RFC 9051 §6.2.1).
     *
     * @return the number of discarded plaintext octets (the caller may log it)
     */
    public int startTls() throws IOException {
        if (!canStartTls()) {
            throw new IllegalStateException("TLS not available or already active");
        }
        flush();
        int dropped = reader.discardBuffered();
        SSLSocket secure = tls.wrapServer(socket);
        secure.setSoTimeout(socket.getSoTimeout());
        socket = secure;
        tlsSession = secure.getSession();
        attachStreams(secure.getInputStream(), socketOutput(secure));
        return dropped;
    }

    /**
     * Inserts stream layers above the socket, e.g. COMPRESS=DEFLATE (RFC 4978), at a command
     * boundary right after the reply that starts the layer. Bytes the client already sent through
     * the new layer and that sit in the reader's buffer are fed to it first.
     */
    public void wrapStreams(UnaryOperator<InputStream> in, UnaryOperator<OutputStream> outLayer) throws IOException {
        flush();
        byte[] pending = reader.takeBuffered();
        InputStream below = pending.length == 0
                ? socket.getInputStream()
                : new SequenceInputStream(new ByteArrayInputStream(pending), socket.getInputStream());
        attachStreams(in.apply(below), outLayer.apply(socketOutput(socket)));
    }

    /** Read timeout until the next byte arrives (e.g. 29 minutes while an IMAP client is IDLE). */
    public void setIdleTimeout(Duration timeout) throws SocketException {
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try {
                out.flush();
            } catch (IOException ignored) {
                // the peer may be gone; closing is all that is left
            }
            socket.close();
        } catch (IOException ignored) {
            // nothing useful to do: the socket is unusable either way
        }
    }

    /**
     * Closes the socket from another thread (shutdown, a write blocked too long) without touching
     * the session's buffers.
     */
    void abort() {
        closed = true;
        try {
            // the plain socket, not the TLS one: closing TLS would first try to send close_notify,
            // which waits for the very write that is stuck
            transport.close();
        } catch (IOException ignored) {
            // already unusable
        }
    }

    @Override
    public String toString() {
        return listener.name() + " " + remote;
    }
}
