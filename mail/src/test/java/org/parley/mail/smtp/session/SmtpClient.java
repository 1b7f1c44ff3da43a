package org.parley.mail.smtp.session;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.parley.core.testing.TestTls;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.codec.SmtpReplyReader;

/**
 * A raw SMTP client for session tests and the server's black-box tests: writes exactly the bytes
 * a test gives, reads replies with the codec.
 */
public final class SmtpClient implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private SmtpReplyReader replies;
    private SmtpReply greeting;

    private SmtpClient(Socket socket) throws IOException {
        attach(socket);
    }

    /** Connects without reading the greeting. */
    public static SmtpClient connectRaw(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(60_000);
        return new SmtpClient(s);
    }

    /** Connects and checks the 220 greeting. */
    public static SmtpClient connect(int port) throws IOException {
        SmtpClient c = connectRaw(port);
        c.readGreeting();
        return c;
    }

    /** Connects with implicit TLS (port 465 style) and reads the greeting. */
    public static SmtpClient connectTls(int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(plain, "localhost", port, true);
        s.setSoTimeout(60_000);
        s.startHandshake();
        SmtpClient c = new SmtpClient(s);
        c.readGreeting();
        return c;
    }

    private void readGreeting() throws IOException {
        greeting = read();
        if (greeting.code() != 220) {
            throw new IOException("unexpected greeting " + greeting);
        }
    }

    /** The 220 greeting read by {@link #connect} or {@link #connectTls}; null after {@link #connectRaw}. */
    public SmtpReply greeting() {
        return greeting;
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = new BufferedInputStream(s.getInputStream());
        out = s.getOutputStream();
        replies = new SmtpReplyReader(in);
    }

    public SmtpReply read() throws IOException {
        return replies.read();
    }

    /** Sends one command line (CRLF added) and reads its reply. */
    public SmtpReply command(String line) throws IOException {
        send(line + "\r\n");
        return read();
    }

    public void send(String raw) throws IOException {
        sendBytes(raw.getBytes(StandardCharsets.UTF_8));
    }

    public void sendBytes(byte[] raw) throws IOException {
        out.write(raw);
        out.flush();
    }

    /** Reads {@code n} replies (after a pipelined batch). */
    public List<SmtpReply> read(int n) throws IOException {
        List<SmtpReply> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(read());
        }
        return list;
    }

    /** EHLO, then a simple transaction with DATA; returns the final reply. */
    public SmtpReply sendMail(String from, String to, String message) throws IOException {
        SmtpReply r = command("MAIL FROM:<" + from + ">");
        if (r.code() != 250) {
            return r;
        }
        r = command("RCPT TO:<" + to + ">");
        if (r.code() != 250) {
            return r;
        }
        r = command("DATA");
        if (r.code() != 354) {
            return r;
        }
        send(message + ".\r\n");
        return read();
    }

    /** DATA, the message, the terminator; returns the final reply (or the refusal of DATA). */
    public SmtpReply sendMailData(String message) throws IOException {
        SmtpReply r = command("DATA");
        if (r.code() != 354) {
            return r;
        }
        send(message + ".\r\n");
        return read();
    }

    /** Upgrades to TLS after the server's 220 to STARTTLS. */
    public void startTls() throws IOException {
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        s.setSoTimeout(60_000);
        s.startHandshake();
        attach(s);
    }

    /** True once the server has closed the connection (reads end of stream). */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
