package org.parley.store.mail;

/**
 * An account's limits: total octets of stored messages ({@code MaxAccountSize}) and number of
 * messages. {@link Long#MAX_VALUE} means unlimited.
 */
public record QuotaLimits(long maxStorage, long maxMessages) {
    public static final QuotaLimits UNLIMITED = new QuotaLimits(Long.MAX_VALUE, Long.MAX_VALUE);

    public QuotaLimits {
        if (maxStorage < 0 || maxMessages < 0) {
            throw new IllegalArgumentException("negative quota");
        }
    }
}
