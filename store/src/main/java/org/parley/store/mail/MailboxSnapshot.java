package org.parley.store.mail;

import java.util.List;

/**
 * What SELECT / EXAMINE needs (RFC 9051 §6.3.2, RFC 7162 §3.1.2): the mailbox's counters and the
 * ordered (uid, flags, modseq, size) of every message, without structures or bodies. Sequence
 * number n is {@code messages.get(n - 1)}.
 *
 * @param recent      UIDs that are \Recent in this session (IMAP4rev1 only; empty unless claimed)
 * @param keywords    keywords defined in the mailbox (for the FLAGS response)
 * @param firstUnseen sequence number of the first message without \Seen, 0 if none
 */
public record MailboxSnapshot(
        MailboxHandle mailbox,
        long uidValidity,
        long uidNext,
        long highestModseq,
        List<MessageState> messages,
        UidSet recent,
        List<String> keywords,
        int unseen,
        int firstUnseen,
        int deleted,
        long size) {
    public MailboxSnapshot {
        messages = List.copyOf(messages);
        keywords = List.copyOf(keywords);
    }

    public int exists() {
        return messages.size();
    }
}
