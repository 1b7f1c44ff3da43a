package org.parley.store.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.store.blob.BlobHash;

/** Hierarchy changes inside one account's namespace (RFC 9051 §6.3.4–6.3.6), within a transaction. */
final class MailboxOps {
    private final MailStore store;

    MailboxOps(MailStore store) {
        this.store = store;
    }

    /**
     * Creates {@code path} and any missing ancestors (RFC 9051 §6.3.4), each inheriting the ACL of
     * its parent. A \Noselect placeholder of that name becomes selectable again, with a new
     * UIDVALIDITY. Returns the row of {@code path}.
     */
    MailboxRow create(Connection c, Tx tx, long ownerId, String path, MailboxClass cls, Set<SpecialUse> use, long origin)
            throws SQLException {
        MailboxRow parent = null;
        for (String a : MailboxNames.ancestors(path)) {
            MailboxRow row = store.mailboxes.find(c, ownerId, a);
            if (row == null) {
                row = insert(c, tx, ownerId, a, cls, Set.of(), parent, origin);
            }
            parent = row;
        }
        MailboxRow existing = store.mailboxes.find(c, ownerId, path);
        if (existing != null) {
            if (!existing.noselect()) {
                throw new MailStoreException(MailError.ALREADY_EXISTS, "mailbox already exists");
            }
            long uv = store.mailboxes.nextUidValidity(c, store.clock.millis());
            store.mailboxes.update(c, existing.id(), "noselect", 0);
            store.mailboxes.update(c, existing.id(), "uidvalidity", uv);
            store.mailboxes.update(c, existing.id(), "mailbox_class", cls.wireName());
            store.mailboxes.update(c, existing.id(), "special_use", SpecialUse.encode(use));
            tx.event(new MailEvent.MailboxCreated(ownerId, origin, existing.id(), path));
            return store.mailboxes.byId(c, existing.id(), false);
        }
        return insert(c, tx, ownerId, path, cls, use, parent, origin);
    }

    private MailboxRow insert(Connection c, Tx tx, long ownerId, String path, MailboxClass cls, Set<SpecialUse> use,
            MailboxRow parent, long origin) throws SQLException {
        MailboxRow row = store.mailboxes.insert(c, ownerId, path, cls, use, false, store.clock.millis());
        if (parent != null) {
            store.acls.inherit(c, parent.id(), row.id());
        }
        tx.event(new MailEvent.MailboxCreated(ownerId, origin, row.id(), path));
        return row;
    }

    /** Removes every message of a mailbox, releasing blobs and usage (no tombstones: the mailbox goes). */
    void dropMessages(Connection c, Tx tx, MailboxRow row) throws SQLException {
        long[] sizes = new long[2];
        Map<BlobHash, Integer> counts = store.messages.blobCounts(c, row.id(), sizes);
        for (Map.Entry<BlobHash, Integer> e : counts.entrySet()) {
            tx.release(e.getKey(), e.getValue());
        }
        store.messages.deleteAll(c, row.id());
        if (sizes[1] > 0) {
            store.mailboxes.lockUsage(c, List.of(row.accountId()));
            store.mailboxes.addUsage(c, row.accountId(), -sizes[0], -sizes[1]);
        }
    }

    /**
     * RFC 9051 §6.3.5: a mailbox with children loses its messages and becomes \Noselect; a \Noselect
     * mailbox with children cannot be deleted; otherwise it goes entirely.
     */
    void delete(Connection c, Tx tx, MailboxRow row, long origin) throws SQLException {
        store.mailboxes.lock(c, List.of(row.id()));
        boolean children = false;
        for (MailboxRow r : store.mailboxes.all(c, row.accountId())) {
            if (!r.name().equals(row.name()) && MailboxNames.isSelfOrBelow(r.name(), row.name())) {
                children = true;
                break;
            }
        }
        if (children && row.noselect()) {
            throw new MailStoreException(MailError.HAS_CHILDREN, "mailbox has children");
        }
        dropMessages(c, tx, row);
        if (children) {
            store.mailboxes.update(c, row.id(), "noselect", 1);
            // RFC 9051 §6.3.5: a later CREATE of this name must not reuse UIDs; the new UIDVALIDITY on re-create ensures it
        } else {
            store.mailboxes.delete(c, row.id());
        }
        tx.event(new MailEvent.MailboxDeleted(row.accountId(), origin, row.id(), row.name(), children));
    }

