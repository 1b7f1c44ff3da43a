package org.parley.pop3.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.testing.TestTls;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

/** Jakarta Mail's POP3 provider (Angus), a client nobody here wrote, against the real server. */
class AngusPop3ClientTest extends Pop3ServerTestBase {
    private static final String FIRST = Pop3TestServer.message("first from angus", "hello", ".dot line", "bye");
    private static final String SECOND = Pop3TestServer.message("second from angus", "more");
    private long uid1;
    private long uid2;

    @BeforeEach
    void mail() {
        uid1 = server.deliver(server.alice, FIRST);
        uid2 = server.deliver(server.alice, SECOND);
    }

    private static Properties props(String protocol) {
        Properties p = new Properties();
        p.put("mail." + protocol + ".host", "127.0.0.1");
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "10000");
        return p;
    }

    private static Properties trusting(Properties p, String protocol) {
        p.put("mail." + protocol + ".ssl.socketFactory", TestTls.trustingClientContext().getSocketFactory());
        p.put("mail." + protocol + ".ssl.checkserveridentity", "false");
        return p;
    }

    private Store open(Properties p, String protocol, int port, String user, String password) throws Exception {
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect("127.0.0.1", port, user, password);
        return store;
    }

    /** Reads every message, checks their content and UIDL, deletes the first, closes with expunge. */
    private void readAndDeleteFirst(Store store) throws Exception {
        POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        assertThat(inbox.getMessageCount()).isEqualTo(2);
        Message[] messages = inbox.getMessages();
        List<String> subjects = new ArrayList<>();
        for (Message m : messages) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).containsExactly("first from angus", "second from angus");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        messages[0].writeTo(raw);
        assertThat(raw.toString(StandardCharsets.UTF_8)).isEqualTo(FIRST);
        assertThat(((String) messages[1].getContent()).strip()).isEqualTo("more");
        assertThat(inbox.getUID(messages[0])).endsWith("." + uid1);
        assertThat(inbox.getUID(messages[1])).endsWith("." + uid2);
        messages[0].setFlag(Flags.Flag.DELETED, true);
        inbox.close(true);
        store.close();
        assertThat(server.inboxUids(server.alice)).containsExactly(uid2);
    }

    @Test
    void plainPortWithTheClientsDefaults() throws Exception {
        // Angus's first mechanism, "LOGIN", is USER/PASS in its POP3 provider
        readAndDeleteFirst(open(props("pop3"), "pop3", server.port(), "alice", Pop3TestServer.ALICE_PASSWORD));
    }

    @Test
    void plainPortWithSaslPlain() throws Exception {
        Properties p = props("pop3");
        p.put("mail.pop3.auth.mechanisms", "PLAIN");
        readAndDeleteFirst(open(p, "pop3", server.port(), "alice", Pop3TestServer.ALICE_PASSWORD));
    }

    @Test
    void implicitTls() throws Exception {
        readAndDeleteFirst(open(trusting(props("pop3s"), "pop3s"), "pop3s", server.tlsPort(), "alice",
                Pop3TestServer.ALICE_PASSWORD));
    }

    @Test
    void stlsWhenClearTextNeedsTls() throws Exception {
        server.close();
        server = Pop3TestServer.start(dir.resolve("untrusted"), config().withTrustLoopback(false), throttle());
        uid1 = server.deliver(server.alice, FIRST);
        uid2 = server.deliver(server.alice, SECOND);

        // without STLS the client finds no way to send its password
        assertThatThrownBy(() -> open(props("pop3"), "pop3", server.port(), "alice", Pop3TestServer.ALICE_PASSWORD))
                .isInstanceOf(AuthenticationFailedException.class);

        Properties p = trusting(props("pop3"), "pop3");
        p.put("mail.pop3.starttls.enable", "true");
        p.put("mail.pop3.starttls.required", "true");
        readAndDeleteFirst(open(p, "pop3", server.port(), "alice", Pop3TestServer.ALICE_PASSWORD));
    }

    @Test
    void apopForAReversiblePassword() throws Exception {
        // loopback untrusted: USER/PASS would be refused, so only APOP can succeed here
        server.close();
        server = Pop3TestServer.start(dir.resolve("untrusted"), config().withTrustLoopback(false), throttle());
        long uid = server.deliver(server.bob, SECOND);
        Properties p = props("pop3");
        p.put("mail.pop3.apop.enable", "true");
        p.put("mail.pop3.disablecapa", "true");
        Store store = open(p, "pop3", server.port(), "bob", Pop3TestServer.BOB_PASSWORD);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessage(1).getSubject()).isEqualTo("second from angus");
        inbox.close(false);
        store.close();
        assertThat(server.inboxUids(server.bob)).containsExactly(uid);
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        assertThatThrownBy(() -> open(props("pop3"), "pop3", server.port(), "alice", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
