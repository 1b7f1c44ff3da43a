package org.parley.store.mail;

/**
 * Where limits come from (the directory's {@code MaxAccountSize} and friends). Called on the
 * appending thread before the write is queued; must be thread-safe and must not touch the store.
 */
@FunctionalInterface
public interface QuotaPolicy {
    QuotaPolicy UNLIMITED = accountId -> QuotaLimits.UNLIMITED;

    QuotaLimits limits(long accountId);
}
