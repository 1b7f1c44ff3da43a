package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A client nobody here wrote: Jakarta Mail (Angus) over port-25, STARTTLS+AUTH and implicit-TLS listeners. */
class JakartaMailClientTest extends SessionTestBase {

    private static MimeMessage message(Session session, String from, String to, String subject) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject);
        m.setText("Sent by Angus.\n.leading dot\n");
        return m;
    }

    @Test
    void plainSmtpToALocalRecipient() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(fixture.port(SmtpFlavour.MX)));
        p.put("mail.smtp.localhost", "client.example");
        Session session = Session.getInstance(p);
        Transport.send(message(session, "carol@remote.example", "bob@example.test", "angus mx"));
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.text()).contains("Subject: angus mx").contains("\r\n.leading dot\r\n")
                .startsWith("Received: from client.example ([127.0.0.1])");
    }

    @Test
    void relayIsRefusedWithoutAuthentication() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(fixture.port(SmtpFlavour.MX)));
        Session session = Session.getInstance(p);
        assertThatThrownBy(() -> Transport.send(message(session, "carol@remote.example", "victim@other.example", "x")))
                .isInstanceOf(SendFailedException.class)
                .hasStackTraceContaining("5.7.1");
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void submissionWithStartTlsAndAuth() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(fixture.port(SmtpFlavour.SUBMISSION)));
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.trust", "*");
        Session session = Session.getInstance(p);
        Transport.send(message(session, SmtpFixture.ALICE, "friend@other.example", "angus 587"), SmtpFixture.ALICE,
                SmtpFixture.ALICE_PASSWORD);
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.context().protocol()).isEqualTo("ESMTPSA");
        assertThat(m.context().authenticated().principal()).isEqualTo(SmtpFixture.ALICE);
        assertThat(m.text()).contains("Message-ID: <").contains("Date: ");
    }

    @Test
    void submissionOverImplicitTls() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.SUBMISSION), true);
        Properties p = new Properties();
        p.put("mail.smtps.host", "127.0.0.1");
        p.put("mail.smtps.port", Integer.toString(port));
        p.put("mail.smtps.auth", "true");
        p.put("mail.smtps.ssl.trust", "*");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtps")) {
            t.connect(SmtpFixture.BOB, SmtpFixture.BOB_PASSWORD);
            MimeMessage m = message(session, SmtpFixture.BOB, "alice@example.test", "angus 465");
            t.sendMessage(m, m.getAllRecipients());
        }
        assertThat(fixture.delivery.next().context().protocol()).isEqualTo("ESMTPSA");
    }
}
