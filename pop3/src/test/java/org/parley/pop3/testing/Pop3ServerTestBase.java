package org.parley.pop3.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.pop3.session.Pop3Config;

/** A fresh {@link Pop3TestServer} per test; subclasses may change its configuration. */
public abstract class Pop3ServerTestBase {
    @TempDir
    protected Path dir;
    protected Pop3TestServer server;

    protected Pop3Config config() {
        return Pop3Config.defaults(Pop3TestServer.DOMAIN);
    }

    protected ThrottlePolicy throttle() {
        return ThrottlePolicy.DEFAULT;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = Pop3TestServer.start(dir, config(), throttle());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected Pop3Client connect() throws IOException {
        Pop3Client c = Pop3Client.connect(server.port());
        assertThat(c.greeting()).startsWith("+OK");
        return c;
    }

    protected Pop3Client connectTls() throws IOException {
        Pop3Client c = Pop3Client.connectTls(server.tlsPort());
        assertThat(c.greeting()).startsWith("+OK");
        return c;
    }

    /** USER/PASS that must succeed; returns the +OK line. */
    protected static String login(Pop3Client c, String user, String password) throws IOException {
        assertThat(c.send("USER " + user)).startsWith("+OK");
        String reply = c.send("PASS " + password);
        assertThat(reply).startsWith("+OK");
        return reply;
    }

    protected Pop3Client loggedIn(String user, String password) throws IOException {
        Pop3Client c = connect();
        login(c, user, password);
        return c;
    }
}
