package org.parley.server.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.parley.admin.client.AdminClient;
import org.parley.server.testing.ParleyProcess;

/**
 * The packaged server in its own process with two accounts made through the CLI on port 106:
 * {@code alice@example.test} (alias {@code alice.alias}) and {@code bob@example.test}. ClientIPs
 * and LANIPs stay empty, so 127.0.0.1 may not relay: these tests run on loopback and loopback is
 * not special.
 */
final class MailServer implements AutoCloseable {
    static final String DOMAIN = ParleyProcess.DOMAIN;
    static final String ALICE = "alice@" + DOMAIN;
    static final String ALICE_PASSWORD = "alice-secret-1";
    static final String BOB = "bob@" + DOMAIN;
    static final String BOB_PASSWORD = "bob-secret-1";

    final ParleyProcess process;

    private MailServer(ParleyProcess process) {
        this.process = process;
    }

    static MailServer start(Path dir) throws Exception {
        MailServer s = new MailServer(ParleyProcess.start(dir.resolve("data")));
        s.cli("CREATEACCOUNT " + ALICE + " {Password=\"" + ALICE_PASSWORD + "\";}");
        s.cli("SETACCOUNTALIASES " + ALICE + " (\"alice.alias\")");
        s.cli("CREATEACCOUNT " + BOB + " {Password=\"" + BOB_PASSWORD + "\";}");
        return s;
    }

    int port(String listener) {
        return process.port(listener);
    }

    /** One CLI command as postmaster; returns its data (null for plain OK). */
    Object cli(String command) throws IOException {
        try (AdminClient c = AdminClient.connect("127.0.0.1", process.port("cli"), Duration.ofSeconds(30))) {
            c.login("postmaster", ParleyProcess.POSTMASTER_PASSWORD);
            c.inline();
            Object result = c.execute(command);
            c.quit();
            return result;
        }
    }

    /**
     * The raw messages in an account's INBOX, oldest first, read over IMAPS with Jakarta Mail
     * (another client nobody here wrote).
     */
    List<String> inbox(String account, String password) throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.host", "127.0.0.1");
        p.put("mail.imaps.port", Integer.toString(port("imaps")));
        p.put("mail.imaps.ssl.trust", "*");
        Store store = Session.getInstance(p).getStore("imaps");
        store.connect(account, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> out = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                out.add(raw.toString(StandardCharsets.UTF_8));
            }
            inbox.close(false);
            return out;
        } finally {
            store.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
