package org.parley.server.delivery;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.parley.admin.client.AdminClient;
import org.parley.server.testing.ParleyProcess;

/** Clients nobody here wrote (Eclipse Angus / Jakarta Mail for SMTP and POP3) and the CLI, for the black-box tests. */
final class MailClients {
    private MailClients() {}

    /** The SMTP listener arrives with the SMTP server work; without it these tests cannot run. */
    static void requireSmtp(ParleyProcess server) {
        Assumptions.assumeTrue(server.output().contains("  smtp "),
                "the packaged server has no SMTP listener yet (it comes with the smtpserver branch)");
    }

    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.pop3.connectiontimeout", "10000");
        p.put("mail.pop3.timeout", "30000");
        return Session.getInstance(p);
    }

    /** One message over a new SMTP connection; returns normally only after the server's 250. */
    static void send(int port, String from, List<String> to, String messageId, String subject) throws MessagingException {
        Session s = session();
        MimeMessage m = new MimeMessage(s) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        List<Address> rcpts = new ArrayList<>();
        for (String t : to) {
            rcpts.add(new InternetAddress(t));
        }
        m.setRecipients(Message.RecipientType.TO, rcpts.toArray(Address[]::new));
        m.setSubject(subject);
        m.setText("body of " + messageId + "\r\n");
        try (Transport t = s.getTransport("smtp")) {
            t.connect("127.0.0.1", port, null, null);
            m.saveChanges();
            t.sendMessage(m, rcpts.toArray(Address[]::new));
        }
    }

    /** The Message-IDs in an account's INBOX, read over POP3. */
    static List<String> inbox(int pop3Port, String user, String password) throws MessagingException {
        Store store = session().getStore("pop3");
        store.connect("127.0.0.1", pop3Port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                String[] h = m.getHeader("Message-ID");
                ids.add(h == null ? "" : h[0]);
            }
            inbox.close(false);
            return ids;
        } finally {
            store.close();
        }
    }

    static AdminClient cli(ParleyProcess server) throws IOException {
        AdminClient c = AdminClient.connect("127.0.0.1", server.port("cli"), Duration.ofSeconds(30));
        c.login("postmaster", ParleyProcess.POSTMASTER_PASSWORD);
        c.inline();
        return c;
    }
}
