package org.parley.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients nobody here wrote — Jakarta Mail (Angus) and swaks — send through port 25, 587
 * (STARTTLS + AUTH) and 465 (implicit TLS + AUTH) of the packaged server; the messages end up in
 * the recipient's INBOX with Return-Path, Received, Message-ID and Date.
 */
class SmtpClientsIT {
    @TempDir Path dir;

    private static MimeMessage message(Session session, String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MailServer.BOB));
        m.setSubject(subject);
        m.setText("Hello Bob.\n.a line starting with a dot\n");
        return m;
    }

    @Test
    void angusAndSwaksDeliverThroughEveryPortIntoTheInbox() throws Exception {
        List<String> subjects = new ArrayList<>();
        try (MailServer server = MailServer.start(dir)) {
            Properties mx = new Properties();
            mx.put("mail.smtp.host", "127.0.0.1");
            mx.put("mail.smtp.port", Integer.toString(server.port("smtp")));
            mx.put("mail.smtp.localhost", "client.example");
            Transport.send(message(Session.getInstance(mx), "carol@remote.example", "angus 25"));
            subjects.add("angus 25");

            Properties submission = new Properties();
            submission.put("mail.smtp.host", "127.0.0.1");
            submission.put("mail.smtp.port", Integer.toString(server.port("submission")));
            submission.put("mail.smtp.auth", "true");
            submission.put("mail.smtp.starttls.enable", "true");
            submission.put("mail.smtp.starttls.required", "true");
            submission.put("mail.smtp.ssl.trust", "*");
            Transport.send(message(Session.getInstance(submission), MailServer.ALICE, "angus 587"), MailServer.ALICE,
                    MailServer.ALICE_PASSWORD);
            subjects.add("angus 587");

            Properties smtps = new Properties();
            smtps.put("mail.smtps.host", "127.0.0.1");
            smtps.put("mail.smtps.port", Integer.toString(server.port("smtps")));
            smtps.put("mail.smtps.auth", "true");
            smtps.put("mail.smtps.ssl.trust", "*");
            Session tlsSession = Session.getInstance(smtps);
            try (Transport t = tlsSession.getTransport("smtps")) {
                t.connect("alice", MailServer.ALICE_PASSWORD);
                MimeMessage m = message(tlsSession, "alice.alias@" + MailServer.DOMAIN, "angus 465");
                t.sendMessage(m, m.getAllRecipients());
            }
            subjects.add("angus 465");

            if (Swaks.available()) {
                Swaks.run("--server", "127.0.0.1:" + server.port("smtp"), "--ehlo", "client.example",
                        "--from", "carol@remote.example", "--to", MailServer.BOB, "--header", "Subject: swaks 25");
                subjects.add("swaks 25");
                if (Swaks.tlsAvailable()) {
                    Swaks.run("--server", "127.0.0.1:" + server.port("submission"), "-tls", "--auth", "LOGIN",
                            "--auth-user", MailServer.ALICE, "--auth-password", MailServer.ALICE_PASSWORD,
                            "--from", MailServer.ALICE, "--to", MailServer.BOB, "--header", "Subject: swaks 587");
                    subjects.add("swaks 587");
                    Swaks.run("--server", "127.0.0.1:" + server.port("smtps"), "--tlsc", "--auth", "PLAIN",
                            "--auth-user", MailServer.ALICE, "--auth-password", MailServer.ALICE_PASSWORD,
                            "--from", MailServer.ALICE, "--to", MailServer.BOB, "--header", "Subject: swaks 465");
                    subjects.add("swaks 465");
                }
            }

            List<String> inbox = server.inbox(MailServer.BOB, MailServer.BOB_PASSWORD);
            assertThat(inbox).hasSize(subjects.size());
            for (int i = 0; i < subjects.size(); i++) {
                String m = inbox.get(i);
                String subject = subjects.get(i);
                assertThat(m).as(subject).contains("Subject: " + subject);
                assertThat(m).as(subject).startsWith("Return-Path: <");
                assertThat(m).as(subject).containsPattern("(?m)^Received: from \\S+ \\(\\[127\\.0\\.0\\.1\\]\\)\r\n");
                assertThat(m).as(subject).containsPattern("(?m)^\tfor <" + MailServer.BOB + ">;\r\n");
                assertThat(m).as(subject).containsPattern("(?im)^Message-ID: <[^>]+>\r\n");
                assertThat(m).as(subject).containsPattern("(?m)^Date: .+\r\n");
                String with = subject.endsWith("25") ? "ESMTP" : "ESMTPSA";
                assertThat(m).as(subject).containsPattern("\tby " + MailServer.DOMAIN.replace(".", "\\.")
                        + " \\(Parley\\) with " + with + " id \\w+\r\n");
            }
            assertThat(inbox.get(0)).startsWith("Return-Path: <carol@remote.example>\r\n")
                    .contains("\r\n.a line starting with a dot\r\n");
            assertThat(inbox.get(2)).startsWith("Return-Path: <alice.alias@" + MailServer.DOMAIN + ">\r\n")
                    .containsPattern("\r\n\t\\(TLSv1\\.[23] TLS_\\w+\\)\r\n");
        }
    }

    /** swaks from Debian's packages, when installed (bin/test-packages.txt). */
    static final class Swaks {
        static boolean available() {
            return run(List.of("swaks", "--version")).exit == 0;
        }

        /** swaks needs Net::SSLeay for STARTTLS and --tlsc. */
        static boolean tlsAvailable() {
            return run(List.of("swaks", "--support")).output.matches("(?s).*STARTTLS supported.*");
        }

        static void run(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of("swaks", "--timeout", "60"));
            cmd.addAll(List.of(args));
            Result r = run(cmd);
            if (r.exit != 0) {
                throw new IOException("swaks failed (" + r.exit + "):\n" + r.output);
            }
        }

        record Result(int exit, String output) {}

        static Result run(List<String> cmd) {
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(-1, "timeout");
                }
                return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Result(-1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(-1, "interrupted");
            }
        }
    }
}
