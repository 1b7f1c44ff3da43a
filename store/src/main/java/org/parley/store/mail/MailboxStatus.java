package org.parley.store.mail;

/** STATUS counters (RFC 9051 §6.3.11, RFC 7162 HIGHESTMODSEQ, RFC 8438 SIZE, DELETED). */
public record MailboxStatus(
        long mailboxId,
        long messages,
        long unseen,
        long recent,
        long uidNext,
        long uidValidity,
        long highestModseq,
        long size,
        long deleted) {}
