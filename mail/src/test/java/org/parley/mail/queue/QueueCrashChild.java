package org.parley.mail.queue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parley.mail.smtp.client.Destination;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.store.sql.Database;

/**
 * Run in a child JVM by {@link QueueCrashTest}: enqueues numbered messages as fast as it can and
 * prints {@code ack N} after each {@link MessageQueue#enqueue} returns, until it is killed.
 */
public final class QueueCrashChild {
    private QueueCrashChild() {}

    public static void main(String[] args) {
        Database db = Database.sqlite(Path.of(args[0]));
        MessageQueue queue = new MessageQueue(db);
        Destination far = new Destination("far.test", Integer.parseInt(args[1]), false);
        Instant now = Instant.now();
        for (int i = 0; ; i++) {
            byte[] body = ("Subject: crash-" + i + "\r\n\r\nmessage " + i + "\r\n").getBytes(StandardCharsets.US_ASCII);
            queue.enqueue(new NewMessage(MailPath.of(new EmailAddress("alice", "example.test")), MailParameters.NONE,
                    "crash test", body, List.of(new QueueRecipient(new QueueTarget.Remote(far, "r" + i + "@far.test"),
                            null, RcptParameters.NONE))), now, now.plus(Duration.ofDays(5)));
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
