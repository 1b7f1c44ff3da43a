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

/** A raw SMTP client for session tests: writes exactly the bytes a test gives, reads replies with the codec. */
final class SmtpClient implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private SmtpReplyReader replies;

    private SmtpClient(Socket socket) throws IOException {
        attach(socket);
    }

    /** Connects without reading the greeting. */
    static SmtpClient connectRaw(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(20_000);
        return new SmtpClient(s);
    }

    /** Connects and checks the 220 greeting. */
    static SmtpClient connect(int port) throws IOException {
        SmtpClient c = connectRaw(port);
        SmtpReply greeting = c.read();
        if (greeting.code() != 220) {
            throw new IOException("unexpected greeting " + greeting);
        }
        return c;
    }

    /** Connects with implicit TLS (port 465 style) and reads the greeting. */
    static SmtpClient connectTls(int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(plain, "localhost", port, true);
        s.setSoTimeout(20_000);
        s.startHandshake();
        SmtpClient c = new SmtpClient(s);
        SmtpReply greeting = c.read();
        if (greeting.code() != 220) {
            throw new IOException("unexpected greeting " + greeting);
        }
        return c;
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = new BufferedInputStream(s.getInputStream());
        out = s.getOutputStream();
        replies = new SmtpReplyReader(in);
    }

    SmtpReply read() throws IOException {
        return replies.read();
    }

    /** Sends one command line (CRLF added) and reads its reply. */
    SmtpReply command(String line) throws IOException {
        send(line + "\r\n");
        return read();
    }

    void send(String raw) throws IOException {
        sendBytes(raw.getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(byte[] raw) throws IOException {
        out.write(raw);
        out.flush();
    }

    /** Reads {@code n} replies (after a pipelined batch). */
    List<SmtpReply> read(int n) throws IOException {
        List<SmtpReply> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(read());
        }
        return list;
    }

    /** EHLO, then a simple transaction with DATA; returns the final reply. */
    SmtpReply sendMail(String from, String to, String message) throws IOException {
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
    SmtpReply sendMailData(String message) throws IOException {
        SmtpReply r = command("DATA");
        if (r.code() != 354) {
            return r;
        }
        send(message + ".\r\n");
        return read();
    }

    /** Upgrades to TLS after the server's 220 to STARTTLS. */
    void startTls() throws IOException {
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        s.setSoTimeout(20_000);
        s.startHandshake();
        attach(s);
    }

    /** True once the server has closed the connection (reads end of stream). */
    boolean closedByServer() throws IOException {
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
