package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.store.blob.BlobHash;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageAnalyzer;
import org.parley.store.sql.Database;

/**
 * The mail store service: the one facade every protocol (SMTP delivery, IMAP, POP3, XIMSS, the
 * webmail, groupware, voicemail) reads and writes mail through.
 *
 * <p>Account-level and system operations live here ({@link #initializeAccount}, {@link #deliver},
 * {@link #deleteAccount}, {@link #quota}, {@link #collectGarbage}); everything done on behalf of a
 * logged-in account goes through a {@link MailSession} from {@link #session}, which enforces that
 * account's rights. Every change is durable before the method returns and is then published on
 * the {@link ChangeFeed}.
 *
 * <p>Thread-safe: one instance serves the whole server. It does not own the database or the blob
 * store it is given; {@link #close} only stops its committer thread.
 */
public final class MailStore implements AutoCloseable {
    final Database db;
    final BlobStore blobs;
    final PrincipalResolver principals;
    final QuotaPolicy quotas;
    final ChangeFeed feed;
    final MailStoreOptions options;
    final Clock clock;
    final MailboxRows mailboxes;
    final MessageRows messages = new MessageRows();
    final AclRows acls = new AclRows();
    final Writer writer;
    final Appender appender;
    final StructureCache structures;
    final GroupCommitter committer;
    private final BlobCollector collector;
    private final AtomicLong sessionIds = new AtomicLong();

    /**
     * @param analyzer computes a message's structure at append (the message parser); it may throw
     *                 on hostile input, in which case the message is stored without structure
     */
    public MailStore(Database db, BlobStore blobs, MessageAnalyzer analyzer, PrincipalResolver principals,
            QuotaPolicy quotas, ChangeFeed feed, MailStoreOptions options) {
        this.db = db;
        this.blobs = blobs;
        this.principals = principals;
        this.quotas = quotas;
        this.feed = feed;
        this.options = options;
        this.clock = options.clock();
        this.mailboxes = new MailboxRows(db.dialect());
        this.writer = new Writer(db, blobs, feed, clock);
        this.appender = new Appender(blobs, analyzer, mailboxes, messages, options);
        this.structures = new StructureCache(options.structureCacheBytes(), appender);
        this.committer = new GroupCommitter(db, blobs, mailboxes, writer, clock, options.maxBatch());
        this.collector = new BlobCollector(db, blobs, mailboxes, options.gcGrace(), clock);
    }

    /** A session acting as {@code accountId}: what a logged-in protocol connection holds. */
    public MailSession session(long accountId) {
        return new MailSession(this, accountId, sessionIds.incrementAndGet());
    }

    public ChangeFeed changeFeed() {
        return feed;
    }

    public BlobStore blobStore() {
        return blobs;
    }

    public MailStoreOptions options() {
        return options;
    }

    /** The mailboxes every new account gets: INBOX and the RFC 6154 special-use ones, subscribed. */
    public static final Map<String, SpecialUse> DEFAULT_MAILBOXES = Map.of(
            "Sent", SpecialUse.SENT, "Drafts", SpecialUse.DRAFTS, "Trash", SpecialUse.TRASH, "Junk", SpecialUse.JUNK);

    /**
     * Creates INBOX, Sent, Drafts, Trash and Junk (marked {@code \Sent \Drafts \Trash \Junk},
     * RFC 6154) and subscribes them. Idempotent: existing mailboxes are left as they are.
     */
    public void initializeAccount(long accountId) {
        writer.write((c, tx) -> {
            mailboxes.lockUsage(c, List.of(accountId));
            List<String> names = new ArrayList<>(List.of(MailboxNames.INBOX, "Sent", "Drafts", "Trash", "Junk"));
            for (String name : names) {
                if (mailboxes.find(c, accountId, name) == null) {
                    SpecialUse use = DEFAULT_MAILBOXES.get(name);
                    MailboxRow row = mailboxes.insert(c, accountId, name, MailboxClass.MAIL,
                            use == null ? Set.of() : EnumSet.of(use), false, clock.millis());
                    tx.event(new MailEvent.MailboxCreated(accountId, 0, row.id(), name));
                }
                subscribe(c, accountId, name);
            }
            return null;
        });
    }

