package org.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.client.AdminClient;
import org.parley.server.testing.ParleyProcess;

/**
 * The crash test of issue 4: a load of messages over many SMTP connections while the server is
 * killed with {@code kill -9} several times and restarted; every message that got 250 is then in
 * a mailbox or the queue exactly once, and the queued ones reach the other server exactly once.
 * Messages that did not get 250 may be there at most once.
 */
class DeliveryCrashIT {
    private static final int USERS = 4;
    private static final int MESSAGES = 240;
    private static final int THREADS = 6;
    private static final int KILLS = 3;

    @TempDir Path dir;

    @Test
    void everyAcknowledgedMessageIsThereExactlyOnce() throws Exception {
        try (ParleyProcess b = ParleyProcess.start(dir.resolve("b"))) {
            MailClients.requireSmtp(b);
            int bSmtp = b.port("smtp");
            try (AdminClient cb = MailClients.cli(b)) {
                cb.execute("CREATEACCOUNT catchall {Password=\"catch-secret-1\";}");
                cb.execute("UPDATEDOMAINSETTINGS " + ParleyProcess.DOMAIN
                        + " {MailToUnknown=\"Rerouted to\"; MailRerouteAddress=catchall;}");
            }
            assertThat(b.terminate()).isZero(); // down while A crashes: remote copies stay queued

            try (ParleyProcess a = ParleyProcess.start(dir.resolve("a"))) {
                try (AdminClient ca = MailClients.cli(a)) {
                    for (int u = 0; u < USERS; u++) {
                        ca.execute("CREATEACCOUNT u" + u + " {Password=\"user-secret-" + u + "\";}");
                    }
                    ca.execute("SETROUTERTABLE \"remote.test = [127.0.0.1]:" + bSmtp + "\"");
                    ca.execute("SETCLIENTIPS \"127.0.0.1\"");
                }
                Map<String, List<String>> acked = new ConcurrentHashMap<>();
                AtomicInteger next = new AtomicInteger();
                int smtp = a.port("smtp"); // the same after every restart (same offset)
                List<Thread> clients = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    clients.add(Thread.ofPlatform().start(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < MESSAGES) {
                            List<String> to = new ArrayList<>(List.of("u" + (i % USERS) + "@" + ParleyProcess.DOMAIN));
                            if (i % 3 == 0) {
                                to.add("r" + i + "@remote.test");
                            }
                            // until acknowledged; every attempt is a message of its own (a failed one may
                            // or may not have arrived, but at most once)
                            for (int attempt = 0; attempt < 1000; attempt++) {
                                String id = "<m" + i + "." + attempt + "@crash.test>";
                                try {
                                    MailClients.send(smtp, "sender@outside.test", to, id, "crash " + i);
                                    acked.put(id, to);
                                    break;
                                } catch (Exception e) {
                                    pause(); // the server is down or died mid-transaction
                                }
                            }
                        }
                    }));
                }
                for (int k = 1; k <= KILLS; k++) {
                    int target = k * MESSAGES / (KILLS + 1);
                    while (acked.size() < target && clients.stream().anyMatch(Thread::isAlive)) {
                        Thread.sleep(10);
                    }
                    a.kill9();
                    a.restart();
                }
                for (Thread c : clients) {
                    c.join();
                }
                a.restart(); // a clean restart on top
                assertThat(acked.size()).as("every message was acknowledged in the end").isEqualTo(MESSAGES);

                // local copies: in the mailbox exactly once
                for (int u = 0; u < USERS; u++) {
                    String user = "u" + u + "@" + ParleyProcess.DOMAIN;
                    Map<String, Integer> seen = count(MailClients.inbox(a.port("pop3"), "u" + u, "user-secret-" + u));
                    for (Map.Entry<String, List<String>> e : acked.entrySet()) {
                        if (e.getValue().contains(user)) {
                            assertThat(seen.get(e.getKey())).as("%s in %s", e.getKey(), user).isEqualTo(1);
                        }
                    }
                    assertThat(seen.values()).as("nothing twice in " + user).allMatch(n -> n == 1);
                }

                // remote copies: queued, then delivered exactly once when B is back
                b.restart();
                try (AdminClient ca = MailClients.cli(a)) {
                    ca.execute("RELEASESMTPQUEUE 127.0.0.1:" + bSmtp);
                    RemoteDeliveryIT.await(() -> Long.valueOf(0).equals(((Map<?, ?>) ca.execute(
                            "GETMESSAGEQUEUEINFO SMTP QUEUE 127.0.0.1:" + bSmtp)).get("nTotal")), a);
                }
                Map<String, Integer> remote = count(MailClients.inbox(b.port("pop3"), "catchall", "catch-secret-1"));
                for (Map.Entry<String, List<String>> e : acked.entrySet()) {
                    if (e.getValue().size() > 1) {
                        assertThat(remote.get(e.getKey())).as("%s at the other server", e.getKey()).isEqualTo(1);
                    }
                }
                assertThat(remote.values()).as("nothing twice at the other server").allMatch(n -> n == 1);
            }
        }
    }

    private static Map<String, Integer> count(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (String id : ids) {
            out.merge(id, 1, Integer::sum);
        }
        return out;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
