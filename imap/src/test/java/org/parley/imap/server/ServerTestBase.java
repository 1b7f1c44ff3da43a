package org.parley.imap.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the session tests: one in-process server per test class with accounts {@code alice}
 * and {@code bob}; test messages from {@code src/test/resources/session}.
 */
public abstract class ServerTestBase {
    public static final String ALICE_PW = "alice-pw-1";
    public static final String BOB_PW = "bob-pw-1";

    @TempDir
    protected static Path dir;
    protected static ImapTestServer server;
    protected static long alice;
    protected static long bob;

    @BeforeAll
    static void startServer() throws Exception {
        server = ImapTestServer.start(dir);
        alice = server.createAccount("alice", ALICE_PW);
        bob = server.createAccount("bob", BOB_PW);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    protected static ImapTestClient alice() throws Exception {
        return server.login("alice", ALICE_PW);
    }

    protected static ImapTestClient bob() throws Exception {
        return server.login("bob", BOB_PW);
    }

    /** A message from the test resources, with CRLF line ends. */
    public static String message(String name) {
        try (InputStream in = ServerTestBase.class.getResourceAsStream("/session/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small message with the given subject. */
    public static String simple(String subject) {
        return "From: a@example.test\r\nTo: b@example.test\r\nSubject: " + subject + "\r\n\r\nbody of " + subject + "\r\n";
    }
}
