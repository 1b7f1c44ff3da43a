package org.parley.store.mail;

/**
 * A resolved, existing mailbox as one caller sees it: what protocol sessions keep while a mailbox
 * is selected and pass back to message operations. The rights are those of the moment of
 * resolution (RFC 4314 allows changes to take effect at the next SELECT).
 *
 * @param mailboxId       stable id (never reused)
 * @param ownerAccountId  the account that owns the mailbox (and is charged for its quota)
 * @param name            the name as the caller uses it
 * @param ownerPath       the name in the owner's own namespace
 * @param uidValidity     RFC 9051 §2.3.1.1
 * @param rights          the caller's rights
 * @param mailboxClass    what it holds
 */
public record MailboxHandle(
        long mailboxId,
        long ownerAccountId,
        String name,
        String ownerPath,
        long uidValidity,
        Rights rights,
        MailboxClass mailboxClass) {}
