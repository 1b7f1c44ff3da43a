package org.parley.mail.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parley.store.sql.Database;

/**
 * The durable mail queue: messages (body kept in the database, in the same transaction as the
 * entry) and their recipients, each with its own retry state. Every method is one transaction
 * and durable when it returns (see {@link Database#write}); so {@link #enqueue} returning is what
 * lets SMTP answer 250, and a recipient removed by {@link #complete} is never tried again after
 * a restart.
 *
 * <p>Claims are leases: {@link #claim} marks recipients with a lease until a time and an owner
 * token, so several nodes on one PostgreSQL database never attempt the same recipient at once, and
 * a crashed node's claims come due again when the lease ends ({@link #clearLeases} ends them at
 * once on a single node's start). Thread-safe.
 */
public final class MessageQueue {
    private static final String RECIPIENT_COLUMNS = QueueRows.RECIPIENT_COLUMNS;
    private static final String MESSAGE_COLUMNS = QueueRows.MESSAGE_COLUMNS;

    private final Database db;
    private final String owner = UUID.randomUUID().toString();

    public MessageQueue(Database db) {
        this.db = db;
    }

    /**
     * Stores a message and its recipients, all due at once.
     *
     * @param expires when the queue gives up on recipients still waiting
     * @return the message's queue id
     */
    public long enqueue(NewMessage m, Instant now, Instant expires) {
        return db.write(c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO queue_messages (sender, envelope_id, ret,"
                    + " body_type, smtputf8, requiretls, size, origin, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                QueueRows.bindMessage(p, m, now, expires);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO queue_bodies (message_id, body) VALUES (?, ?)")) {
                p.setLong(1, id);
                p.setBytes(2, m.content());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO queue_recipients (message_id, module, queue,"
                    + " host, port, mx_lookup, account_id, mailbox, address, original, notify, orcpt_type, orcpt_address,"
                    + " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (QueueRecipient r : m.recipients()) {
                    QueueRows.bindRecipient(p, id, r, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return id;
        });
    }

    /**
     * Claims due work: recipients whose next attempt has come and that nobody holds, grouped by
     * message and queue, at most {@code maxRecipients} a group. {@code admission} is asked once per
     * group, in due order, whether the caller can run it now (destination slots); refused groups
     * stay unclaimed.
     *
     * @param scan       how many due recipients to look at
     * @param busyQueues queue keys ({@link #queueKey}) not to look at, because the caller has no
     *                   slot for them (so a queue full of waiting work does not hide the others)
     */
    public List<QueueJob> claim(Instant now, Instant leaseUntil, int scan, int maxRecipients, Admission admission,
            Set<String> busyQueues) {
        long t = now.toEpochMilli();
        List<String> busy = List.copyOf(busyQueues);
        List<long[]> due = db.read(c -> {
            List<long[]> out = new ArrayList<>();
            StringBuilder skip = new StringBuilder();
            for (int i = 0; i < busy.size(); i++) {
                skip.append(i == 0 ? " AND module || ' ' || queue NOT IN (?" : ", ?");
            }
            if (!busy.isEmpty()) {
                skip.append(')');
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id, message_id FROM queue_recipients"
                    + " WHERE next_attempt <= ? AND (lease_until IS NULL OR lease_until <= ?)" + skip
                    + " ORDER BY next_attempt, id LIMIT ?")) {
                p.setLong(1, t);
                p.setLong(2, t);
                for (int i = 0; i < busy.size(); i++) {
                    p.setString(3 + i, busy.get(i));
                }
                p.setInt(3 + busy.size(), scan);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            return out;
        });
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, QueuedEnvelope> envelopes = new LinkedHashMap<>();
        List<ClaimedRecipient> rows = loadDetails(due, envelopes);
        // group per message and queue, in due order
        Map<String, List<ClaimedRecipient>> groups = new LinkedHashMap<>();
        for (ClaimedRecipient r : rows) {
            String key = r.messageId() + " " + queueKey(r.target());
            List<ClaimedRecipient> g = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (g.size() < maxRecipients) {
                g.add(r);
            }
        }
        List<QueueJob> chosen = new ArrayList<>();
        for (List<ClaimedRecipient> g : groups.values()) {
            ClaimedRecipient first = g.getFirst();
            if (admission.tryAcquire(queueKey(first.target()))) {
                chosen.add(new QueueJob(envelopes.get(first.messageId()), first.target().module(),
                        first.target().queue(), g));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        return db.write(c -> {
            List<QueueJob> won = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("UPDATE queue_recipients SET lease_until = ?, lease_owner = ?"
                    + " WHERE id = ? AND next_attempt <= ? AND (lease_until IS NULL OR lease_until <= ?)")) {
                for (QueueJob job : chosen) {
                    List<ClaimedRecipient> got = new ArrayList<>();
                    for (ClaimedRecipient r : job.recipients()) {
                        p.setLong(1, leaseUntil.toEpochMilli());
                        p.setString(2, owner);
                        p.setLong(3, r.id());
                        p.setLong(4, t);
                        p.setLong(5, t);
                        if (p.executeUpdate() == 1) {
                            got.add(r);
                        }
                    }
                    if (!got.isEmpty()) {
                        won.add(new QueueJob(job.message(), job.module(), job.queue(), got));
                    } else {
                        // another node took it meanwhile: give the slot back
                        admission.release(queueKey(job.recipients().getFirst().target()));
                    }
                }
            }
            return won;
        });
    }

    /** The key {@link Admission} sees: module and queue name. */
    public static String queueKey(QueueTarget t) {
        return t.module() + " " + t.queue();
    }

    /**
     * Decides whether the caller can run a job for a queue now (concurrency slots). A slot taken by
     * {@link #tryAcquire} is given back by the caller when the job ends, or by {@link #claim}
     * itself when the lease went to someone else.
     */
    public interface Admission {
        boolean tryAcquire(String queueKey);

        void release(String queueKey);
    }

    private List<ClaimedRecipient> loadDetails(List<long[]> due, Map<Long, QueuedEnvelope> envelopes) {
        return db.read(c -> {
            List<ClaimedRecipient> out = new ArrayList<>();
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < due.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement p = c.prepareStatement("SELECT " + RECIPIENT_COLUMNS + ", " + MESSAGE_COLUMNS
                    + " FROM queue_recipients r JOIN queue_messages m ON m.id = r.message_id WHERE r.id IN (" + in
                    + ") ORDER BY r.next_attempt, r.id")) {
                for (int i = 0; i < due.size(); i++) {
                    p.setLong(i + 1, due.get(i)[0]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ClaimedRecipient r = QueueRows.recipient(rs);
                        if (!envelopes.containsKey(r.messageId())) {
                            envelopes.put(r.messageId(), QueueRows.envelope(rs, QueueRows.MESSAGE_OFFSET));
                        }
                        out.add(r);
                    }
                }
            }
            return out;
        });
    }

    /** The message's content, or empty when it left the queue meanwhile. */
    public Optional<byte[]> body(long messageId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM queue_bodies WHERE message_id = ?")) {
                p.setLong(1, messageId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** A recipient to try again later. */
    public record Retry(long recipientId, int attempts, Instant nextAttempt, String lastError, boolean delayNotified) {}

    /**
     * Records the result of an attempt in one transaction: {@code finished} recipients (delivered,
     * bounced) leave the queue, {@code retries} get their new state and lose their lease; a message
     * without recipients leaves with its body.
     */
    public void complete(long messageId, List<Long> finished, List<Retry> retries, Instant now) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM queue_recipients WHERE id = ?")) {
                for (long id : finished) {
                    p.setLong(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE queue_recipients SET attempts = ?, next_attempt = ?,"
                    + " last_attempt = ?, last_error = ?, delay_notified = ?, lease_until = NULL, lease_owner = NULL"
                    + " WHERE id = ?")) {
                for (Retry r : retries) {
                    p.setInt(1, r.attempts());
                    p.setLong(2, r.nextAttempt().toEpochMilli());
                    p.setLong(3, now.toEpochMilli());
                    p.setString(4, QueueRows.clip(r.lastError()));
                    p.setInt(5, r.delayNotified() ? 1 : 0);
                    p.setLong(6, r.recipientId());
                    p.addBatch();
                }
                p.executeBatch();
            }
            deleteIfEmpty(c, messageId);
            return null;
        });
    }

