package org.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.client.AdminClient;
import org.parley.admin.codec.CliCodes;
import org.parley.core.config.BootstrapConfig;
import org.parley.core.config.StandardPorts;
import org.parley.core.config.StoreKind;
import org.parley.directory.password.PasswordParameters;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.server.ParleyServer;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailboxHandle;

/**
 * The routing, relay-list and queue verbs of the CLI against the composition root in-process (the
 * real Router over the directory, the real queue and runner), through the product's own
 * {@link AdminClient}.
 */
class MailCliTest {
    static final String DOMAIN = "example.test";
    static final String PASSWORD = "pm-secret-1";

    @TempDir Path dir;
    ParleyServer server;
    AdminClient cli;

    @BeforeEach
    void start() throws Exception {
        server = startServer();
        cli = login("postmaster", PASSWORD);
    }

    private ParleyServer startServer() throws Exception {
        Map<String, Integer> ports = new HashMap<>();
        StandardPorts.all().keySet().forEach(k -> ports.put(k, 0));
        BootstrapConfig config = new BootstrapConfig(dir.resolve("data"), DOMAIN, InetAddress.getLoopbackAddress(), 0,
                ports, StoreKind.SQLITE, null, null, null, "INFO");
        ParleyServer s = new ParleyServer(config, java.time.Clock.systemUTC(), PasswordParameters.fastForTests());
        cliPort = s.start(PASSWORD).ports().get("cli");
        return s;
    }

    int cliPort;

    private AdminClient login(String user, String password) throws IOException {
        AdminClient c = AdminClient.connect("127.0.0.1", cliPort, Duration.ofSeconds(30));
        c.login(user, password);
        c.inline();
        return c;
    }

    @AfterEach
    void stop() throws IOException {
        cli.close();
        server.stop(Duration.ofSeconds(5));
    }

