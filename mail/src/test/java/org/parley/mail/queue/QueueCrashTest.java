package org.parley.mail.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.mail.smtp.client.ClientTls;
import org.parley.mail.smtp.client.MapResolver;
import org.parley.mail.smtp.client.SmtpClient;
import org.parley.mail.smtp.client.SmtpClientOptions;
import org.parley.mail.smtp.client.SmtpSink;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.store.sql.Database;

/**
 * Durability of the queue across {@code kill -9}: a child JVM enqueues in a loop and is killed;
 * every message it acknowledged is in the queue exactly once, and after the restart each is
 * delivered exactly once; a clean restart after that delivers nothing again.
 */
class QueueCrashTest {
    private static final Pattern SUBJECT = Pattern.compile("Subject: crash-(\\d+)");

    @TempDir Path dir;

    @Test
    void everyAcknowledgedMessageSurvivesKill9AndIsDeliveredExactlyOnce() throws Exception {
        Path dbFile = dir.resolve("parley.db");
        try (SmtpSink sink = new SmtpSink()) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    QueueCrashChild.class.getName(), dbFile.toString(), Integer.toString(sink.port()));
            Process child = new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
            int acked = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                String line;
                while (acked < 150 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                    acked = ack(line, acked);
                }
                // SIGKILL through the handle (Process.destroyForcibly would also close our end of the pipe)
                child.toHandle().destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                while ((line = out.readLine()) != null) {
                    acked = ack(line, acked); // printed before the kill: acknowledged
                }
            }
            assertThat(acked).as("the child made progress (see child.err)").isGreaterThanOrEqualTo(10);

            Map<Integer, Integer> queued = new HashMap<>();
            try (Database db = Database.sqlite(dbFile)) {
                MessageQueue queue = new MessageQueue(db);
                for (QueuedMessageInfo m : queue.messages("SMTP", "far.test:" + sink.port(), 1_000_000)) {
                    String body = new String(queue.body(m.id()).orElseThrow(), StandardCharsets.US_ASCII);
                    Matcher x = SUBJECT.matcher(body);
                    assertThat(x.find()).isTrue();
                    queued.merge(Integer.parseInt(x.group(1)), 1, Integer::sum);
                }
                for (int i = 0; i <= acked; i++) {
                    assertThat(queued.get(i)).as("acknowledged message %d queued exactly once", i).isEqualTo(1);
                }
                // at most the one in flight beyond the last acknowledgement
                int last = acked;
                assertThat(queued.keySet()).allSatisfy(i -> assertThat(i).isLessThanOrEqualTo(last + 1));

                deliverAll(db, sink);
            }
            Map<Integer, Integer> delivered = new HashMap<>();
            for (SmtpSink.Received r : sink.received) {
                Matcher x = SUBJECT.matcher(r.text());
                assertThat(x.find()).isTrue();
                delivered.merge(Integer.parseInt(x.group(1)), 1, Integer::sum);
            }
            assertThat(delivered).isEqualTo(queued);

            // a clean restart: nothing is delivered twice
            int before = sink.received.size();
            try (Database db = Database.sqlite(dbFile)) {
                deliverAll(db, sink);
                assertThat(new MessageQueue(db).size()).isZero();
            }
            assertThat(sink.received).hasSize(before);
        }
    }

    /** The child logs to stdout too; only its {@code ack N} lines count. */
    private static int ack(String line, int last) {
        return line.startsWith("ack ") ? Integer.parseInt(line.substring(4)) : last;
    }

    private static void deliverAll(Database db, SmtpSink sink) throws InterruptedException {
        MessageQueue queue = new MessageQueue(db);
        try (SmtpClient client = new SmtpClient(new MapResolver().host("far.test", "127.0.0.1"), ClientTls.systemTrust(),
                SmtpClientOptions.defaults("mx.example.test").withAllTimeouts(Duration.ofSeconds(10)));
                QueueRunner runner = new QueueRunner(queue, client::deliver, QueueCrashTest::noLocal,
                        report -> {
                            throw new AssertionError("no notices expected: " + report);
                        }, QueueOptions.DEFAULTS, Clock.systemUTC())) {
            queue.clearLeases();
            runner.runDue();
        }
    }

    private static List<SmtpReply> noLocal(MailPath sender, byte[] content, List<QueueTarget.Local> targets) {
        throw new AssertionError("no local targets in this test");
    }
}
