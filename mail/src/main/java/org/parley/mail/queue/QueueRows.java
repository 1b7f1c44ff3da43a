package org.parley.mail.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.parley.mail.smtp.client.Destination;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.DsnNotify;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.RcptParameters;

/** Row mapping of the queue tables (V003): binding inserts, reading rows, the CLI listings. */
final class QueueRows {
    static final String RECIPIENT_COLUMNS = "r.id, r.message_id, r.module, r.queue, r.host, r.port, r.mx_lookup,"
            + " r.account_id, r.mailbox, r.address, r.original, r.notify, r.orcpt_type, r.orcpt_address, r.attempts,"
            + " r.delay_notified, r.last_attempt";
    /** 1-based index of the first message column after {@link #RECIPIENT_COLUMNS}. */
    static final int MESSAGE_OFFSET = 18;
    static final String MESSAGE_COLUMNS = "m.id, m.sender, m.envelope_id, m.ret, m.body_type, m.smtputf8,"
            + " m.requiretls, m.size, m.origin, m.created_at, m.expires_at";
    /** Error texts are for people; keep rows small. */
    private static final int MAX_ERROR = 1000;

    private QueueRows() {}

    static void bindMessage(PreparedStatement p, NewMessage m, Instant now, Instant expires) throws SQLException {
        MailParameters mp = m.parameters();
        p.setString(1, PathText.of(m.sender()));
        p.setString(2, mp.envelopeId().orElse(null));
        p.setString(3, mp.ret().map(Enum::name).orElse(null));
        p.setString(4, mp.body().map(BodyType::name).orElse(null));
        p.setInt(5, mp.smtpUtf8() ? 1 : 0);
        p.setInt(6, mp.requireTls() ? 1 : 0);
        p.setLong(7, m.content().length);
        p.setString(8, m.origin() == null ? "" : m.origin());
        p.setLong(9, now.toEpochMilli());
        p.setLong(10, expires.toEpochMilli());
    }

    static void bindRecipient(PreparedStatement p, long messageId, QueueRecipient r, Instant now) throws SQLException {
        QueueTarget t = r.target();
        p.setLong(1, messageId);
        p.setString(2, t.module());
        p.setString(3, t.queue());
        switch (t) {
            case QueueTarget.Remote remote -> {
                p.setString(4, remote.destination().host());
                p.setInt(5, remote.destination().port());
                p.setInt(6, remote.destination().mxLookup() ? 1 : 0);
                p.setNull(7, Types.BIGINT);
                p.setNull(8, Types.VARCHAR);
            }
            case QueueTarget.Local local -> {
                p.setNull(4, Types.VARCHAR);
                p.setInt(5, 0);
                p.setInt(6, 0);
                p.setLong(7, local.accountId());
                p.setString(8, local.mailbox());
            }
        }
        p.setString(9, t.address());
        p.setString(10, r.original());
        p.setString(11, notify(r.parameters().notifyOn()));
        OriginalRecipient o = r.parameters().originalRecipient().orElse(null);
        p.setString(12, o == null ? null : o.addressType());
        p.setString(13, o == null ? null : o.address());
        p.setLong(14, now.toEpochMilli());
    }

    static ClaimedRecipient recipient(ResultSet rs) throws SQLException {
        String module = rs.getString(3);
        String address = rs.getString(10);
        QueueTarget target;
        if ("LOCAL".equals(module)) {
            target = new QueueTarget.Local(rs.getLong(8), rs.getString(9), address);
        } else {
            target = new QueueTarget.Remote(new Destination(rs.getString(5), rs.getInt(6), rs.getInt(7) != 0), address);
        }
        RcptParameters params = new RcptParameters(notifySet(rs.getString(12)), Optional.empty());
        String orcptType = rs.getString(13);
        if (orcptType != null) {
            params = params.withOriginalRecipient(new OriginalRecipient(orcptType, rs.getString(14)));
        }
        long last = rs.getLong(17);
        Instant lastAttempt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        return new ClaimedRecipient(rs.getLong(1), rs.getLong(2), target, rs.getString(11), params, rs.getInt(15),
                rs.getInt(16) != 0, lastAttempt);
    }

    static QueuedEnvelope envelope(ResultSet rs, int o) throws SQLException {
        MailParameters mp = new MailParameters(OptionalLong.empty(),
                Optional.ofNullable(rs.getString(o + 4)).map(BodyType::valueOf), rs.getInt(o + 5) != 0,
                Optional.empty(), Optional.ofNullable(rs.getString(o + 3)).map(DsnReturn::valueOf),
                Optional.ofNullable(rs.getString(o + 2)), rs.getInt(o + 6) != 0);
        return new QueuedEnvelope(rs.getLong(o), PathText.parse(rs.getString(o + 1)), mp, rs.getString(o + 8),
                rs.getLong(o + 7), Instant.ofEpochMilli(rs.getLong(o + 9)), Instant.ofEpochMilli(rs.getLong(o + 10)));
    }

