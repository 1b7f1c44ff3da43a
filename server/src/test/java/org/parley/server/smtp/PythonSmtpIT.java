package org.parley.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code server/src/test/python/smtp/test_smtp.py} against the packaged server: Python's smtplib
 * through ports 25, 587, 465 and LMTP, raw sockets for hostile input, then imaplib reading what
 * reached Bob's INBOX.
 */
class PythonSmtpIT {
    @TempDir Path dir;

    @Test
    void smtplibAgainstEveryListener() throws Exception {
        Path script = Path.of(System.getProperty("parley.root", ".."), "server", "src", "test", "python", "smtp",
                "test_smtp.py");
        assertThat(script).exists();
        Assumptions.assumeTrue(python() != null, "python3 is not installed");
        try (MailServer server = MailServer.start(dir)) {
            ProcessBuilder pb = new ProcessBuilder(python(), script.toString()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("PARLEY_SMTP", Integer.toString(server.port("smtp")));
            env.put("PARLEY_SUBMISSION", Integer.toString(server.port("submission")));
            env.put("PARLEY_SMTPS", Integer.toString(server.port("smtps")));
            env.put("PARLEY_LMTP", Integer.toString(server.port("lmtp")));
            env.put("PARLEY_IMAPS", Integer.toString(server.port("imaps")));
            env.put("PARLEY_DOMAIN", MailServer.DOMAIN);
            env.put("PARLEY_ALICE", MailServer.ALICE);
            env.put("PARLEY_ALICE_PASSWORD", MailServer.ALICE_PASSWORD);
            env.put("PARLEY_BOB", MailServer.BOB);
            env.put("PARLEY_BOB_PASSWORD", MailServer.BOB_PASSWORD);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("OK").contains("test_every_delivered_message_has_trace_and_identity_fields");

            // the script's Inbox test read the messages back with imaplib; check their number once more
            List<String> inbox = server.inbox(MailServer.BOB, MailServer.BOB_PASSWORD);
            assertThat(inbox).hasSize(5).allSatisfy(m -> assertThat(m).startsWith("Return-Path: <"));
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }
}
