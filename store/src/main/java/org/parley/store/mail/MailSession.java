package org.parley.store.mail;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.store.blob.BlobHash;

/**
 * The mail store as one account sees it: the interface IMAP, POP3, XIMSS and the webmail program
 * against. Names are in the account's namespace: own mailboxes ({@code INBOX}, {@code Work/2026}),
 * other accounts' mailboxes ({@code ~bob/Shared}, {@code ~bob@example.com/Shared}) and folder
 * aliases (an own name standing for a foreign mailbox). Every call checks RFC 4314 rights; the
 * owner of a mailbox holds all rights. A caller without any visibility of a mailbox gets
 * {@link MailError#NONEXISTENT}, never {@link MailError#NO_PERMISSION} (RFC 4314 §6).
 *
 * <p>Failures are {@link MailStoreException} (user-facing, nothing changed) or
 * {@link org.parley.store.sql.StoreException} (storage failure). Each mutating call is atomic and
 * durable when it returns, and its events are then published with {@link #id()} as origin.
 * A session is cheap, holds no locks or connections between calls, and is thread-safe; protocol
 * connections use one each.
 */
public final class MailSession {
    private final MailStore store;
    private final long accountId;
    private final long id;
    private final String principal;
    private final String domain;
    private final NameResolver names;
    private final MailboxOps boxes;
    private final MessageOps msgs;

    MailSession(MailStore store, long accountId, long id) {
        this.store = store;
        this.accountId = accountId;
        this.id = id;
        String p = store.principals.principal(accountId);
        this.principal = p == null ? "#" + accountId : p;
        int at = principal.indexOf('@');
        this.domain = at < 0 ? "" : principal.substring(at + 1);
        this.names = new NameResolver(store);
        this.boxes = new MailboxOps(store);
        this.msgs = new MessageOps(store);
    }

    /** Identifies this session as the origin of the events it causes. */
    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    /** {@code name@domain} of the account. */
    public String principal() {
        return principal;
    }

    String domain() {
        return domain;
    }

    // ---------------------------------------------------------------- rights

    private static MailStoreException nonexistent() {
        return new MailStoreException(MailError.NONEXISTENT, "no such mailbox");
    }

    /** The row, checked for existence, visibility and {@code right}. */
    private MailboxRow require(Resolved r, char right) {
        if (r.row() == null || (!r.own(accountId) && !r.rights().has(Rights.LOOKUP) && !r.rights().has(Rights.READ))) {
            throw nonexistent();
        }
        if (!r.rights().has(right)) {
            throw new MailStoreException(MailError.NO_PERMISSION, "permission denied");
        }
        return r.row();
    }

    private static void requireRight(MailboxHandle h, char right) {
        if (!h.rights().has(right)) {
            throw new MailStoreException(MailError.NO_PERMISSION, "permission denied");
        }
    }

    // ---------------------------------------------------------------- listing

    /**
     * Every mailbox of the account plus, for each folder alias, the target and its children the
     * account may look up (named under the alias). Ordered by name. Does not include foreign
     * mailboxes reached only by {@code ~} names (see {@link #listShared}).
     */
    public List<MailboxInfo> list() {
        return store.db.read(c -> {
            Set<String> subs = subscriptionSet(c);
            List<MailboxInfo> out = new ArrayList<>();
            List<MailboxRow> rows = store.mailboxes.all(c, accountId);
            for (MailboxRow r : rows) {
                out.add(info(r.name(), r, accountId, Rights.ALL, hasChildren(rows, r.name()), subs, null));
            }
            for (Map.Entry<String, String> a : names.aliases(c, accountId).entrySet()) {
                NameResolver.Foreign f;
                try {
                    f = names.parseForeign(a.getValue(), domain);
                } catch (MailStoreException dangling) {
                    continue;
                }
                List<MailboxRow> theirs = store.mailboxes.all(c, f.ownerId());
                for (MailboxRow r : theirs) {
                    if (!MailboxNames.isSelfOrBelow(r.name(), f.path())) {
                        continue;
                    }
                    Rights rights = f.ownerId() == accountId ? Rights.ALL : names.rights(c, this, r.id());
                    if (rights.has(Rights.LOOKUP)) {
                        String suffix = r.name().substring(f.path().length());
                        out.add(info(a.getKey() + suffix, r, f.ownerId(), rights, hasChildren(theirs, r.name()), subs,
                                a.getValue() + suffix));
                    }
                }
            }
            out.sort((x, y) -> x.name().compareTo(y.name()));
            return out;
        });
    }

