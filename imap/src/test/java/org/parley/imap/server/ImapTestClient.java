package org.parley.imap.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLSocket;
import org.parley.core.testing.TestTls;

/**
 * A raw IMAP client for session tests: sends lines as given, reads responses with their
 * literals inlined (so a response is one string), and waits for the tagged line. Tags are
 * {@code a1}, {@code a2}, …; every read has a 10-second timeout so a broken server fails the
 * test instead of hanging it.
 */
public final class ImapTestClient implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int tag;
    private final String greeting;

    /** The responses to one command: untagged lines (literals inlined) and the tagged line. */
    public record Response(List<String> untagged, String tagged) {
        public boolean ok() {
            return status().equals("OK");
        }

        public String status() {
            String[] p = tagged.split(" ", 3);
            return p.length > 1 ? p[1] : "";
        }

        /** Untagged lines starting with {@code * prefix} (e.g. "FETCH" matches "* 1 FETCH"). */
        public List<String> lines(String word) {
            List<String> out = new ArrayList<>();
            for (String u : untagged) {
                String[] p = u.split(" ", 4);
                if ((p.length > 1 && p[1].equalsIgnoreCase(word)) || (p.length > 2 && p[2].equalsIgnoreCase(word))) {
                    out.add(u);
                }
            }
            return out;
        }

        public String all() {
            return String.join("\n", untagged) + "\n" + tagged;
        }
    }

    private ImapTestClient(Socket socket) throws IOException {
        attach(socket);
        this.greeting = readResponseLine();
    }

    public static ImapTestClient connect(int port, boolean tls) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        if (tls) {
            SSLSocket ssl = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                    .createSocket(s, "localhost", port, true);
            ssl.startHandshake();
            s = ssl;
        }
        return new ImapTestClient(s);
    }

    private void attach(Socket s) throws IOException {
        this.socket = s;
        s.setSoTimeout(10_000);
        this.in = new BufferedInputStream(s.getInputStream());
        this.out = s.getOutputStream();
    }

    public String greeting() {
        return greeting;
    }

    public String nextTag() {
        return "a" + (++tag);
    }

    /** Sends one command line (a tag is prefixed) and reads until its tagged response. */
    public Response command(String command) throws IOException {
        String t = nextTag();
        send(t + " " + command);
        return readUntilTagged(t);
    }

    /** A command that must succeed. */
    public Response ok(String command) throws IOException {
        Response r = command(command);
        assertThat(r.ok()).as("%s -> %s", command, r.all()).isTrue();
        return r;
    }

    public void send(String line) throws IOException {
        sendRaw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public Response readUntilTagged(String t) throws IOException {
        List<String> untagged = new ArrayList<>();
        while (true) {
            String line = readResponseLine();
            if (line.startsWith(t + " ")) {
                return new Response(untagged, line);
            }
            untagged.add(line);
        }
    }

    /** One response line, with any literals it carries inlined after their {@code {n}} marker. */
    public String readResponseLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            byte[] line = readLine();
            buf.write(line);
            String text = new String(line, StandardCharsets.ISO_8859_1);
            int open = text.lastIndexOf('{');
            if (text.endsWith("}") && open >= 0) {
                int n = Integer.parseInt(text.substring(open + 1, text.length() - 1));
                buf.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                buf.write(in.readNBytes(n));
                continue;
            }
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] a = b.toByteArray();
                int len = a.length > 0 && a[a.length - 1] == '\r' ? a.length - 1 : a.length;
                return java.util.Arrays.copyOf(a, len);
            }
            b.write(c);
        }
        throw new EOFException("server closed the connection; partial line: " + b);
    }

    /** Whether the server closed the connection (reads until end of stream, discarding). */
    public boolean closedByServer() {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** After the server's OK to STARTTLS: the TLS handshake on the same socket. */
    public void upgradeToTls() throws IOException {
        SSLSocket ssl = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        ssl.startHandshake();
        attach(ssl);
    }

    /** After the server's OK to COMPRESS DEFLATE: raw deflate both ways (RFC 4978). */
    public void startCompression() throws IOException {
        this.in = new BufferedInputStream(new InflaterInputStream(socket.getInputStream(), new Inflater(true)));
        this.out = new DeflaterOutputStream(socket.getOutputStream(), new Deflater(Deflater.DEFAULT_COMPRESSION, true), true);
    }

    /** Appends a message (synchronizing literal, waiting for the continuation). */
    public Response append(String mailbox, String flags, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        String t = nextTag();
        send(t + " APPEND " + mailbox + (flags == null ? "" : " (" + flags + ")") + " {" + body.length + "}");
        String cont = readResponseLine();
        if (!cont.startsWith("+")) {
            return new Response(List.of(), cont);
        }
        sendRaw(body);
        sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
        return readUntilTagged(t);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
