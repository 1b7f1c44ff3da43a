/**
 * The mail store: mailboxes, messages, UIDs and MODSEQ, flags, ACLs, quotas and the change feed,
 * on SQLite (with message bodies as files) or PostgreSQL (with bodies in the database).
 *
 * <h2>Using it</h2>
 * One {@link org.parley.store.mail.MailStore} per server, built in the composition root from a
 * {@link org.parley.store.sql.Database}, a {@link org.parley.store.blob.BlobStore}, the message
 * analyzer ({@code MessageParser}), a {@link org.parley.store.mail.PrincipalResolver} and a
 * {@link org.parley.store.mail.QuotaPolicy} (both backed by the directory, see
 * {@code org.parley.store.accounts}) and a
 * {@link org.parley.store.mail.ChangeFeed}. SMTP delivery calls
 * {@link org.parley.store.mail.MailStore#deliver}; a logged-in connection takes a
 * {@link org.parley.store.mail.MailSession} and does everything through it. Errors are
 * {@link org.parley.store.mail.MailStoreException} with a {@link org.parley.store.mail.MailError}
 * code (map them in one place per protocol) or {@code StoreException} for storage failures.
 *
 * <h2>Data</h2>
 * {@code mail_mailboxes} (one row per mailbox: UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, the \Recent
 * boundary, \Noselect, class, special use), {@code mail_messages} (mailbox, uid, modseq, flag bits,
 * keywords, internal date, size, blob hash: compact, so SELECT of a 10,000-message mailbox reads
 * one narrow index-ordered range and no structures), {@code mail_blobs} (per content: reference
 * count, the encoded {@code ParsedMessage} and the denormalized sort/search columns — stored once
 * per content, so a message delivered to 100 recipients is parsed and kept once),
 * {@code mail_expunged} (UID tombstones with the expunge's modseq, for QRESYNC VANISHED),
 * {@code mail_keywords} (each mailbox's keyword spellings, bounded), {@code mail_acl},
 * {@code mail_subscriptions}, {@code mail_aliases}, {@code mail_usage} (per-account octets and
 * messages, updated in the same transaction as the change). Accounts are plain ids: the directory
 * owns them, and no foreign key ties the two.
 *
 * <h2>Ordering and durability</h2>
 * An append makes its blob durable first (temp file, fsync, atomic rename, fsync of the folder —
 * or a committed PostgreSQL transaction), then commits the metadata. A crash between the two leaves
 * a blob without metadata, which is garbage; the reverse (metadata naming a missing blob) cannot
 * happen. UIDNEXT and HIGHESTMODSEQ live in the mailbox row and advance in the same transaction
 * as the rows they number, so UIDs are never reused, not even after a crash. Every change gets
 * the mailbox's next modseq (one per operation, shared by the messages it changed), expunges
 * included (RFC 7162 §3.1.1, §3.2.5). Nothing returns before its commit is durable (SQLite WAL with
 * {@code synchronous=FULL}; PostgreSQL synchronous commit); events are published after it.
 *
 * <h2>Group commit</h2>
 * Appends and deliveries do their slow part on the caller's thread — analysing the message and
 * writing and fsyncing the blob, in parallel across callers — and then queue a small step for the
 * {@code GroupCommitter}. Its single thread takes everything queued (up to
 * {@code maxBatch}), runs each step in its own savepoint (a step that fails — over quota, mailbox
 * gone — rolls back alone and reports its own error), applies the blob reference changes of the
 * steps that succeeded, and commits once: N concurrent deliveries cost one database fsync. While
 * it commits, new requests queue and form the next batch, so batches grow with the load and no
 * timer adds latency when idle. Each caller returns when the commit holding its step is durable.
 * {@link org.parley.store.mail.MailStore#deliver} files one message (one blob, one analysis) into
 * many accounts' mailboxes as one step with a savepoint per recipient. Other writes (STORE,
 * EXPUNGE, COPY, MOVE, hierarchy and ACL changes) are ordinary transactions.
 *
 * <p>Locking: on PostgreSQL every writer locks mailbox rows in id order, then usage rows in
 * account order, then blob rows in hash order (the batch pre-locks all its mailboxes and
 * accounts); a deadlock that still happens is retried. On SQLite there is one writer at a time.
 * Concurrent STOREs on one mailbox serialize on its row, so no flag update is lost.
 *
 * <h2>Blob garbage collection and its race</h2>
 * {@code mail_blobs.refcount} counts message rows naming a blob; {@code zero_since} records when
 * it dropped to 0. {@link org.parley.store.mail.MailStore#collectGarbage} deletes a blob only
 * inside a transaction that holds its row locked and still sees refcount 0 for longer than the
 * grace period, and deletes the row in that same transaction. The race to guard against: an
 * append of the same content finds the blob present (deduplication: it skips the write), then the
 * collector deletes it, then the append commits a reference to nothing. So an append that gains a
 * reference checks, <em>after</em> its upsert has locked the blob's row, that the blob still
 * exists, and writes it again if not: any collector that deleted it has committed by then, and any
 * later one will wait for our row lock and then see refcount &gt; 0. Blob files that have no row
 * at all (a crash between blob and metadata) are "adopted" by the collector once older than the
 * grace period — given a row with refcount 0 — and go the same locked way one grace period later;
 * a re-put of existing content refreshes the file's time, so the grace period also protects
 * appends still in flight. Temporary files of interrupted writes are swept by age.
 *
 * <h2>Snapshots and \Recent</h2>
 * SELECT reads the mailbox row and then the listing in one statement; the listing is consistent
 * in itself, and UIDNEXT/HIGHESTMODSEQ are raised to cover it, which errs only on the side of
 * reporting a change twice. \Recent (IMAP4rev1) is kept cheaply: the mailbox stores the first UID
 * not yet shown to any session; a read-write SELECT claims everything from there to UIDNEXT,
 * writing only when there is something new.
 *
 * <h2>Names, sharing, rights</h2>
 * Own names use {@code /} and a case-insensitive INBOX. {@code ~account/path} and
 * {@code ~account@domain/path} name other accounts' mailboxes; a folder alias is an own name that
 * stands for a foreign mailbox and its children. Rights are RFC 4314 ({@code lrswipkxtea}); the
 * owner holds all; identifiers {@code anyone}, {@code name@domain}, {@code #group} and their
 * negative {@code -} forms; new mailboxes copy their parent's ACL; CommuniGate's {@code c}/{@code d}
 * map to {@code k}/{@code xte} (RFC 4314 §2.1.1). Without {@code l} or {@code r} a mailbox does
 * not exist for the caller (RFC 4314 §6).
 *
 * <h2>Change feed in a cluster</h2>
 * Events are plain records naming owner account, mailbox id, UIDs and modseq, so they travel as
 * text. {@link org.parley.store.mail.PostgresChangeFeed} sends them with {@code pg_notify} after
 * the commit and each node's listener thread ({@code LISTEN parley_mail} on its own connection)
 * hands them to local sessions. Delivery is at-most-once across nodes: a receiver that matters
 * (IMAP IDLE) treats an event as a hint and re-reads by modseq, which also covers a lost
 * notification once the session is next woken; over-long UID sets are widened (flags) or split
 * (expunges) to fit the 8000-byte payload. Sending the NOTIFY inside the writing transaction would
 * tie it to the commit exactly; it is left for when the Writer learns about feeds.
 *
 * <h2>Not done yet</h2>
 * Streaming of very large messages (bodies are held in memory up to the append limit); writing
 * PostgreSQL blobs inside the metadata transaction when both share one database (saving one
 * commit per append); pruning of old expunge tombstones (with a HIGHESTMODSEQ floor for QRESYNC).
 */
package org.parley.store.mail;
