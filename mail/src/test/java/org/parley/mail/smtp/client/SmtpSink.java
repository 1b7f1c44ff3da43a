package org.parley.mail.smtp.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server for tests, on a real socket on 127.0.0.1: configurable EHLO keywords,
 * STARTTLS with a given certificate, per-RCPT and end-of-data replies, and a record of every
 * transaction it accepted (envelope, data, whether it ran over TLS, whether the client pipelined).
 * Each connection runs on its own virtual thread. Written from RFC 5321; not a general server.
 */
public final class SmtpSink implements AutoCloseable {

    /** One transaction that reached the end of its data. */
    public record Received(String mailFrom, List<String> rcptTo, byte[] data, boolean tls, boolean pipelined,
                           String dataReply) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final Thread acceptor;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final List<String> commands = new CopyOnWriteArrayList<>();
    public final AtomicInteger connections = new AtomicInteger();
    public final AtomicInteger handshakeFailures = new AtomicInteger();
    /** Connections open now, and the most that were open at once. */
    public final AtomicInteger active = new AtomicInteger();
    public final AtomicInteger maxActive = new AtomicInteger();

    public volatile String greeting = "220 sink.test ESMTP ready";
    public volatile List<String> keywords = List.of("PIPELINING", "SIZE 10000000", "8BITMIME", "DSN", "SMTPUTF8",
            "ENHANCEDSTATUSCODES");
    public volatile SSLContext tls;
    public volatile Function<String, String> rcptReply = a -> "250 2.1.5 ok";
    public volatile String mailReply = "250 2.1.0 ok";
    public volatile String dataReply = "250 2.0.0 queued";
    /** Hold the reply to MAIL until DATA has arrived (proves the client pipelined, RFC 2920). */
    public volatile boolean awaitPipelinedGroup;
    /** Answer STARTTLS with 220, then send garbage instead of a handshake. */
    public volatile boolean breakTls;
    /** Read the data, then drop the connection without a reply. */
    public volatile boolean dropAfterData;
    /** A slow server: wait this long before answering the end of data. */
    public volatile long holdDataMillis;

