package org.parley.store.mail;

/**
 * One INBOX message as POP3 lists it: UID (for the final delete), octet size, and a unique id that
 * never repeats for another message of the mailbox (RFC 1939 §7 UIDL: {@code uidvalidity.uid}).
 */
public record Pop3Message(long uid, long size, String uniqueId) {}