    /** RFC 9051 §6.3.6: renames the mailbox and all its children; creates missing ancestors of the new name. */
    void rename(Connection c, Tx tx, long ownerId, MailboxRow source, String to, long origin) throws SQLException {
        if (MailboxNames.isSelfOrBelow(to, source.name())) {
            throw new MailStoreException(MailError.CANNOT, "cannot rename a mailbox into itself");
        }
        if (store.mailboxes.find(c, ownerId, to) != null) {
            throw new MailStoreException(MailError.ALREADY_EXISTS, "target mailbox exists");
        }
        String parent = MailboxNames.parent(to);
        if (parent != null && store.mailboxes.find(c, ownerId, parent) == null) {
            create(c, tx, ownerId, parent, MailboxClass.MAIL, Set.of(), origin);
        }
        List<MailboxRow> moving = new ArrayList<>();
        for (MailboxRow r : store.mailboxes.all(c, ownerId)) {
            if (MailboxNames.isSelfOrBelow(r.name(), source.name())) {
                moving.add(r);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (MailboxRow r : moving) {
            ids.add(r.id());
        }
        store.mailboxes.lock(c, ids);
        for (MailboxRow r : moving) {
            String newName = to + r.name().substring(source.name().length());
            store.mailboxes.update(c, r.id(), "name", newName);
            renameSubscription(c, ownerId, r.name(), newName);
            tx.event(new MailEvent.MailboxRenamed(ownerId, origin, r.id(), r.name(), newName));
        }
    }

    /** Subscriptions follow the mailboxes they name, so a renamed folder stays subscribed. */
    private static void renameSubscription(Connection c, long accountId, String from, String to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE mail_subscriptions SET name = ? WHERE account_id = ? AND name = ?")) {
            p.setString(1, to);
            p.setLong(2, accountId);
            p.setString(3, from);
            p.executeUpdate();
        }
    }

    /**
     * RFC 9051 §6.3.6: renaming INBOX moves all its messages to a new mailbox of the new name and
     * leaves INBOX empty; INBOX's children stay. The messages keep their UIDs in the new mailbox (it
     * has a fresh UIDVALIDITY); INBOX records them as expunged, so QRESYNC clients see VANISHED.
     */
    void renameInbox(Connection c, Tx tx, long ownerId, MailboxRow inbox, String to, long origin) throws SQLException {
        if (MailboxNames.isSelfOrBelow(to, MailboxNames.INBOX)) {
            throw new MailStoreException(MailError.CANNOT, "cannot rename INBOX into itself");
        }
        MailboxRow target = create(c, tx, ownerId, to, inbox.mailboxClass(), Set.of(), origin);
        store.mailboxes.lock(c, List.of(inbox.id(), target.id()));
        List<Long> uids = new ArrayList<>();
        for (MessageState m : store.messages.listing(c, inbox.id())) {
            uids.add(m.uid());
        }
        long modseq = inbox.highestModseq() + 1;
        try (PreparedStatement p = c.prepareStatement("UPDATE mail_messages SET mailbox_id = ? WHERE mailbox_id = ?")) {
            p.setLong(1, target.id());
            p.setLong(2, inbox.id());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_keywords (mailbox_id, keyword_key, keyword) SELECT ?, keyword_key, keyword FROM mail_keywords WHERE mailbox_id = ?")) {
            p.setLong(1, target.id());
            p.setLong(2, inbox.id());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mail_expunged (mailbox_id, uid, modseq) VALUES (?, ?, ?)")) {
            for (long uid : uids) {
                p.setLong(1, inbox.id());
                p.setLong(2, uid);
                p.setLong(3, modseq);
                p.addBatch();
            }
            p.executeBatch();
        }
        store.mailboxes.setCounters(c, target.id(), inbox.uidNext(), Math.max(target.highestModseq(), inbox.highestModseq()));
        store.mailboxes.update(c, target.id(), "recent_uid", inbox.uidNext());
        if (!uids.isEmpty()) {
            store.mailboxes.setCounters(c, inbox.id(), inbox.uidNext(), modseq);
            tx.event(new MailEvent.MessagesExpunged(ownerId, origin, inbox.id(), UidSet.of(uids), modseq));
        }
    }
}
