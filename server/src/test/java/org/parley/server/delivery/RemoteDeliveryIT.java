package org.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.client.AdminClient;
import org.parley.server.testing.ParleyProcess;

/**
 * Two packaged servers: A's Router table sends {@code remote.test} to B's SMTP port on 127.0.0.1.
 * A message goes through A's queue to B; with B down it waits in A's queue (visible in
 * GETMESSAGEQUEUEINFO), and RELEASESMTPQUEUE delivers it once B is back, exactly once.
 */
class RemoteDeliveryIT {
    @TempDir Path dir;

    @Test
    void deliversToAnotherServerAndRetriesWhenItIsBack() throws Exception {
        try (ParleyProcess b = ParleyProcess.start(dir.resolve("b")); ParleyProcess a = ParleyProcess.start(dir.resolve("a"))) {
            MailClients.requireSmtp(a);
            int bSmtp = b.port("smtp");
            String queue = "127.0.0.1:" + bSmtp;
            try (AdminClient cb = MailClients.cli(b)) {
                cb.execute("CREATEACCOUNT bob {Password=\"bob-secret-1\";}");
            }
            try (AdminClient ca = MailClients.cli(a)) {
                ca.execute("CREATEACCOUNT alice {Password=\"alice-secret-1\";}");
                // B's own address literal is local at B: bob@[127.0.0.1] is bob
                ca.execute("SETROUTERTABLE \"; the other server\\eremote.test = [127.0.0.1]:" + bSmtp + "\"");
                ca.execute("SETCLIENTIPS \"127.0.0.1\"");
                assertThat(ca.execute("ROUTE bob@remote.test mail")).isEqualTo(List.of("SMTP", queue, "bob@[127.0.0.1]"));

                MailClients.send(a.port("smtp"), "alice@example.test", List.of("bob@remote.test"), "<first@it.test>", "first");
                await(() -> MailClients.inbox(b.port("pop3"), "bob", "bob-secret-1").contains("<first@it.test>"), b);

                // B down: the message waits in A's queue with the reason
                assertThat(b.terminate()).isZero();
                MailClients.send(a.port("smtp"), "alice@example.test", List.of("bob@remote.test"), "<second@it.test>", "second");
                await(() -> {
                    Map<?, ?> info = (Map<?, ?>) ca.execute("GETMESSAGEQUEUEINFO SMTP QUEUE " + queue);
                    return Long.valueOf(1).equals(info.get("nTotal")) && info.containsKey("lastError");
                }, a);

                b.restart();
                ca.execute("RELEASESMTPQUEUE " + queue);
                await(() -> MailClients.inbox(b.port("pop3"), "bob", "bob-secret-1").contains("<second@it.test>"), b);
                await(() -> Long.valueOf(0).equals(((Map<?, ?>) ca.execute("GETMESSAGEQUEUEINFO SMTP QUEUE " + queue))
                        .get("nTotal")), a);
            }
            assertThat(MailClients.inbox(b.port("pop3"), "bob", "bob-secret-1"))
                    .containsExactlyInAnyOrder("<first@it.test>", "<second@it.test>");
        }
    }

    static void await(Callable<Boolean> condition, ParleyProcess server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met within 60 s; last error " + last + "\nserver output:\n"
                + server.output());
    }
}
