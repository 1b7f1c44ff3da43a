package org.parley.pop3.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.parley.core.testing.TestTls;

/**
 * A raw POP3 client for session tests: writes exactly the bytes a test gives it and reads replies
 * line by line, so tests can send what no polite client would. Multi-line replies are un-stuffed.
 */
public final class Pop3Client implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final String greeting;

    private Pop3Client(Socket socket) throws IOException {
        attach(socket);
        this.greeting = line();
    }

    public static Pop3Client connect(int port) throws IOException {
        return new Pop3Client(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** Connects with TLS from the first byte (port 995 style). */
    public static Pop3Client connectTls(int port) throws IOException {
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port);
        s.startHandshake();
        return new Pop3Client(s);
    }

    private void attach(Socket s) throws IOException {
        s.setSoTimeout(15_000);
        socket = s;
        in = new BufferedInputStream(s.getInputStream());
        out = s.getOutputStream();
    }

    public String greeting() {
        return greeting;
    }

    public boolean isTls() {
        return socket instanceof SSLSocket;
    }

    /** Sends {@code line} + CRLF and returns the status line of the reply. */
    public String send(String line) throws IOException {
        write(line + "\r\n");
        return line();
    }

    /** Sends a command that must succeed and returns the body of its multi-line reply. */
    public List<String> multi(String line) throws IOException {
        String status = send(line);
        assertThat(status).as(line).startsWith("+OK");
        return lines();
    }

    public void write(String raw) throws IOException {
        write(raw.getBytes(StandardCharsets.UTF_8));
    }

    public void write(byte[] raw) throws IOException {
        out.write(raw);
        out.flush();
    }

    /** Reads one line without its CRLF. */
    public String line() throws IOException {
        byte[] l = rawLine();
        if (l == null) {
            throw new EOFException("server closed the connection");
        }
        return new String(l, StandardCharsets.UTF_8);
    }

    /** The lines of a multi-line body up to the terminator, un-stuffed (RFC 1939 §3). */
    public List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        while (true) {
            String l = line();
            if (l.equals(".")) {
                return out;
            }
            out.add(l.startsWith(".") ? l.substring(1) : l);
        }
    }

    /** A multi-line body as bytes, CRLF line ends kept, un-stuffed, terminator removed. */
    public byte[] body() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            byte[] l = rawLine();
            if (l == null) {
                throw new EOFException("server closed the connection inside a multi-line reply");
            }
            if (l.length == 1 && l[0] == '.') {
                return b.toByteArray();
            }
            int skip = l.length > 0 && l[0] == '.' ? 1 : 0;
            b.write(l, skip, l.length - skip);
            b.write('\r');
            b.write('\n');
        }
    }

    private byte[] rawLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return b.size() == 0 ? null : b.toByteArray();
            }
            if (c == '\n') {
                byte[] l = b.toByteArray();
                if (l.length == 0 || l[l.length - 1] != '\r') {
                    throw new IOException("server line not ended by CRLF: " + new String(l, StandardCharsets.UTF_8));
                }
                return java.util.Arrays.copyOf(l, l.length - 1);
            }
            b.write(c);
        }
    }

    /** After "+OK" to STLS: the TLS handshake over the same socket. */
    public void startTls() throws IOException {
        assertThat(in.available()).as("bytes after the STLS reply").isZero();
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        s.setUseClientMode(true);
        s.startHandshake();
        attach(s);
    }

    /** True if the server closed the connection (end of stream within the read timeout). */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    /** Drops the TCP connection without QUIT. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
