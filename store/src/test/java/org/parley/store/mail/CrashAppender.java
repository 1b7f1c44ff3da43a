package org.parley.store.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;

/**
 * Child process of the crash-safety test: appends numbered messages to account 1's INBOX from
 * four threads, forever, printing {@code ACK <uid> <n>} after each append returns. The parent
 * kills it with SIGKILL and checks that every acknowledged message survived.
 * Arguments: the {@link Backend} arguments.
 */
public final class CrashAppender {
    private CrashAppender() {}

    static byte[] message(int n) {
        return ("From: crash@example.com\r\nSubject: crash " + n + "\r\n\r\nbody of message " + n + "\r\n"
                + "x".repeat(n % 500) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws Exception {
        Backend backend = Backends.fromArgs(List.of(args), null);
        Database db = backend.openDatabase();
        BlobStore blobs = backend.openBlobs(db, Clock.systemUTC());
        TestPrincipals principals = new TestPrincipals().add(1, "crash@example.com");
        MailStore store = new MailStore(db, blobs, MessageParser.DEFAULT, principals, QuotaPolicy.UNLIMITED,
                new InProcessChangeFeed(), MailStoreOptions.DEFAULTS);
        MailSession session = store.session(1);
        AtomicInteger counter = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                while (true) {
                    int n = counter.incrementAndGet();
                    AppendResult r = session.append("INBOX", new AppendMessage(message(n)));
                    synchronized (System.out) {
                        System.out.println("ACK " + r.uids().getFirst() + " " + n);
                        System.out.flush();
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
