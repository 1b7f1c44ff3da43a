package org.parley.server.smtp;

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

/** SMTP over a plain socket with exactly the bytes a test gives: for probes no polite client would send. */
final class RawSmtp implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private SmtpReplyReader replies;
    final SmtpReply greeting;

    RawSmtp(int port) throws IOException {
        attach(new Socket(InetAddress.getLoopbackAddress(), port));
        greeting = read();
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(s.getInputStream());
        out = s.getOutputStream();
        replies = new SmtpReplyReader(in);
    }

    SmtpReply read() throws IOException {
        return replies.read();
    }

    List<SmtpReply> read(int n) throws IOException {
        List<SmtpReply> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(read());
        }
        return list;
    }

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

    /** STARTTLS and the handshake (any certificate accepted). */
    void startTls() throws IOException {
        SmtpReply r = command("STARTTLS");
        if (r.code() != 220) {
            throw new IOException("STARTTLS refused: " + r);
        }
        SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        s.startHandshake();
        attach(s);
    }

    /** DATA, the content, the terminator: the final reply. */
    SmtpReply data(String content) throws IOException {
        SmtpReply r = command("DATA");
        if (r.code() != 354) {
            return r;
        }
        send(content + ".\r\n");
        return read();
    }

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