    private static boolean hasChildren(List<MailboxRow> rows, String name) {
        for (MailboxRow r : rows) {
            if (r.name().length() > name.length() && MailboxNames.isSelfOrBelow(r.name(), name)) {
                return true;
            }
        }
        return false;
    }

    private static MailboxInfo info(String name, MailboxRow r, long owner, Rights rights, boolean children, Set<String> subs,
            String alias) {
        return new MailboxInfo(name, r.id(), owner, r.noselect(), false, children, subs.contains(name), r.specialUse(),
                r.mailboxClass(), alias, rights);
    }

    /**
     * The mailboxes of another account that this account may look up ({@code l}), named
     * {@code ~owner/path} with {@code owner} as given.
     */
    public List<MailboxInfo> listShared(String owner) {
        String prefix = "~" + owner + "/";
        return store.db.read(c -> {
            NameResolver.Foreign f;
            try {
                f = names.parseForeign(prefix + "x", domain);
            } catch (MailStoreException e) {
                return List.of();
            }
            Set<String> subs = subscriptionSet(c);
            List<MailboxInfo> out = new ArrayList<>();
            List<MailboxRow> theirs = store.mailboxes.all(c, f.ownerId());
            for (MailboxRow r : theirs) {
                Rights rights = f.ownerId() == accountId ? Rights.ALL : names.rights(c, this, r.id());
                if (rights.has(Rights.LOOKUP)) {
                    out.add(info(prefix + r.name(), r, f.ownerId(), rights, hasChildren(theirs, r.name()), subs, null));
                }
            }
            return out;
        });
    }