    private static void deleteIfEmpty(Connection c, long messageId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM queue_recipients WHERE message_id = ? LIMIT 1")) {
            p.setLong(1, messageId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        for (String sql : List.of("DELETE FROM queue_bodies WHERE message_id = ?", "DELETE FROM queue_messages WHERE id = ?")) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, messageId);
                p.executeUpdate();
            }
        }
    }

    /** Ends every lease (single-node start: nobody else can hold one). */
    public int clearLeases() {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE queue_recipients SET lease_until = NULL, lease_owner = NULL WHERE lease_until IS NOT NULL")) {
                return p.executeUpdate();
            }
        });
    }

    /** The earliest time any recipient becomes due (its next attempt or the end of its lease), if any. */
    public Optional<Instant> nextDue() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MIN(CASE WHEN lease_until IS NOT NULL"
                    + " AND lease_until > next_attempt THEN lease_until ELSE next_attempt END) FROM queue_recipients");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }

    /**
     * RELEASESMTPQUEUE: every waiting recipient of the queue becomes due now.
     *
     * @param queue a queue name as {@link QueueTarget#queue()} gives it (any case)
     * @return how many recipients were released
     */
    public int release(String module, String queue, Instant now) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE queue_recipients SET next_attempt = ?"
                    + " WHERE module = ? AND LOWER(queue) = LOWER(?) AND next_attempt > ?")) {
                p.setLong(1, now.toEpochMilli());
                p.setString(2, module);
                p.setString(3, queue);
                p.setLong(4, now.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    /** A message taken out of the queue by {@link #remove}: what a rejection notice needs. */
    public record Removed(QueuedEnvelope message, byte[] body, List<ClaimedRecipient> recipients) {}

    /** REJECTQUEUEMESSAGE: takes the message and all its waiting recipients out of the queue. */
    public Optional<Removed> remove(long messageId) {
        return db.write(c -> {
            QueuedEnvelope env = null;
            List<ClaimedRecipient> rs = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + RECIPIENT_COLUMNS + ", " + MESSAGE_COLUMNS
                    + " FROM queue_messages m LEFT JOIN queue_recipients r ON r.message_id = m.id WHERE m.id = ?"
                    + " ORDER BY r.id")) {
                p.setLong(1, messageId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (env == null) {
                            env = QueueRows.envelope(r, QueueRows.MESSAGE_OFFSET);
                        }
                        r.getLong(1);
                        if (!r.wasNull()) {
                            rs.add(QueueRows.recipient(r));
                        }
                    }
                }
            }
            if (env == null) {
                return Optional.<Removed>empty();
            }
            byte[] body;
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM queue_bodies WHERE message_id = ?")) {
                p.setLong(1, messageId);
                try (ResultSet r = p.executeQuery()) {
                    body = r.next() ? r.getBytes(1) : new byte[0];
                }
            }
            for (String sql : List.of("DELETE FROM queue_recipients WHERE message_id = ?",
                    "DELETE FROM queue_bodies WHERE message_id = ?", "DELETE FROM queue_messages WHERE id = ?")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setLong(1, messageId);
                    p.executeUpdate();
                }
            }
            return Optional.of(new Removed(env, body, rs));
        });
    }

    /** Every queue with waiting recipients, sorted by module and name. */
    public List<QueueSummary> summaries() {
        return db.read(c -> QueueRows.summaries(c, null, null));
    }

    /** One queue's summary, if it has waiting recipients. */
    public Optional<QueueSummary> summary(String module, String queue) {
        return db.read(c -> QueueRows.summaries(c, module, queue)).stream().findFirst();
    }

    /** The messages waiting in one queue (at most {@code limit}), oldest first. */
    public List<QueuedMessageInfo> messages(String module, String queue, int limit) {
        return db.read(c -> QueueRows.messages(c, module, queue, limit));
    }

    /** One queued message with all its waiting recipients. */
    public Optional<QueuedMessageInfo> message(long id) {
        return db.read(c -> QueueRows.message(c, id));
    }

    /** How many recipients are waiting, all queues together. */
    public int size() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM queue_recipients");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

}