    static String notify(Set<DsnNotify> n) {
        StringBuilder out = new StringBuilder();
        for (DsnNotify d : DsnNotify.values()) {
            if (n.contains(d)) {
                out.append(out.isEmpty() ? "" : ",").append(d.name());
            }
        }
        return out.toString();
    }

    static Set<DsnNotify> notifySet(String s) {
        if (s == null || s.isEmpty()) {
            return Set.of();
        }
        Set<DsnNotify> out = EnumSet.noneOf(DsnNotify.class);
        for (String part : s.split(",")) {
            out.add(DsnNotify.valueOf(part));
        }
        return out;
    }

    static String clip(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }

    static List<QueueSummary> summaries(Connection c, String module, String queue) throws SQLException {
        String where = module == null ? "" : " WHERE r.module = ? AND LOWER(r.queue) = LOWER(?)";
        Map<String, Acc> acc = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT r.module, r.queue, r.message_id, m.size, r.attempts,"
                + " r.next_attempt, r.last_attempt, r.last_error FROM queue_recipients r"
                + " JOIN queue_messages m ON m.id = r.message_id" + where + " ORDER BY r.module, r.queue, r.id")) {
            if (module != null) {
                p.setString(1, module);
                p.setString(2, queue);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String mod = rs.getString(1);
                    String q = rs.getString(2);
                    Acc a = acc.computeIfAbsent(mod + " " + q, k -> new Acc(mod, q));
                    a.add(rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getString(8));
                }
            }
        }
        List<QueueSummary> out = new ArrayList<>();
        for (Acc a : acc.values()) {
            out.add(a.summary());
        }
        out.sort((x, y) -> x.module().equals(y.module()) ? x.queue().compareTo(y.queue()) : x.module().compareTo(y.module()));
        return out;
    }

    /** Running totals for one queue. */
    private static final class Acc {
        final String module;
        final String queue;
        final Set<Long> messages = new HashSet<>();
        int recipients;
        long size;
        long delayedTill = Long.MAX_VALUE;
        long lastAttempt = Long.MIN_VALUE;
        String lastError;

        Acc(String module, String queue) {
            this.module = module;
            this.queue = queue;
        }

        void add(long messageId, long messageSize, int attempts, long next, long last, String error) {
            recipients++;
            if (messages.add(messageId)) {
                size += messageSize;
            }
            if (attempts > 0) {
                delayedTill = Math.min(delayedTill, next);
                if (error != null && last >= lastAttempt) {
                    lastAttempt = last;
                    lastError = error;
                }
            }
        }

        QueueSummary summary() {
            return new QueueSummary(module, queue, messages.size(), recipients, size,
                    delayedTill == Long.MAX_VALUE ? null : Instant.ofEpochMilli(delayedTill), lastError);
        }
    }

    static List<QueuedMessageInfo> messages(Connection c, String module, String queue, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT message_id FROM queue_recipients"
                + " WHERE module = ? AND LOWER(queue) = LOWER(?) ORDER BY message_id LIMIT ?")) {
            p.setString(1, module);
            p.setString(2, queue);
            p.setInt(3, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        List<QueuedMessageInfo> out = new ArrayList<>();
        for (long id : ids) {
            message(c, id).ifPresent(out::add);
        }
        return out;
    }

    static Optional<QueuedMessageInfo> message(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT m.sender, m.origin, m.size, m.created_at, m.expires_at,"
                + " r.module, r.queue, r.address, r.original, r.attempts, r.next_attempt, r.last_error"
                + " FROM queue_messages m LEFT JOIN queue_recipients r ON r.message_id = m.id WHERE m.id = ? ORDER BY r.id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                String sender = null;
                String origin = null;
                long size = 0;
                Instant created = null;
                Instant expires = null;
                List<QueuedMessageInfo.Recipient> rcpts = new ArrayList<>();
                while (rs.next()) {
                    if (created == null) {
                        sender = rs.getString(1);
                        origin = rs.getString(2);
                        size = rs.getLong(3);
                        created = Instant.ofEpochMilli(rs.getLong(4));
                        expires = Instant.ofEpochMilli(rs.getLong(5));
                    }
                    String mod = rs.getString(6);
                    if (mod != null) {
                        rcpts.add(new QueuedMessageInfo.Recipient(mod, rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)), rs.getString(12)));
                    }
                }
                if (created == null) {
                    return Optional.empty();
                }
                return Optional.of(new QueuedMessageInfo(id, sender, origin, size, created, expires, rcpts));
            }
        }
    }
}
