package org.parley.store.mail;

/**
 * A name resolved for one caller: whose namespace it is in, the path there, the row (null if no
 * such mailbox), the caller's rights, and the alias it came through (null if none).
 */
record Resolved(String name, long ownerId, String ownerPath, MailboxRow row, Rights rights, String aliasTarget) {
    boolean own(long accountId) {
        return ownerId == accountId;
    }

    MailboxHandle handle() {
        return new MailboxHandle(row.id(), ownerId, name, ownerPath, row.uidValidity(), rights, row.mailboxClass());
    }
}
