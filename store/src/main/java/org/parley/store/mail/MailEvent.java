package org.parley.store.mail;

/**
 * A committed change, published on the {@link ChangeFeed} after the transaction that made it is
 * durable. Every event names the owning account (subscriptions are per owner account) and, where
 * it applies, the mailbox id, the UIDs and the modseq the change was given, so a receiver can
 * decide whether it already knows the change (its own, or one it read in a snapshot) by comparing
 * modseqs. Events are plain values so that a cluster can carry them between nodes (see the package
 * notes); {@code origin} is the {@link MailSession#id()} that caused the change, 0 for deliveries
 * and maintenance.
 */
public sealed interface MailEvent {
    long ownerAccountId();

    long origin();

    /** New messages: {@code uids} ascending, all with {@code modseq}; {@code uidNext} after them. */
    record MessagesAdded(long ownerAccountId, long origin, long mailboxId, UidSet uids, long modseq, long uidNext)
            implements MailEvent {}

    /** Flags of {@code uids} changed, now carrying {@code modseq}. Receivers re-read the flags. */
    record FlagsChanged(long ownerAccountId, long origin, long mailboxId, UidSet uids, long modseq) implements MailEvent {}

    /** {@code uids} were expunged at {@code modseq} (EXPUNGE / VANISHED). */
    record MessagesExpunged(long ownerAccountId, long origin, long mailboxId, UidSet uids, long modseq)
            implements MailEvent {}

    record MailboxCreated(long ownerAccountId, long origin, long mailboxId, String name) implements MailEvent {}

    record MailboxRenamed(long ownerAccountId, long origin, long mailboxId, String oldName, String newName)
            implements MailEvent {}

    /** Deleted, or (with {@code noselect}) emptied and kept as a \Noselect parent. */
    record MailboxDeleted(long ownerAccountId, long origin, long mailboxId, String name, boolean noselect)
            implements MailEvent {}

    /** The ACL of a mailbox changed; sessions holding it re-resolve their rights. */
    record AclChanged(long ownerAccountId, long origin, long mailboxId) implements MailEvent {}

    /** Subscription of {@code name} in {@code ownerAccountId}'s list changed. */
    record SubscriptionChanged(long ownerAccountId, long origin, String name, boolean subscribed) implements MailEvent {}
}
