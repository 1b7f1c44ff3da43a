package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.store.blob.BlobHash;
import org.parley.store.message.ParsedMessage;

/** Message operations inside one mailbox (or two, for copy and move), within a transaction. */
final class MessageOps {
    private final MailStore store;

    MessageOps(MailStore store) {
        this.store = store;
    }

    MailboxSnapshot snapshot(MailboxHandle h, boolean claimRecent) {
        UidSet claimed = claimRecent ? claimRecent(h.mailboxId()) : UidSet.empty();
        return store.db.read(c -> {
            MailboxRow row = store.mailboxes.byId(c, h.mailboxId(), false);
            if (row == null) {
                throw new MailStoreException(MailError.NONEXISTENT, "mailbox was deleted");
            }
            // one statement reads the listing, so it is consistent; counters read before it are raised to cover it
            List<MessageState> list = store.messages.listing(c, h.mailboxId());
            long uidNext = row.uidNext();
            long modseq = row.highestModseq();
            int unseen = 0;
            int firstUnseen = 0;
            int deleted = 0;
            long size = 0;
            for (int i = 0; i < list.size(); i++) {
                MessageState m = list.get(i);
                uidNext = Math.max(uidNext, m.uid() + 1);
                modseq = Math.max(modseq, m.modseq());
                if (!m.flags().seen()) {
                    unseen++;
                    if (firstUnseen == 0) {
                        firstUnseen = i + 1;
                    }
                }
                if (m.flags().deleted()) {
                    deleted++;
                }
                size += m.size();
            }
            List<Long> recent = new ArrayList<>();
            if (!claimed.isEmpty()) {
                for (MessageState m : list) {
                    if (claimed.contains(m.uid())) {
                        recent.add(m.uid());
                    }
                }
            }
            List<String> keywords = new ArrayList<>(store.messages.keywords(c, h.mailboxId()).values());
            return new MailboxSnapshot(h, row.uidValidity(), uidNext, modseq, list, UidSet.of(recent), keywords, unseen, firstUnseen,
                    deleted, size);
        });
    }

    /** RFC 3501 §2.3.2: \Recent goes to the first session that sees a message; writes only when there are new ones. */
    UidSet claimRecent(long mailboxId) {
        boolean pending = store.db.read(c -> {
            MailboxRow r = store.mailboxes.byId(c, mailboxId, false);
            return r != null && r.recentUid() < r.uidNext();
        });
        if (!pending) {
            return UidSet.empty();
        }
        return store.writer.write((c, tx) -> {
            MailboxRow r = store.mailboxes.byId(c, mailboxId, true);
            if (r == null || r.recentUid() >= r.uidNext()) {
                return UidSet.empty();
            }
            store.mailboxes.update(c, mailboxId, "recent_uid", r.uidNext());
            return UidSet.range(Math.max(1, r.recentUid()), r.uidNext() - 1);
        });
    }