    @Test
    void routerTableIsValidatedStoredAndUsed() throws Exception {
        assertThat(cli.execute("GETROUTERTABLE")).isEqualTo("");
        cli.execute("SETROUTERTABLE \"; partners\\e<*@old.test> = *@" + DOMAIN + "\\epartner.test = [192.0.2.9]:2525\"");
        assertThat(cli.execute("GETROUTERTABLE")).isEqualTo("; partners\n<*@old.test> = *@" + DOMAIN
                + "\npartner.test = [192.0.2.9]:2525");
        assertThat(cli.execute("ROUTE postmaster@old.test mail")).isEqualTo(List.of("LOCAL", "postmaster@" + DOMAIN, "postmaster"));
        assertThat(cli.execute("ROUTE bob@partner.test mail")).isEqualTo(List.of("SMTP", "192.0.2.9:2525", "bob@[192.0.2.9]"));

        var bad = cli.send("SETROUTERTABLE \"ok.test = x.test\\e<broken = y\"");
        assertThat(bad.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(bad.text()).contains("line 2");
        assertThat(cli.execute("GETROUTERTABLE")).asString().contains("partner.test");

        // stored: a restart installs it again
        cli.close();
        server.stop(Duration.ofSeconds(5));
        server = startServer();
        cli = login("postmaster", PASSWORD);
        assertThat(cli.execute("ROUTE bob@partner.test mail")).isEqualTo(List.of("SMTP", "192.0.2.9:2525", "bob@[192.0.2.9]"));
    }

    @Test
    void routeAnswersFromTheDirectory() throws Exception {
        cli.execute("CREATEACCOUNT alice");
        cli.execute("SETACCOUNTALIASES alice (ally)");
        cli.execute("CREATEFORWARDER info TO alice@elsewhere.test");
        cli.execute("CREATEGROUP staff {Members=(alice, \"bob@far.test\");}");
        cli.execute("SETDOMAINALIASES " + DOMAIN + " (example.net)");

        assertThat(cli.execute("ROUTE ally@example.net mail")).isEqualTo(List.of("LOCAL", "alice@" + DOMAIN, "ally"));
        assertThat(cli.execute("ROUTE alice")).isEqualTo(List.of("LOCAL", "alice@" + DOMAIN, "alice"));
        assertThat(cli.execute("ROUTE info@" + DOMAIN + " mail")).isEqualTo(List.of("FORWARD", "info@" + DOMAIN,
                "alice@elsewhere.test"));
        assertThat(cli.execute("ROUTE staff@" + DOMAIN + " mail")).isEqualTo(List.of("GROUP", "staff@" + DOMAIN,
                "alice,bob@far.test"));
        assertThat(cli.execute("ROUTE someone@far.test mail")).isEqualTo(List.of("SMTP", "far.test", "someone@far.test"));
        assertThat(cli.execute("ROUTE nobody@" + DOMAIN + " mail")).asList().startsWith("SYSTEM", "ERROR");
        // the server's own address literal is local
        assertThat(cli.execute("ROUTE \"postmaster@[127.0.0.1]\" mail")).isEqualTo(List.of("LOCAL", "postmaster@" + DOMAIN,
                "postmaster"));

        cli.execute("UPDATEDOMAINSETTINGS " + DOMAIN + " {MailToUnknown=\"Rerouted to\"; MailRerouteAddress=alice;}");
        assertThat(cli.execute("ROUTE nobody@" + DOMAIN + " mail")).isEqualTo(List.of("LOCAL", "alice@" + DOMAIN, "alice"));
        cli.execute("UPDATEDOMAINSETTINGS " + DOMAIN + " {MailToUnknown=Discarded;}");
        assertThat(cli.execute("ROUTE nobody@" + DOMAIN + " mail")).isEqualTo(List.of("SYSTEM", "NULL", "nobody@" + DOMAIN));
        // for logins an unknown name stays unknown
        assertThat(cli.execute("ROUTE nobody@" + DOMAIN + " access")).asList().startsWith("SYSTEM", "ERROR");
        assertThat(cli.send("ROUTE alice sideways").code()).isEqualTo(CliCodes.BAD_PARAMETERS);
    }

    @Test
    void relayListsAreValidatedAndLive() throws Exception {
        cli.execute("SETCLIENTIPS \"10.0.0.0/8\\e192.0.2.7 ; the office\"");
        assertThat(cli.execute("GETCLIENTIPS")).isEqualTo("10.0.0.0/8\n192.0.2.7 ; the office");
        assertThat(server.mail().clientIps().mayRelay(InetAddress.ofLiteral("10.1.2.3"))).isTrue();
        assertThat(server.mail().clientIps().mayRelay(InetAddress.ofLiteral("192.0.2.8"))).isFalse();

        var bad = cli.send("SETLANIPS \"192.168.0.0/16\\email.example.test\"");
        assertThat(bad.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(bad.text()).contains("line 2");
        assertThat(cli.execute("GETLANIPS")).isEqualTo("");
        cli.execute("SETLANIPS \"192.168.0.0/16\"");
        assertThat(server.mail().clientIps().mayRelay(InetAddress.ofLiteral("192.168.4.4"))).isTrue();
        assertThat(server.directory().getServerSettings()).containsEntry("LANIPs", "192.168.0.0/16");
    }

    @Test
    void onlyTheMasterMayUseTheseVerbs() throws Exception {
        cli.execute("CREATEACCOUNT bob {Password=\"bob-secret\";}");
        try (AdminClient bob = login("bob", "bob-secret")) {
            for (String verb : List.of("GETROUTERTABLE", "SETROUTERTABLE \"\"", "ROUTE bob", "GETCLIENTIPS",
                    "GETMESSAGEQUEUEINFO", "RELEASESMTPQUEUE far.test", "REJECTQUEUEMESSAGE 1")) {
                assertThat(bob.send(verb).code()).as(verb).isEqualTo(CliCodes.NOT_ALLOWED);
            }
        }
    }

    @Test
    void oddArgumentsAreRefusedCleanly() throws Exception {
        List<String> shapes = List.of("", "x", "\"\"", "{}", "()", "#5", "#-5", "#NULL#", "[AAAA]", "#I[10.0.0.1]",
                "#T01-01-2020", "x {}", "x ()", "x QUEUE", "x QUEUE \"\"", "SMTP QUEUE #5", "x REPORT", "#1 REPORT #5",
                "#1 NONDN x", "\"<*@x = \"", "\"\\e\\e\\e\"", "\"x".repeat(2) + "\"", "x " + "y".repeat(300),
                "\"" + "1.2.3.4\\e".repeat(500) + "\"", "ü", "\"\\001\"", "x@" + "d".repeat(300) + " mail");
        for (String verb : List.of("GETROUTERTABLE", "SETROUTERTABLE", "ROUTE", "GETCLIENTIPS", "SETCLIENTIPS",
                "GETLANIPS", "SETLANIPS", "GETMESSAGEQUEUEINFO", "RELEASESMTPQUEUE", "REJECTQUEUEMESSAGE")) {
            for (String shape : shapes) {
                String line = verb + " " + shape;
                var r = cli.send(line);
                assertThat(r.code()).as(line + " -> " + r.text()).isNotEqualTo(CliCodes.INTERNAL_ERROR).isBetween(200, 599);
            }
        }
        assertThat(cli.execute("MAINDOMAINNAME")).isEqualTo(DOMAIN);
    }

    @Test
    void queueInfoReleaseAndReject() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once it is closed: connection refused
        }
        String queue = "127.0.0.1:" + closed;
        cli.execute("SETROUTERTABLE \"far.test = [127.0.0.1]:" + closed + "\"");
        long first = submit("a@far.test", "b@far.test");
        long second = submit("c@far.test");

        Map<?, ?> info = awaitQueue(queue, i -> ((Long) i.get("nTotal")) == 3 && i.containsKey("lastError")
                && ((List<?>) i.get("messages")).stream().allMatch(m -> ((Long) ((Map<?, ?>) m).get("attempts")) >= 1));
        assertThat(info.get("nMessages")).isEqualTo(2L);
        assertThat((String) info.get("lastError")).startsWith("451 4.4.1");
        assertThat(info.get("delayedTill")).isNotNull();
        List<?> messages = (List<?>) info.get("messages");
        assertThat(messages).hasSize(2);
        Map<?, ?> m1 = (Map<?, ?>) messages.getFirst();
        assertThat(m1.get("id")).isEqualTo(first);
        assertThat(m1.get("from")).isEqualTo("postmaster@" + DOMAIN);
        assertThat(m1.get("to")).isEqualTo(List.of("a@[127.0.0.1]", "b@[127.0.0.1]"));
        assertThat(((Map<?, ?>) cli.execute("GETMESSAGEQUEUEINFO")).containsKey("SMTP")).isTrue();

        // retried at once when released
        cli.execute("RELEASESMTPQUEUE " + queue);
        awaitQueue(queue, i -> ((List<?>) i.get("messages")).stream()
                .allMatch(m -> ((Long) ((Map<?, ?>) m).get("attempts")) >= 2));

        cli.execute("REJECTQUEUEMESSAGE " + first + " REPORT \"removed by the postmaster\"");
        cli.execute("REJECTQUEUEMESSAGE #" + second + " NONDN");
        assertThat(cli.send("REJECTQUEUEMESSAGE " + first).code()).isEqualTo(CliCodes.UNKNOWN_OBJECT);
        assertThat(cli.send("REJECTQUEUEMESSAGE first").code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        Map<?, ?> empty = (Map<?, ?>) cli.execute("GETMESSAGEQUEUEINFO SMTP QUEUE " + queue);
        assertThat(empty.get("nTotal")).isEqualTo(0L);
        assertThat((Map<?, ?>) cli.execute("GETMESSAGEQUEUEINFO")).isEmpty();

        // one notice, for the message rejected with a report, in the sender's INBOX
        List<String> inbox = inbox("postmaster");
        assertThat(inbox).hasSize(1);
        assertThat(inbox.getFirst()).contains("removed by the postmaster").contains("Action: failed")
                .contains("Final-Recipient: rfc822; a@[127.0.0.1]");
    }

    private long submit(String... rcpts) throws Exception {
        SubmissionContext ctx = new SubmissionContext("ESMTPA", InetAddress.getLoopbackAddress(), "test", null, true, false);
        try (DeliveryTransaction tx = server.mail().delivery().begin(ctx,
                MailPath.of(new EmailAddress("postmaster", DOMAIN)), MailParameters.NONE)) {
            for (String r : rcpts) {
                int at = r.indexOf('@');
                assertThat(tx.addRecipient(MailPath.of(new EmailAddress(r.substring(0, at), r.substring(at + 1))),
                        RcptParameters.NONE).accepted()).isTrue();
            }
            assertThat(tx.commit(("Subject: queued\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII)))
                    .allSatisfy(x -> assertThat(x.ok()).isTrue());
        }
        long newest = 0;
        for (var q : server.mail().queue().summaries()) {
            for (var m : server.mail().queue().messages(q.module(), q.queue(), 1000)) {
                newest = Math.max(newest, m.id());
            }
        }
        return newest;
    }

    private Map<?, ?> awaitQueue(String queue, Predicate<Map<?, ?>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<?, ?> info;
        do {
            info = (Map<?, ?>) cli.execute("GETMESSAGEQUEUEINFO SMTP QUEUE " + queue);
            if (done.test(info)) {
                return info;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("queue " + queue + " never got there: " + info);
    }

    private List<String> inbox(String account) throws IOException {
        long id = server.directory().findAccount(account + "@" + DOMAIN).id();
        MailSession s = server.mailStore().session(id);
        MailboxHandle h = s.open("INBOX");
        List<String> out = new java.util.ArrayList<>();
        for (var m : s.snapshot(h).messages()) {
            try (var in = s.openContent(h, m.uid())) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