    static void subscribe(Connection c, long accountId, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_subscriptions (account_id, name) VALUES (?, ?) ON CONFLICT (account_id, name) DO NOTHING")) {
            p.setLong(1, accountId);
            p.setString(2, name);
            p.executeUpdate();
        }
    }

    /**
     * Files one message into many accounts' mailboxes: one blob, one analysis, one commit (shared
     * with other concurrent deliveries). Each target succeeds or fails on its own (over quota,
     * mailbox missing); the message is durable for every target reported delivered when this
     * returns. Mailbox names are in each account's own namespace; null means INBOX. No rights are
     * checked: delivery is the system's act (rules decide the mailbox).
     */
    public List<DeliveryOutcome> deliver(byte[] message, List<DeliveryTarget> targets, Instant internalDate) {
        List<DeliveryOutcome> out = new ArrayList<>();
        if (message.length > options.appendLimit()) {
            for (DeliveryTarget t : targets) {
                out.add(new DeliveryOutcome(t, 0, 0, 0, MailError.TOO_BIG, "message too big"));
            }
            return out;
        }
        // resolve names first (read-only, one connection), so the batch can lock the mailboxes up front
        List<Long> ids = db.read(c -> {
            List<Long> out2 = new ArrayList<>();
            for (DeliveryTarget t : targets) {
                MailboxRow row = null;
                try {
                    row = mailboxes.find(c, t.accountId(), MailboxNames.normalize(t.mailbox()));
                } catch (MailStoreException invalid) {
                    // reported as nonexistent below
                }
                out2.add(row == null || row.noselect() ? 0L : row.id());
            }
            return out2;
        });
        Appender.Prepared base = appender.prepare(
                new AppendMessage(message, Flags.NONE, internalDate == null ? clock.instant() : internalDate), Flags.NONE);
        List<QuotaLimits> limits = new ArrayList<>();
        Set<Long> mailboxIds = new HashSet<>();
        Set<Long> accounts = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            limits.add(quotas.limits(targets.get(i).accountId()));
            if (ids.get(i) != 0) {
                mailboxIds.add(ids.get(i));
                accounts.add(targets.get(i).accountId());
            }
        }
        return committer.submit(new GroupCommitter.Step<>() {
            @Override
            public Set<Long> mailboxIds() {
                return mailboxIds;
            }

            @Override
            public Set<Long> accountIds() {
                return accounts;
            }

            @Override
            public List<DeliveryOutcome> run(Connection c, Tx tx) throws SQLException {
                List<DeliveryOutcome> res = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    DeliveryTarget t = targets.get(i);
                    if (ids.get(i) == 0) {
                        res.add(new DeliveryOutcome(t, 0, 0, 0, MailError.NONEXISTENT, "no such mailbox"));
                        continue;
                    }
                    Appender.Prepared p = new Appender.Prepared(
                            base.data(), base.hash(), base.columns(), t.flags(), base.internalDate());
                    Savepoint sp = c.setSavepoint();
                    Tx one = new Tx();
                    try {
                        AppendResult r = appender.appendInto(c, one, ids.get(i), t.accountId(), limits.get(i), List.of(p), 0);
                        c.releaseSavepoint(sp);
                        tx.merge(one);
                        res.add(new DeliveryOutcome(t, r.mailboxId(), r.uidValidity(), r.uids().getFirst(), null, null));
                    } catch (MailStoreException e) {
                        c.rollback(sp);
                        res.add(new DeliveryOutcome(t, ids.get(i), 0, 0, e.error(), e.getMessage()));
                    }
                }
                return res;
            }
        });
    }

    /** Storage used and limits of an account (RFC 9208 STORAGE in octets, MESSAGE). */
    public QuotaInfo quota(long accountId) {
        long[] used = db.read(c -> mailboxes.usage(c, accountId));
        QuotaLimits l = quotas.limits(accountId);
        return new QuotaInfo(used[0], l.maxStorage(), used[1], l.maxMessages());
    }

    /**
     * Removes everything the store keeps for an account: mailboxes and messages (their blobs are
     * released to the collector), subscriptions, aliases, usage, and ACL entries that name it in
     * other accounts' mailboxes. Call before the directory forgets the account.
     */
    public void deleteAccount(long accountId) {
        String principal = principals.principal(accountId);
        writer.write((c, tx) -> {
            List<MailboxRow> rows = mailboxes.all(c, accountId);
            List<Long> ids = new ArrayList<>();
            for (MailboxRow r : rows) {
                ids.add(r.id());
            }
            mailboxes.lock(c, ids);
            for (MailboxRow r : rows) {
                long[] sizes = new long[2];
                for (Map.Entry<BlobHash, Integer> e : messages.blobCounts(c, r.id(), sizes).entrySet()) {
                    tx.release(e.getKey(), e.getValue());
                }
                messages.deleteAll(c, r.id());
                mailboxes.delete(c, r.id());
                tx.event(new MailEvent.MailboxDeleted(accountId, 0, r.id(), r.name(), false));
            }
            for (String table : List.of("mail_subscriptions", "mail_aliases", "mail_usage")) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
                    p.setLong(1, accountId);
                    p.executeUpdate();
                }
            }
            if (principal != null) {
                acls.removeIdentifierEverywhere(c, principal);
            }
            return null;
        });
    }

    /** One pass of the blob collector (run it periodically, e.g. hourly, from one node). */
    public GcReport collectGarbage() {
        return collector.collect();
    }

    /** Stops the committer after what is queued; does not close the database or blob store. */
    @Override
    public void close() {
        committer.close();
    }
}
