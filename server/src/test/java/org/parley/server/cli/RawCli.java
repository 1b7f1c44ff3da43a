package org.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.parley.core.format.CgpParser;
import org.parley.core.format.CgpSyntaxException;
import org.parley.core.io.LineReader;

/**
 * The CLI spoken over a plain socket, the way scripts do: LF-terminated lines out, INLINE on, one
 * status line back per command. Data is parsed with the object-format parser only.
 */
final class RawCli implements AutoCloseable {
    private final Socket socket;
    private final LineReader in;
    private final OutputStream out;
    private final String greeting;

    private RawCli(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        in = new LineReader(socket.getInputStream());
        out = socket.getOutputStream();
        greeting = readLine();
    }

    /** Connects, logs in with USER/PASS and switches to INLINE. */
    static RawCli login(int port, String user, String password) throws IOException {
        RawCli c = new RawCli(port);
        assertThat(c.greeting).matches("200 \\S+ Parley CLI \\S+ ready <\\d+\\.\\d+@\\S+>");
        assertThat(c.send("USER " + user)).isEqualTo("300 please send the PASS");
        assertThat(c.send("PASS " + password)).isEqualTo("200 login OK");
        assertThat(c.send("INLINE")).isEqualTo("200 OK");
        return c;
    }

    /** Sends one line and returns the one status line that answers it. */
    String send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return readLine();
    }

    void ok(String line) throws IOException {
        assertThat(send(line)).as(line).isEqualTo("200 OK");
    }

    Object data(String line) throws IOException, CgpSyntaxException {
        String reply = send(line);
        assertThat(reply).as(line).startsWith("201 ");
        return CgpParser.parse(reply.substring(4));
    }

    private String readLine() throws IOException {
        byte[] raw = in.readLine(16 * 1024 * 1024);
        assertThat(raw).as("a reply line").isNotNull();
        assertThat(in.lastLineEnding()).isEqualTo(LineReader.LineEnding.CRLF);
        return new String(raw, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            out.write("QUIT\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException ignored) {
            // the server may be gone (kill -9 tests)
        }
        socket.close();
    }
}
