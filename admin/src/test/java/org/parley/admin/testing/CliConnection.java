package org.parley.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.parley.admin.codec.CliResponse;
import org.parley.admin.codec.ResponseReader;
import org.parley.core.io.LineReader;

/**
 * A raw test connection: sends lines (LF-terminated, as CLI clients do) or arbitrary bytes, and
 * reads either raw lines (to check the exact wire form) or parsed responses.
 */
public final class CliConnection implements AutoCloseable {
    private Socket socket;
    private LineReader in;
    private ResponseReader responses;
    private OutputStream out;
    private String greeting;

    private CliConnection(Socket socket) throws IOException {
        attach(socket);
    }

    static CliConnection open(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(20_000);
        CliConnection c = new CliConnection(s);
        c.greeting = c.readLine();
        return c;
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = new LineReader(s.getInputStream());
        responses = new ResponseReader(in);
        out = s.getOutputStream();
    }

    /** The greeting line as received. */
    public String greeting() {
        return greeting;
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void send(String line) throws IOException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** One raw line without its terminator, checking that the server ended it with CRLF; null at EOF. */
    public String readLine() throws IOException {
        byte[] line = in.readLine(64 * 1024 * 1024);
        if (line == null) {
            return null;
        }
        assertThat(in.lastLineEnding()).as("server line ending").isEqualTo(LineReader.LineEnding.CRLF);
        return new String(line, StandardCharsets.UTF_8);
    }

    public CliResponse read() throws IOException {
        return responses.read();
    }

    /** Sends a line and reads its parsed response. */
    public CliResponse call(String line) throws IOException {
        send(line);
        return read();
    }

    /** Sends a line and asserts the status code. */
    public CliResponse expect(String line, int code) throws IOException {
        CliResponse r = call(line);
        assertThat(r.code()).as(line + " -> " + r.code() + " " + r.text()).isEqualTo(code);
        return r;
    }

    /** Sends a line, asserts success and returns the data (null for OK). */
    public Object data(String line) throws IOException {
        CliResponse r = call(line);
        assertThat(r.isSuccess()).as(line + " -> " + r.code() + " " + r.text()).isTrue();
        return r.data();
    }

    /** Sends a line and asserts {@code 200 OK}. */
    public void ok(String line) throws IOException {
        CliResponse r = expect(line, 200);
        assertThat(r.data()).as(line).isNull();
    }

    /** Upgrades to TLS after the server said yes to STLS. */
    public void handshake(SSLContext context) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, "localhost", socket.getPort(), true);
        tls.setUseClientMode(true);
        tls.startHandshake();
        attach(tls);
    }

    /** True once the server has closed the connection (reads until EOF). */
    public boolean closedByServer() throws IOException {
        return in.read() < 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