    /** Every mailbox of other accounts this account may look up, as {@code ~name/path} (same domain) or {@code ~name@domain/path}. */
    public List<MailboxInfo> listSharedWithMe() {
        return store.db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT DISTINCT m.id FROM mail_acl a JOIN mail_mailboxes m ON m.id = a.mailbox_id"
                            + " WHERE m.account_id <> ? AND (a.identifier = 'anyone' OR a.identifier = ? OR a.identifier LIKE '#%')")) {
                p.setLong(1, accountId);
                p.setString(2, principal.toLowerCase(java.util.Locale.ROOT));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Set<String> subs = subscriptionSet(c);
            List<MailboxInfo> out = new ArrayList<>();
            for (long mid : ids) {
                MailboxRow r = store.mailboxes.byId(c, mid, false);
                Rights rights = names.rights(c, this, mid);
                if (r != null && rights.has(Rights.LOOKUP)) {
                    String owner = store.principals.principal(r.accountId());
                    if (owner == null) {
                        continue;
                    }
                    String ownerName = owner.endsWith("@" + domain) ? owner.substring(0, owner.length() - domain.length() - 1) : owner;
                    String name = "~" + ownerName + "/" + r.name();
                    out.add(info(name, r, r.accountId(), rights, false, subs, null));
                }
            }
            out.sort((x, y) -> x.name().compareTo(y.name()));
            return out;
        });
    }

    /**
     * The subscription list (RFC 9051 §6.3.7), each with the mailbox's attributes if it exists and
     * is visible, else marked {@code nonexistent} (RFC 5258 \NonExistent).
     */
    public List<MailboxInfo> listSubscribed() {
        List<String> subs = subscriptions();
        List<MailboxInfo> out = new ArrayList<>();
        for (String s : subs) {
            Resolved r;
            try {
                r = names.resolve(this, s);
            } catch (MailStoreException e) {
                r = null;
            }
            if (r != null && r.row() != null && (r.own(accountId) || r.rights().has(Rights.LOOKUP))) {
                out.add(new MailboxInfo(s, r.row().id(), r.ownerId(), r.row().noselect(), false, false, true,
                        r.row().specialUse(), r.row().mailboxClass(), r.aliasTarget(), r.rights()));
            } else {
                out.add(new MailboxInfo(s, 0, 0, true, true, false, true, Set.of(), MailboxClass.MAIL, null, Rights.NONE));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- hierarchy

    public MailboxInfo create(String name) {
        return create(name, Set.of(), MailboxClass.MAIL);
    }

    /**
     * RFC 9051 §6.3.4 CREATE (with RFC 6154 §3 USE): creates the mailbox and any missing parents.
     * In another account's namespace the caller needs {@code k} on the nearest existing ancestor.
     */
    public MailboxInfo create(String name, Set<SpecialUse> use, MailboxClass mailboxClass) {
        Set<SpecialUse> uses = use == null || use.isEmpty() ? Set.of() : EnumSet.copyOf(use);
        MailboxClass cls = mailboxClass == null ? MailboxClass.MAIL : mailboxClass;
        MailboxRow row = store.writer.write((c, tx) -> {
            Resolved r = names.resolve(c, this, name);
            if (!r.own(accountId)) {
                requireCreateRight(c, r);
            }
            if (MailboxNames.isInbox(r.ownerPath()) && r.row() != null) {
                throw new MailStoreException(MailError.ALREADY_EXISTS, "INBOX exists");
            }
            return boxes.create(c, tx, r.ownerId(), r.ownerPath(), cls, uses, id);
        });
        return new MailboxInfo(MailboxNames.normalizeAny(name), row.id(), row.accountId(), false, false, false, false,
                row.specialUse(), row.mailboxClass(), null, Rights.ALL);
    }

    private void requireCreateRight(Connection c, Resolved r) throws SQLException {
        List<String> ancestors = MailboxNames.ancestors(r.ownerPath());
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            MailboxRow a = store.mailboxes.find(c, r.ownerId(), ancestors.get(i));
            if (a != null) {
                Rights rights = names.rights(c, this, a.id());
                if (rights.has(Rights.CREATE)) {
                    return;
                }
                throw rights.has(Rights.LOOKUP) ? new MailStoreException(MailError.NO_PERMISSION, "permission denied") : nonexistent();
            }
        }
        throw new MailStoreException(MailError.NO_PERMISSION, "cannot create mailboxes there");
    }

    /** RFC 9051 §6.3.5 DELETE. INBOX cannot be deleted; foreign mailboxes need {@code x}. */
    public void delete(String name) {
        store.writer.write((c, tx) -> {
            Resolved r = names.resolve(c, this, name);
            MailboxRow row = require(r, Rights.DELETE_MAILBOX);
            if (MailboxNames.isInbox(row.name())) {
                throw new MailStoreException(MailError.CANNOT, "INBOX cannot be deleted");
            }
            if (r.aliasTarget() != null && r.ownerPath().equals(names.parseForeign(r.aliasTarget(), domain).path())) {
                throw new MailStoreException(MailError.CANNOT, "remove the folder alias instead");
            }
            boxes.delete(c, tx, row, id);
            return null;
        });
    }

    /**
     * RFC 9051 §6.3.6 RENAME, children included; renaming INBOX moves its messages to the new
     * mailbox and leaves INBOX empty. Both names must be in the same account's namespace; foreign
     * renames need {@code x} on the source and {@code k} on the new parent.
     */
    public void rename(String from, String to) {
        store.writer.write((c, tx) -> {
            Resolved src = names.resolve(c, this, from);
            MailboxRow row = require(src, Rights.DELETE_MAILBOX);
            Resolved dst = names.resolve(c, this, to);
            if (dst.ownerId() != src.ownerId()) {
                throw new MailStoreException(MailError.CANNOT, "cannot rename into another account");
            }
            if (!dst.own(accountId)) {
                requireCreateRight(c, dst);
            }
            if (dst.row() != null) {
                throw new MailStoreException(MailError.ALREADY_EXISTS, "target mailbox exists");
            }
            if (MailboxNames.isInbox(row.name())) {
                boxes.renameInbox(c, tx, src.ownerId(), row, dst.ownerPath(), id);
            } else {
                boxes.rename(c, tx, src.ownerId(), row, dst.ownerPath(), id);
            }
            return null;
        });
    }

    /** RFC 6154 §5: sets the special-use attributes of an own mailbox (or one the caller administers). */
    public void setSpecialUse(String name, Set<SpecialUse> use) {
        store.writer.write((c, tx) -> {
            MailboxRow row = require(names.resolve(c, this, name), Rights.ADMIN);
            store.mailboxes.update(c, row.id(), "special_use", SpecialUse.encode(use == null ? Set.of() : EnumSet.copyOf(use)));
            return null;
        });
    }

    public MailboxClass mailboxClass(String name) {
        return require(names.resolve(this, name), Rights.LOOKUP).mailboxClass();
    }

    /** Changes what a mailbox holds (COMPAT-CGP.md §4.4: needs {@code a} on foreign mailboxes). */
    public void setMailboxClass(String name, MailboxClass cls) {
        store.writer.write((c, tx) -> {
            MailboxRow row = require(names.resolve(c, this, name), Rights.ADMIN);
            store.mailboxes.update(c, row.id(), "mailbox_class", cls.wireName());
            return null;
        });
    }

    // ---------------------------------------------------------------- subscriptions

    /** The canonical form of a name for the subscription list; it need not exist (RFC 9051 §6.3.7). */
    private String subscriptionName(String name) {
        return MailboxNames.normalizeAny(name);
    }

    public void subscribe(String name) {
        String n = subscriptionName(name);
        store.writer.write((c, tx) -> {
            MailStore.subscribe(c, accountId, n);
            tx.event(new MailEvent.SubscriptionChanged(accountId, id, n, true));
            return null;
        });
    }

    public void unsubscribe(String name) {
        String n = subscriptionName(name);
        store.writer.write((c, tx) -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_subscriptions WHERE account_id = ? AND name = ?")) {
                p.setLong(1, accountId);
                p.setString(2, n);
                if (p.executeUpdate() == 0) {
                    throw new MailStoreException(MailError.NONEXISTENT, "not subscribed");
                }
            }
            tx.event(new MailEvent.SubscriptionChanged(accountId, id, n, false));
            return null;
        });
    }

    public List<String> subscriptions() {
        return store.db.read(c -> new ArrayList<>(subscriptionSet(c)));
    }

    private Set<String> subscriptionSet(Connection c) throws SQLException {
        Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM mail_subscriptions WHERE account_id = ?")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- folder aliases

    /** Folder aliases: own name → foreign mailbox name (COMPAT-CGP.md §4.5). */
    public Map<String, String> aliases() {
        return store.db.read(c -> names.aliases(c, accountId));
    }

    /**
     * Replaces all folder aliases. Each name must be a valid own name that is not a mailbox; each
     * target a foreign name {@code ~account[@domain]/mailbox} (it need not exist yet).
     */
    public void setAliases(Map<String, String> aliases) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            String n = MailboxNames.normalize(e.getKey());
            String t = e.getValue();
            if (t == null || !t.startsWith("~")) {
                throw new MailStoreException(MailError.INVALID_ARGUMENT, "an alias points at ~account/mailbox");
            }
            NameResolver.Foreign f = names.parseForeign(t, domain);
            clean.put(n, t.substring(0, t.indexOf('/') + 1) + f.path());
        }
        store.writer.write((c, tx) -> {
            for (String n : clean.keySet()) {
                if (store.mailboxes.find(c, accountId, n) != null) {
                    throw new MailStoreException(MailError.ALREADY_EXISTS, "a mailbox has that name: " + n);
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_aliases WHERE account_id = ?")) {
                p.setLong(1, accountId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mail_aliases (account_id, name, target) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> e : clean.entrySet()) {
                    p.setLong(1, accountId);
                    p.setString(2, e.getKey());
                    p.setString(3, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- opening

    /** Resolves a selectable mailbox the caller may read ({@code r}). */
    public MailboxHandle open(String name) {
        Resolved r = names.resolve(this, name);
        MailboxRow row = require(r, Rights.READ);
        if (row.noselect()) {
            throw new MailStoreException(MailError.CANNOT, "mailbox is \\Noselect");
        }
        return r.handle();
    }

    /**
     * SELECT / EXAMINE (RFC 9051 §6.3.2–6.3.3): the listing of (uid, flags, modseq, size) and the
     * counters, without structures or bodies. A read-write select claims \Recent (IMAP4rev1).
     */
    public MailboxSnapshot select(String name, boolean readOnly) {
        return msgs.snapshot(open(name), !readOnly);
    }

    /**
     * Claims \Recent for messages that arrived since the last claim by any session (RFC 3501
     * §2.3.2: the first session notified of a new message gets it): what a read-write IMAP4rev1
     * session calls when it learns of new messages. Empty when another session was first.
     */
    public UidSet claimRecent(MailboxHandle h) {
        return msgs.claimRecent(h.mailboxId());
    }

    /** Re-reads the snapshot of an open mailbox (no \Recent claim). */
    public MailboxSnapshot snapshot(MailboxHandle h) {
        return msgs.snapshot(h, false);
    }

    /** RFC 9051 §6.3.11 STATUS; needs {@code r}. */
    public MailboxStatus status(String name) {
        Resolved r = names.resolve(this, name);
        MailboxRow row = require(r, Rights.READ);
        if (row.noselect()) {
            throw new MailStoreException(MailError.CANNOT, "mailbox is \\Noselect");
        }
        return msgs.status(row.id());
    }

    // ---------------------------------------------------------------- messages

    public AppendResult append(String name, AppendMessage message) {
        return append(name, List.of(message));
    }

    /**
     * APPEND / MULTIAPPEND (RFC 9051 §6.3.12, RFC 3502): all messages or none, consecutive UIDs.
     * Needs {@code i}; flags the caller may not set are dropped (RFC 4314 §4). Returns after the
     * messages are durable. {@link MailError#TOO_BIG} above the append limit,
     * {@link MailError#OVER_QUOTA}, {@link MailError#NONEXISTENT} (IMAP: TRYCREATE).
     */
    public AppendResult append(String name, List<AppendMessage> messages) {
        if (messages.isEmpty()) {
            throw new MailStoreException(MailError.INVALID_ARGUMENT, "nothing to append");
        }
        for (AppendMessage m : messages) {
            store.appender.checkSize(m.content());
        }
        Resolved r = names.resolve(this, name);
        MailboxRow row = require(r, Rights.INSERT);
        if (row.noselect()) {
            throw new MailStoreException(MailError.CANNOT, "mailbox cannot hold messages");
        }
        List<Appender.Prepared> prepared = new ArrayList<>(messages.size());
        for (AppendMessage m : messages) {
            prepared.add(store.appender.prepare(m, MessageOps.permitted(m.flags(), r.rights())));
        }
        QuotaLimits limits = store.quotas.limits(r.ownerId());
        long mailboxId = row.id();
        long owner = r.ownerId();
        return store.committer.submit(new GroupCommitter.Step<>() {
            @Override
            public Set<Long> mailboxIds() {
                return Set.of(mailboxId);
            }

            @Override
            public Set<Long> accountIds() {
                return Set.of(owner);
            }

            @Override
            public AppendResult run(Connection c, Tx tx) throws SQLException {
                return store.appender.appendInto(c, tx, mailboxId, owner, limits, prepared, id);
            }
        });
    }

    /** FETCH metadata for a UID set, ascending; {@code structure} adds the parsed message (one query). */
    public List<MessageMeta> fetch(MailboxHandle h, UidSet uids, boolean structure) {
        requireRight(h, Rights.READ);
        return msgs.fetch(h, uids, structure);
    }

    /** The message's bytes (BODY[], RFC822); {@link MailError#NONEXISTENT} if the UID is gone. */
    public InputStream openContent(MailboxHandle h, long uid) {
        return store.blobs.open(blobOf(h, uid));
    }

    /** Part of the message's bytes (partial FETCH, RFC 9051 §6.4.5). */
    public byte[] readContent(MailboxHandle h, long uid, long offset, int length) {
        return store.blobs.read(blobOf(h, uid), offset, length);
    }

    private BlobHash blobOf(MailboxHandle h, long uid) {
        requireRight(h, Rights.READ);
        List<MessageMeta> m = msgs.fetch(h, UidSet.of(uid), false);
        if (m.isEmpty()) {
            throw new MailStoreException(MailError.NONEXISTENT, "no such message");
        }
        return m.getFirst().blob();
    }

    /**
     * STORE (RFC 9051 §6.4.6) with optional UNCHANGEDSINCE (RFC 7162 §3.1.3; pass -1 for none).
     * Changed messages get one new modseq. Flags the caller has no right to are left alone;
     * with none of {@code s w t}, {@link MailError#NO_PERMISSION}.
     */
    public StoreResult store(MailboxHandle h, UidSet uids, StoreMode mode, Flags flags, long unchangedSince) {
        return msgs.store(h, uids, mode, flags, unchangedSince, id);
    }

    /** EXPUNGE (all \Deleted) or UID EXPUNGE (RFC 4315: \Deleted within {@code uids}); needs {@code e}. */
    public UidSet expunge(MailboxHandle h, UidSet uids) {
        requireRight(h, Rights.EXPUNGE);
        return msgs.expunge(h, uids, true, id);
    }

    /** COPY (RFC 9051 §6.4.7): needs {@code r} here and {@code i} on the destination. */
    public CopyResult copy(MailboxHandle h, UidSet uids, String destination) {
        requireRight(h, Rights.READ);
        return msgs.copy(h, uids, destinationHandle(destination), false, id);
    }

    /** MOVE (RFC 6851), atomic: needs {@code r t e} here and {@code i} on the destination. */
    public CopyResult move(MailboxHandle h, UidSet uids, String destination) {
        requireRight(h, Rights.READ);
        requireRight(h, Rights.DELETE_MESSAGES);
        requireRight(h, Rights.EXPUNGE);
        return msgs.copy(h, uids, destinationHandle(destination), true, id);
    }

    private MailboxHandle destinationHandle(String name) {
        Resolved r = names.resolve(this, name);
        MailboxRow row = require(r, Rights.INSERT);
        if (row.noselect()) {
            throw new MailStoreException(MailError.CANNOT, "mailbox cannot hold messages");
        }
        return r.handle();
    }

    /** Messages changed and UIDs expunged after {@code modseq} (RFC 7162 CHANGEDSINCE, QRESYNC VANISHED). */
    public Changes changesSince(MailboxHandle h, long modseq) {
        requireRight(h, Rights.READ);
        return msgs.changesSince(h, modseq);
    }

    // ---------------------------------------------------------------- POP3

    /** The INBOX as POP3 lists it (RFC 1939): ascending UID, sizes, UIDL values. */
    public List<Pop3Message> pop3Listing(MailboxHandle inbox) {
        requireRight(inbox, Rights.READ);
        List<Pop3Message> out = new ArrayList<>();
        for (MessageState m : msgs.snapshot(inbox, false).messages()) {
            out.add(new Pop3Message(m.uid(), m.size(), inbox.uidValidity() + "." + m.uid()));
        }
        return out;
    }

    /** Removes the given messages at POP3 QUIT (RFC 1939 §6 UPDATE), \Deleted or not; needs {@code t e}. */
    public UidSet pop3Delete(MailboxHandle inbox, UidSet uids) {
        requireRight(inbox, Rights.DELETE_MESSAGES);
        requireRight(inbox, Rights.EXPUNGE);
        return msgs.expunge(inbox, uids, false, id);
    }

    // ---------------------------------------------------------------- ACL (RFC 4314)

    /** GETACL: identifier → rights; the owner is listed with all rights. Needs {@code a}. */
    public Map<String, Rights> getAcl(String name) {
        return store.db.read(c -> {
            Resolved r = names.resolve(c, this, name);
            MailboxRow row = require(r, Rights.ADMIN);
            Map<String, Rights> out = new LinkedHashMap<>();
            String owner = store.principals.principal(r.ownerId());
            if (owner != null) {
                out.put(owner.toLowerCase(java.util.Locale.ROOT), Rights.ALL);
            }
            for (Map.Entry<String, String> e : store.acls.get(c, row.id()).entrySet()) {
                out.put(e.getKey(), Rights.parse(e.getValue()));
            }
            return out;
        });
    }

    /**
     * SETACL: {@code ADD} / {@code REMOVE} / {@code REPLACE} rights of an identifier ({@code anyone},
     * {@code name@domain}, {@code #group}, each optionally {@code -}-prefixed for negative rights).
     * An empty result removes the entry. The owner's rights cannot be changed. Needs {@code a}.
     */
    public void setAcl(String name, String identifier, StoreMode mode, Rights rights) {
        String ident = AclRows.identifier(identifier);
        store.writer.write((c, tx) -> {
            Resolved r = names.resolve(c, this, name);
            MailboxRow row = require(r, Rights.ADMIN);
            String owner = store.principals.principal(r.ownerId());
            if (owner != null && owner.equalsIgnoreCase(ident)) {
                throw new MailStoreException(MailError.CANNOT, "the owner always has all rights");
            }
            String current = store.acls.get(c, row.id()).get(ident);
            Rights old = current == null ? Rights.NONE : Rights.parse(current);
            Rights next = switch (mode) {
                case ADD -> old.plus(rights);
                case REMOVE -> old.minus(rights);
                case REPLACE -> rights;
            };
            store.acls.put(c, row.id(), ident, next);
            tx.event(new MailEvent.AclChanged(r.ownerId(), id, row.id()));
            return null;
        });
    }

    /** DELETEACL; needs {@code a}. */
    public void deleteAcl(String name, String identifier) {
        String ident = AclRows.identifier(identifier);
        store.writer.write((c, tx) -> {
            Resolved r = names.resolve(c, this, name);
            MailboxRow row = require(r, Rights.ADMIN);
            store.acls.remove(c, row.id(), ident);
            tx.event(new MailEvent.AclChanged(r.ownerId(), id, row.id()));
            return null;
        });
    }

    /** MYRIGHTS: the caller's rights; NONEXISTENT if it has none. */
    public Rights myRights(String name) {
        Resolved r = names.resolve(this, name);
        if (r.row() == null || r.rights().isEmpty()) {
            throw nonexistent();
        }
        return r.rights();
    }

    /** LISTRIGHTS; needs {@code a}. The owner's rights are all required; anyone else's all optional. */
    public ListRights listRights(String name, String identifier) {
        String ident = AclRows.identifier(identifier);
        Resolved r = names.resolve(this, name);
        require(r, Rights.ADMIN);
        String owner = store.principals.principal(r.ownerId());
        if (owner != null && owner.equalsIgnoreCase(ident)) {
            return new ListRights(Rights.ALL, List.of());
        }
        List<Rights> optional = new ArrayList<>();
        for (char ch : Rights.LETTERS.toCharArray()) {
            optional.add(Rights.parse(String.valueOf(ch)));
        }
        return new ListRights(Rights.NONE, optional);
    }

    // ---------------------------------------------------------------- quota (RFC 9208)

    /** This account's usage and limits. */
    public QuotaInfo quota() {
        return store.quota(accountId);
    }

    /** The quota a mailbox is charged to (its owner's): GETQUOTAROOT. Needs {@code r}. */
    public QuotaInfo quotaOf(String name) {
        Resolved r = names.resolve(this, name);
        require(r, Rights.READ);
        return store.quota(r.ownerId());
    }
}
