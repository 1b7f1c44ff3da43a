package org.parley.store.accounts;

import org.parley.directory.Directory;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.store.mail.QuotaLimits;
import org.parley.store.mail.QuotaPolicy;

/**
 * Quota limits from the account's effective {@code MaxAccountSize} and {@code MaxMessageCount}
 * (unlimited where unset), read on every call so a settings change applies at once. Thread-safe.
 */
public final class DirectoryQuotas implements QuotaPolicy {
    private final Directory directory;

    public DirectoryQuotas(Directory directory) {
        this.directory = directory;
    }

    @Override
    public QuotaLimits limits(long accountId) {
        EffectiveSettings s = directory.accountEffectiveSettings(accountId);
        return new QuotaLimits(
                s.limit("MaxAccountSize").orElse(Long.MAX_VALUE),
                s.limit("MaxMessageCount").orElse(Long.MAX_VALUE));
    }
}
