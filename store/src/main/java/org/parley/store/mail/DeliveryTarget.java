package org.parley.store.mail;

/**
 * One recipient of a {@link MailStore#deliver} call: the account, the mailbox (in the account's own
 * namespace; null means INBOX) and the flags the message gets there (e.g. from a "Mark" rule).
 */
public record DeliveryTarget(long accountId, String mailbox, Flags flags) {
    public DeliveryTarget {
        mailbox = mailbox == null ? "INBOX" : mailbox;
        flags = flags == null ? Flags.NONE : flags;
    }

    public DeliveryTarget(long accountId) {
        this(accountId, null, null);
    }
}