    MailboxStatus status(long mailboxId) {
        return store.db.read(c -> {
            MailboxRow row = store.mailboxes.byId(c, mailboxId, false);
            if (row == null) {
                throw new MailStoreException(MailError.NONEXISTENT, "mailbox was deleted");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (flags & 1) = 0 THEN 1 ELSE 0 END), 0),"
                            + " COALESCE(SUM(CASE WHEN uid >= ? THEN 1 ELSE 0 END), 0), COALESCE(SUM(size), 0),"
                            + " COALESCE(SUM(CASE WHEN (flags & 8) <> 0 THEN 1 ELSE 0 END), 0), COALESCE(MAX(modseq), 0),"
                            + " COALESCE(MAX(uid), 0) FROM mail_messages WHERE mailbox_id = ?")) {
                p.setLong(1, row.recentUid());
                p.setLong(2, mailboxId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return new MailboxStatus(mailboxId, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            Math.max(row.uidNext(), rs.getLong(7) + 1), row.uidValidity(),
                            Math.max(row.highestModseq(), rs.getLong(6)), rs.getLong(4), rs.getLong(5));
                }
            }
        });
    }

    /** Keeps only the flags the caller may set (RFC 4314 §4: \Seen needs s, \Deleted t, others w). */
    static Flags permitted(Flags f, Rights r) {
        int system = f.system();
        if (!r.has(Rights.SEEN)) {
            system &= ~Flags.SEEN;
        }
        if (!r.has(Rights.DELETE_MESSAGES)) {
            system &= ~Flags.DELETED;
        }
        if (!r.has(Rights.WRITE)) {
            system &= Flags.SEEN | Flags.DELETED;
            return Flags.of(system);
        }
        return new Flags(system, f.keywords());
    }

    /** For REPLACE: the new flags where the caller has the right, the old ones elsewhere. */
    static Flags replaceWithin(Flags old, Flags given, Rights r) {
        int mask = 0;
        if (r.has(Rights.SEEN)) {
            mask |= Flags.SEEN;
        }
        if (r.has(Rights.DELETE_MESSAGES)) {
            mask |= Flags.DELETED;
        }
        boolean w = r.has(Rights.WRITE);
        if (w) {
            mask |= Flags.ANSWERED | Flags.FLAGGED | Flags.DRAFT;
        }
        int system = (old.system() & ~mask) | (given.system() & mask);
        return new Flags(system, w ? given.keywords() : old.keywords());
    }

    StoreResult store(MailboxHandle h, UidSet uids, StoreMode mode, Flags flags, long unchangedSince, long origin) {
        Rights r = h.rights();
        if (!r.has(Rights.SEEN) && !r.has(Rights.DELETE_MESSAGES) && !r.has(Rights.WRITE)) {
            throw new MailStoreException(MailError.NO_PERMISSION, "no right to change flags");
        }
        Flags given = mode == StoreMode.REPLACE ? flags : permitted(flags, r);
        return store.writer.write((c, tx) -> {
            MailboxRow row = locked(c, h.mailboxId());
            Map<String, String> known = store.messages.keywords(c, h.mailboxId());
            Flags canon = mode == StoreMode.REMOVE
                    ? given
                    : store.messages.canonical(c, h.mailboxId(), given, store.options.maxKeywords(), known);
            long modseq = row.highestModseq() + 1;
            List<MessageState> changed = new ArrayList<>();
            List<Long> modified = new ArrayList<>();
            for (MessageRow m : store.messages.rows(c, h.mailboxId(), uids)) {
                // RFC 7162 §3.1.3: a message changed after UNCHANGEDSINCE is not touched and is reported MODIFIED
                if (unchangedSince >= 0 && m.modseq() > unchangedSince) {
                    modified.add(m.uid());
                    continue;
                }
                Flags next = switch (mode) {
                    case ADD -> m.flags().plus(canon);
                    case REMOVE -> m.flags().minus(canon);
                    case REPLACE -> replaceWithin(m.flags(), canon, r);
                };
                if (!next.sameAs(m.flags())) {
                    changed.add(new MessageState(m.uid(), next, modseq, m.size()));
                }
            }
            if (!changed.isEmpty()) {
                store.messages.setFlags(c, h.mailboxId(), changed);
                store.mailboxes.setCounters(c, h.mailboxId(), row.uidNext(), modseq);
                List<Long> cu = new ArrayList<>();
                for (MessageState m : changed) {
                    cu.add(m.uid());
                }
                tx.event(new MailEvent.FlagsChanged(h.ownerAccountId(), origin, h.mailboxId(), UidSet.of(cu), modseq));
            }
            return new StoreResult(changed, UidSet.of(modified));
        });
    }

    private MailboxRow locked(Connection c, long mailboxId) throws SQLException {
        MailboxRow row = store.mailboxes.byId(c, mailboxId, true);
        if (row == null) {
            throw new MailStoreException(MailError.NONEXISTENT, "mailbox was deleted");
        }
        return row;
    }

    /** Expunges messages of {@code uids} (all if null) that are \Deleted, or all of them when {@code deletedOnly} is false. */
    UidSet expunge(MailboxHandle h, UidSet uids, boolean deletedOnly, long origin) {
        return store.writer.write((c, tx) -> {
            MailboxRow row = locked(c, h.mailboxId());
            List<Long> gone = new ArrayList<>();
            long size = 0;
            for (MessageRow m : store.messages.rows(c, h.mailboxId(), uids == null ? UidSet.all() : uids)) {
                if (!deletedOnly || m.flags().deleted()) {
                    gone.add(m.uid());
                    size += m.size();
                    tx.release(m.blob(), 1);
                }
            }
            if (gone.isEmpty()) {
                return UidSet.empty();
            }
            long modseq = row.highestModseq() + 1;
            store.messages.expunge(c, h.mailboxId(), gone, modseq);
            store.mailboxes.setCounters(c, h.mailboxId(), row.uidNext(), modseq);
            store.mailboxes.lockUsage(c, List.of(h.ownerAccountId()));
            store.mailboxes.addUsage(c, h.ownerAccountId(), -size, -gone.size());
            UidSet set = UidSet.of(gone);
            tx.event(new MailEvent.MessagesExpunged(h.ownerAccountId(), origin, h.mailboxId(), set, modseq));
            return set;
        });
    }

    /**
     * COPY, or MOVE (RFC 6851: atomic, one transaction: the copies exist and the originals are gone,
     * or neither). Copies get consecutive UIDs in the destination in source UID order.
     */
    CopyResult copy(MailboxHandle src, UidSet uids, MailboxHandle dst, boolean move, long origin) {
        QuotaLimits limits = store.quotas.limits(dst.ownerAccountId());
        return store.writer.write((c, tx) -> {
            store.mailboxes.lock(c, List.of(src.mailboxId(), dst.mailboxId()));
            Set<Long> accounts = new HashSet<>(List.of(src.ownerAccountId(), dst.ownerAccountId()));
            store.mailboxes.lockUsage(c, new TreeSet<>(accounts));
            MailboxRow from = locked(c, src.mailboxId());
            MailboxRow to = locked(c, dst.mailboxId());
            if (to.noselect()) {
                throw new MailStoreException(MailError.CANNOT, "mailbox cannot hold messages");
            }
            List<MessageRow> rows = store.messages.rows(c, src.mailboxId(), uids);
            if (rows.isEmpty()) {
                return new CopyResult(to.uidValidity(), List.of(), List.of(), 0);
            }
            if (from.id() == to.id() && move) {
                throw new MailStoreException(MailError.CANNOT, "cannot move a mailbox's messages into itself");
            }
            Map<String, String> known = store.messages.keywords(c, to.id());
            long next = to.uidNext();
            long modseq = to.highestModseq() + 1;
            long size = 0;
            List<Long> srcUids = new ArrayList<>();
            List<Long> dstUids = new ArrayList<>();
            for (MessageRow m : rows) {
                if (next > UidSet.MAX_UID) {
                    throw new MailStoreException(MailError.LIMIT, "mailbox has used up its UIDs");
                }
                Flags f = store.messages.canonical(c, to.id(), permitted(m.flags(), dst.rights()),
                        store.options.maxKeywords(), known);
                store.messages.insert(c, to.id(), next, modseq, f, m.internalDate(), m.size(), m.blob());
                tx.addRef(m.blob(), 1);
                srcUids.add(m.uid());
                dstUids.add(next);
                size += m.size();
                next++;
            }
            store.mailboxes.setCounters(c, to.id(), next, modseq);
            boolean sameOwner = src.ownerAccountId() == dst.ownerAccountId();
            if (!(move && sameOwner)) {
                store.mailboxes.charge(c, dst.ownerAccountId(), size, rows.size(), limits);
            }
            long expungeModseq = 0;
            if (move) {
                expungeModseq = from.highestModseq() + 1;
                store.messages.expunge(c, from.id(), srcUids, expungeModseq);
                store.mailboxes.setCounters(c, from.id(), from.uidNext(), expungeModseq);
                for (MessageRow m : rows) {
                    tx.release(m.blob(), 1);
                }
                if (!sameOwner) {
                    store.mailboxes.addUsage(c, src.ownerAccountId(), -size, -rows.size());
                }
            }
            tx.event(new MailEvent.MessagesAdded(dst.ownerAccountId(), origin, to.id(), UidSet.of(dstUids), modseq, next));
            if (move) {
                tx.event(new MailEvent.MessagesExpunged(src.ownerAccountId(), origin, from.id(), UidSet.of(srcUids), expungeModseq));
            }
            return new CopyResult(to.uidValidity(), srcUids, dstUids, expungeModseq);
        });
    }

    Changes changesSince(MailboxHandle h, long modseq) {
        return store.db.read(c -> {
            MailboxRow row = store.mailboxes.byId(c, h.mailboxId(), false);
            if (row == null) {
                throw new MailStoreException(MailError.NONEXISTENT, "mailbox was deleted");
            }
            List<MessageState> changed = store.messages.changedSince(c, h.mailboxId(), modseq);
            UidSet vanished = store.messages.vanishedSince(c, h.mailboxId(), modseq);
            long highest = row.highestModseq();
            long uidNext = row.uidNext();
            for (MessageState m : changed) {
                highest = Math.max(highest, m.modseq());
                uidNext = Math.max(uidNext, m.uid() + 1);
            }
            return new Changes(changed, vanished, highest, uidNext);
        });
    }

    List<MessageMeta> fetch(MailboxHandle h, UidSet uids, boolean structure) {
        record Read(List<MessageRow> rows, Map<BlobHash, ParsedMessage> parsed) {}
        Read read = store.db.read(c -> {
            List<MessageRow> r = store.messages.rows(c, h.mailboxId(), uids);
            return new Read(r, structure ? store.structures.of(c, r.stream().map(MessageRow::blob).toList()) : Map.of());
        });
        List<MessageMeta> out = new ArrayList<>(read.rows().size());
        for (MessageRow m : read.rows()) {
            ParsedMessage pm = null;
            if (structure) {
                pm = read.parsed().get(m.blob());
                if (pm == null) {
                    pm = store.structures.recompute(m.blob());
                }
            }
            out.add(new MessageMeta(m.uid(), m.flags(), m.modseq(), Instant.ofEpochMilli(m.internalDate()), m.size(), m.blob(), pm));
        }
        return out;
    }
}
