package org.parley.mail.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryListener;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.password.PasswordParameters;
import org.parley.mail.queue.MessageQueue;
import org.parley.mail.queue.QueueOptions;
import org.parley.mail.queue.QueueRunner;
import org.parley.mail.queue.RemoteTransport;
import org.parley.mail.router.Router;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.store.blob.FileBlobStore;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.mail.InProcessChangeFeed;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStore;
import org.parley.store.mail.MailStoreOptions;
import org.parley.store.mail.MailboxHandle;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.PrincipalResolver;
import org.parley.store.mail.QuotaLimits;
import org.parley.store.message.MessageParser;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/**
 * A real delivery stack on SQLite in a temporary directory: directory, mail store, Router over the
 * directory, queue, delivery service, and a clock tests move. The main domain is
 * {@value #DOMAIN}; accounts get their mailboxes when created.
 */
public final class MailFixture implements AutoCloseable {
    public static final String DOMAIN = "example.test";
    public static final String SERVER = "mx.example.test";
    private static final SecretKey KEY = new SecretKeySpec(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES");

    public final Path dir;
    public final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    public final Database db;
    public final Directory directory;
    public final MailStore store;
    public final Router router;
    public final MessageQueue queue;
    public final LocalDelivery local;
    public final MailDeliveryService service;

    public MailFixture(Path dir) {
        this(dir, DeliveryOptions.defaults(SERVER));
    }

    public MailFixture(Path dir, DeliveryOptions options) {
        this.dir = dir;
        db = TestDatabases.sqlite(dir);
        directory = new Directory(new SqlDirectoryRepository(db, clock), clock, PasswordParameters.fastForTests(), KEY);
        store = new MailStore(db, new FileBlobStore(dir.resolve("blobs"), clock), MessageParser.DEFAULT, principals(),
                accountId -> {
                    OptionalLong max = directory.accountEffectiveSettings(accountId).limit("MaxAccountSize");
                    return new QuotaLimits(max.orElse(Long.MAX_VALUE), Long.MAX_VALUE);
                }, new InProcessChangeFeed(), MailStoreOptions.DEFAULTS.withClock(clock));
        directory.addListener(new DirectoryListener() {
            @Override
            public void accountCreated(AccountRef account) {
                store.initializeAccount(account.id());
            }
        });
        directory.ensureMainDomain(DOMAIN);
        router = new Router(new DirectoryRouting(directory));
        queue = new MessageQueue(db);
        local = new LocalDelivery(store, clock);
        service = new MailDeliveryService(router, local, queue, new DirectorySenderAuthorization(directory), options, clock);
    }

    private PrincipalResolver principals() {
        return new PrincipalResolver() {
            @Override
            public OptionalLong accountId(String nameOrAddress, String contextDomain) {
                try {
                    return OptionalLong.of(directory.findAccount(nameOrAddress.contains("@") ? nameOrAddress
                            : nameOrAddress + "@" + contextDomain).id());
                } catch (RuntimeException e) {
                    return OptionalLong.empty();
                }
            }

            @Override
            public String principal(long accountId) {
                return directory.account(accountId).map(AccountRef::principal).orElse("#" + accountId);
            }

            @Override
            public boolean isMember(long accountId, String group) {
                return false;
            }
        };
    }

    /** Creates an account (name or name@domain) and returns it. */
    public AccountRef account(String address) {
        return directory.createAccount(address, Map.of());
    }

    public Authenticated login(String address) {
        AccountRef a = directory.findAccount(address);
        return new Authenticated(a.id(), a.name(), a.domainId(), a.domain());
    }

    /** A queue runner over this fixture's queue, with the given remote transport. */
    public QueueRunner runner(RemoteTransport remote, QueueOptions options) {
        return new QueueRunner(queue, remote, local, service.notifier(), options, clock);
    }

    /** Every message in the account's INBOX, oldest first, as stored. */
    public List<byte[]> inbox(String address) {
        return mailbox(address, "INBOX");
    }

    public List<byte[]> mailbox(String address, String mailbox) {
        MailSession s = store.session(directory.findAccount(address).id());
        MailboxHandle h = s.open(mailbox);
        List<byte[]> out = new ArrayList<>();
        for (MessageState m : s.snapshot(h).messages()) {
            try (InputStream in = s.openContent(h, m.uid())) {
                out.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** {@code <local@domain>} as a path. */
    public static MailPath path(String address) {
        int at = address.lastIndexOf('@');
        return MailPath.of(new EmailAddress(address.substring(0, at), address.substring(at + 1)));
    }

    /** Runs a whole transaction from an unauthenticated client that may relay (or not). */
    public List<org.parley.mail.delivery.RecipientResult> send(SubmissionContext ctx, String from, byte[] message,
            String... to) throws DeliveryService.DeliveryRefusedException {
        try (DeliveryTransaction tx = service.begin(ctx, from.isEmpty() ? MailPath.NULL : path(from), MailParameters.NONE)) {
            for (String rcpt : to) {
                RecipientVerdict v = tx.addRecipient(path(rcpt), RcptParameters.NONE);
                if (!v.accepted()) {
                    throw new AssertionError("recipient " + rcpt + " refused: " + v.reply());
                }
            }
            return tx.commit(message);
        }
    }

    public static SubmissionContext inbound() {
        return new SubmissionContext("ESMTP", java.net.InetAddress.getLoopbackAddress(), "client.test", null, false, false);
    }

    public static SubmissionContext submission(Authenticated who) {
        return new SubmissionContext("ESMTPSA", java.net.InetAddress.getLoopbackAddress(), "client.test", who, true, true);
    }

    public static byte[] message(String subject) {
        return ("From: sender@remote.test\r\nTo: someone@example.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.hashCode() + "@remote.test>\r\n\r\nHello " + subject + "\r\n.dot line\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        store.close();
        db.close();
    }
}
