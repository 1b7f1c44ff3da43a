package org.parley.store.mail;

/**
 * Usage and limits of one account (RFC 9208 resources STORAGE, reported by IMAP in KiB, and
 * MESSAGE). Limits are {@link Long#MAX_VALUE} when unlimited.
 */
public record QuotaInfo(long storageUsed, long storageLimit, long messagesUsed, long messagesLimit) {}