    public SmtpSink() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    public SmtpSink(InetAddress bind) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(bind, 0));
        acceptor = Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        Conn c = new Conn();
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            c.attach(socket);
            if (greeting == null) {
                c.line(); // stay silent until the client gives up
                return;
            }
            c.write(greeting);
            if (!greeting.startsWith("220")) {
                return;
            }
            while (true) {
                String line = c.line();
                if (line == null) {
                    return;
                }
                commands.add(line);
                String verb = verb(line);
                if (verb.equals("MAIL") && awaitPipelinedGroup) {
                    List<String> group = new ArrayList<>(List.of(line));
                    boolean complete = false;
                    c.socket.setSoTimeout(2000);
                    try {
                        while (true) {
                            String next = c.line();
                            if (next == null) {
                                return;
                            }
                            commands.add(next);
                            group.add(next);
                            if (verb(next).equals("DATA")) {
                                complete = true;
                                break;
                            }
                        }
                    } catch (SocketTimeoutException e) {
                        // the client waited for the MAIL reply: not pipelined
                    }
                    c.socket.setSoTimeout(0);
                    c.pipelined = complete;
                    for (String cmd : group) {
                        if (!handle(c, cmd)) {
                            return;
                        }
                    }
                    continue;
                }
                if (!handle(c, line)) {
                    return;
                }
            }
        } catch (IOException e) {
            // connection ended
        } finally {
            active.decrementAndGet();
            try {
                c.socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Answers one command; false when the connection should end. */
    private boolean handle(Conn c, String line) throws IOException {
        String verb = verb(line);
        switch (verb) {
            case "EHLO" -> {
                List<String> kw = new ArrayList<>(keywords);
                if (tls != null && !c.tls) {
                    kw.add("STARTTLS");
                }
                StringBuilder r = new StringBuilder();
                r.append(kw.isEmpty() ? "250 " : "250-").append("sink.test hello");
                for (int i = 0; i < kw.size(); i++) {
                    r.append("\r\n").append(i == kw.size() - 1 ? "250 " : "250-").append(kw.get(i));
                }
                c.write(r.toString());
            }
            case "HELO" -> c.write("250 sink.test");
            case "STARTTLS" -> {
                c.write("220 2.0.0 go ahead");
                if (breakTls) {
                    c.write("this is not a TLS handshake");
                    return false;
                }
                try {
                    SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(c.socket, null, c.socket.getPort(), true);
                    s.setUseClientMode(false);
                    s.startHandshake();
                    c.attach(s);
                    c.tls = true;
                } catch (IOException e) {
                    handshakeFailures.incrementAndGet();
                    return false;
                }
            }
            case "MAIL" -> {
                c.mailFrom = line.substring(10);
                c.rcpts.clear();
                c.accepted = 0;
                c.write(mailReply);
            }
            case "RCPT" -> {
                String arg = line.substring(8);
                c.rcpts.add(arg);
                String addr = arg.substring(arg.indexOf('<') + 1, arg.indexOf('>'));
                String r = rcptReply.apply(addr);
                if (r.startsWith("2")) {
                    c.accepted++;
                }
                c.write(r);
            }
            case "DATA" -> {
                if (c.mailFrom == null || c.accepted == 0) {
                    c.write("554 5.5.1 no valid recipients");
                    return true;
                }
                c.write("354 go ahead");
                byte[] data = c.data();
                if (dropAfterData) {
                    return false;
                }
                if (holdDataMillis > 0) {
                    try {
                        Thread.sleep(holdDataMillis);
                    } catch (InterruptedException e) {
                        return false;
                    }
                }
                String reply = dataReply;
                received.add(new Received(c.mailFrom, List.copyOf(c.rcpts), data, c.tls, c.pipelined, reply));
                c.mailFrom = null;
                c.write(reply);
            }
            case "BDAT" -> {
                String[] parts = line.split(" ");
                int n = Integer.parseInt(parts[1]);
                byte[] data = c.in.readNBytes(n);
                received.add(new Received(c.mailFrom, List.copyOf(c.rcpts), data, c.tls, c.pipelined, dataReply));
                c.write(dataReply);
            }
            case "RSET" -> {
                c.mailFrom = null;
                c.write("250 2.0.0 ok");
            }
            case "QUIT" -> {
                c.write("221 2.0.0 bye");
                return false;
            }
            case "NOOP" -> c.write("250 2.0.0 ok");
            default -> c.write("500 5.5.1 unknown command");
        }
        return true;
    }

    private static String verb(String line) {
        int sp = line.indexOf(' ');
        int colon = line.indexOf(':');
        int end = sp < 0 ? line.length() : sp;
        if (colon >= 0 && colon < end) {
            end = colon;
        }
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** One connection's state. */
    private static final class Conn {
        Socket socket;
        InputStream in;
        OutputStream out;
        boolean tls;
        boolean pipelined;
        String mailFrom;
        final List<String> rcpts = new ArrayList<>();
        int accepted;

        void attach(Socket s) throws IOException {
            socket = s;
            in = new BufferedInputStream(s.getInputStream());
            out = s.getOutputStream();
        }

        void write(String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    byte[] l = b.toByteArray();
                    int n = l.length > 0 && l[l.length - 1] == '\r' ? l.length - 1 : l.length;
                    return new String(l, 0, n, StandardCharsets.UTF_8);
                }
                b.write(c);
                if (b.size() > 10_000) {
                    throw new IOException("line too long");
                }
            }
            return null;
        }

        /** Reads DATA content up to CRLF.CRLF, removing dot-stuffing (RFC 5321 §4.5.2). */
        byte[] data() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String l = lineRaw();
                if (l == null) {
                    throw new IOException("connection closed in data");
                }
                if (l.equals(".")) {
                    return out.toByteArray();
                }
                if (l.startsWith(".")) {
                    l = l.substring(1);
                }
                out.writeBytes((l + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
        }

        private String lineRaw() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    byte[] l = b.toByteArray();
                    int n = l.length > 0 && l[l.length - 1] == '\r' ? l.length - 1 : l.length;
                    return new String(l, 0, n, StandardCharsets.ISO_8859_1);
                }
                b.write(c);
            }
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
