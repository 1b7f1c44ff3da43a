package org.parley.store.mail;

import java.util.Set;

/** One row of {@code mail_mailboxes}. */
record MailboxRow(
        long id,
        long accountId,
        String name,
        long uidValidity,
        long uidNext,
        long highestModseq,
        long recentUid,
        boolean noselect,
        MailboxClass mailboxClass,
        Set<SpecialUse> specialUse) {}
