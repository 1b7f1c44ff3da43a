package org.parley.server.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.BootstrapConfig;
import org.parley.core.config.StandardPorts;
import org.parley.core.config.StoreKind;
import org.parley.directory.password.PasswordParameters;
import org.parley.server.ParleyServer;
import org.parley.server.testing.ParleyProcess;
import org.parley.store.mail.DeliveryTarget;
import org.parley.store.mail.MailSession;

/**
 * The packaged server driven by Python's standard {@code poplib} (server/src/test/python/pop3/):
 * STLS, USER/PASS, APOP, STAT/LIST/UIDL/RETR/TOP/DELE/RSET/NOOP/QUIT, POP3_SSL on the implicit-TLS
 * port, an over-long line and commands in the wrong state. Skipped where python3 is missing.
 *
 * <p>The account and its messages are put in the data directory by an in-process server before
 * the packaged one starts on it (no other way to file mail exists yet); afterwards the data
 * directory is opened again to see that QUIT's deletion was durable.
 */
class Pop3PoplibIT {
    private static final String USER = "pat";
    private static final String PASSWORD = "pat-secret-9";

    @TempDir
    Path dir;

    @Test
    void poplibAgainstThePackagedServer() throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not installed");
        Path data = dir.resolve("data");
        System.setProperty("parley.logDir", dir.resolve("prep-logs").toString());
        System.setProperty("parley.logLevel", "WARN");
        prepare(data);

        Path script = Path.of(System.getProperty("parley.root", "."), "server/src/test/python/pop3/poplib_client.py");
        assertThat(script).exists();
        try (ParleyProcess server = ParleyProcess.start(data)) {
            Process python = new ProcessBuilder(List.of("python3", script.toString(), "127.0.0.1",
                    Integer.toString(server.port("pop3")), Integer.toString(server.port("pop3s")), USER, PASSWORD, USER, PASSWORD))
                    .redirectErrorStream(true).start();
            assertThat(python.waitFor(120, TimeUnit.SECONDS)).as("poplib script finished").isTrue();
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.exitValue()).as(out + "\nserver:\n" + server.output()).isZero();
            assertThat(out).contains("ok: CAPA after STLS", "ok: UIDL stable across sessions", "ok: APOP login",
                    "poplib: all checks passed");
            assertThat(server.terminate()).isZero();
        }

        ParleyServer again = inProcess(data);
        try {
            again.start(null);
            MailSession s = again.mailStore().session(again.directory().findAccount(USER).id());
            assertThat(s.snapshot(s.open("INBOX")).exists()).as("QUIT's deletion is durable").isEqualTo(2);
        } finally {
            again.stop(Duration.ofSeconds(1));
        }
    }

    /** Creates the account (reversible password, for APOP) and its three messages. */
    private static void prepare(Path data) throws Exception {
        ParleyServer prep = inProcess(data);
        try {
            prep.start(ParleyProcess.POSTMASTER_PASSWORD);
            long id = prep.directory().createAccount(USER, Map.of("Password", PASSWORD, "PasswordEncryption", "clear")).id();
            for (String m : List.of(message("poplib one", "first body"), message("poplib two", "before", ".dot line", "after"),
                    message("poplib three", "third body", "more"))) {
                assertThat(prep.mailStore().deliver(m.getBytes(StandardCharsets.UTF_8), List.of(new DeliveryTarget(id)), null)
                        .getFirst().delivered()).isTrue();
            }
        } finally {
            prep.stop(Duration.ofSeconds(1));
        }
    }

    /** A server on the data directory with every listener on a free port (nothing here connects to it). */
    private static ParleyServer inProcess(Path data) {
        Map<String, Integer> anyPort = new HashMap<>();
        StandardPorts.all().keySet().forEach(name -> anyPort.put(name, 0));
        BootstrapConfig config = new BootstrapConfig(data, ParleyProcess.DOMAIN, InetAddress.getLoopbackAddress(), 0, anyPort,
                StoreKind.SQLITE, null, null, null, "WARN");
        return new ParleyServer(config, Clock.systemUTC(), PasswordParameters.fastForTests());
    }

    private static String message(String subject, String... body) {
        return "From: Sender <sender@example.net>\r\nTo: " + USER + "@" + ParleyProcess.DOMAIN + "\r\nSubject: " + subject
                + "\r\n\r\n" + String.join("\r\n", body) + "\r\n";
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import poplib, ssl").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
