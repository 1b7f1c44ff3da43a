package org.parley.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.parley.directory.password.PasswordHasher;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.InvalidSettingException;
import org.parley.directory.settings.SettingOwner;
import org.parley.directory.settings.SettingSource;
import org.parley.directory.settings.SettingsScope;
import org.parley.directory.settings.SettingsUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State and lookups shared by the parts of {@link Directory}. Thread-safe. */
final class DirectoryCore {
    private static final Logger LOG = LoggerFactory.getLogger(Directory.class);

    final DirectoryRepository repo;
    final Clock clock;
    final PasswordHasher hasher;
    private final List<DirectoryListener> listeners = new CopyOnWriteArrayList<>();

    DirectoryCore(DirectoryRepository repo, Clock clock, PasswordHasher hasher) {
        this.repo = repo;
        this.clock = clock;
        this.hasher = hasher;
    }

    void addListener(DirectoryListener l) {
        listeners.add(l);
    }

    void removeListener(DirectoryListener l) {
        listeners.remove(l);
    }

    void fire(Consumer<DirectoryListener> event) {
        for (DirectoryListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.error("directory listener {} failed; the change stands", l, e);
            }
        }
    }

    DomainRef mainDomain() {
        return repo.mainDomain().orElseThrow(() ->
                new DirectoryException(DirectoryError.NOT_FOUND, "no main domain has been created yet"));
    }

    /** The named domain (or alias); null means the main domain. */
    DomainRef domain(String name) {
        if (name == null) {
            return mainDomain();
        }
        return repo.resolveDomain(name).orElseThrow(() -> DirectoryException.notFound("domain " + ObjectNames.quoted(name)));
    }

    /** Resolves {@code name} or {@code name@domain} to the object of that name, if any. */
    Optional<DirectoryEntry> find(String address) {
        ObjectAddress a = ObjectAddress.parse(address);
        DomainRef d = domain(a.domain());
        return repo.findObject(d.id(), a.name());
    }

    /** The account named by its own name or an alias; NOT_FOUND otherwise. */
    AccountRef account(String address) {
        DirectoryEntry e = find(address).orElse(null);
        if (e == null || (e.kind() != ObjectKind.ACCOUNT && e.kind() != ObjectKind.ALIAS)) {
            throw DirectoryException.notFound("account " + ObjectNames.quoted(address));
        }
        return repo.account(e.accountId()).orElseThrow(() -> DirectoryException.notFound("account " + ObjectNames.quoted(address)));
    }

    /** The object of that exact kind; NOT_FOUND otherwise. */
    DirectoryEntry object(String address, ObjectKind kind) {
        DirectoryEntry e = find(address).orElse(null);
        if (e == null || e.kind() != kind) {
            throw DirectoryException.notFound(kind.label() + " " + ObjectNames.quoted(address));
        }
        return e;
    }

    static SettingsUpdate validate(SettingOwner owner, Map<String, ?> changes, boolean passwordAllowed) {
        try {
            return SettingsUpdate.of(owner, changes == null ? Map.of() : changes, passwordAllowed);
        } catch (InvalidSettingException e) {
            throw new DirectoryException(DirectoryError.INVALID_SETTING, e.getMessage());
        }
    }

    EffectiveSettings accountEffective(long domainId, Map<String, Object> accountSettings) {
        List<EffectiveSettings.Layer> layers = new ArrayList<>(3);
        layers.add(new EffectiveSettings.Layer(SettingSource.ACCOUNT, accountSettings));
        layers.add(new EffectiveSettings.Layer(SettingSource.DOMAIN_ACCOUNT_DEFAULTS,
                repo.settings(SettingsScope.DOMAIN_ACCOUNT_DEFAULTS, domainId)));
        layers.add(new EffectiveSettings.Layer(SettingSource.SERVER_ACCOUNT_DEFAULTS,
                repo.settings(SettingsScope.SERVER_ACCOUNT_DEFAULTS, 0)));
        return EffectiveSettings.resolve(SettingOwner.ACCOUNT, layers);
    }

    EffectiveSettings domainEffective(long domainId) {
        return EffectiveSettings.resolve(SettingOwner.DOMAIN, List.of(
                new EffectiveSettings.Layer(SettingSource.DOMAIN, repo.settings(SettingsScope.DOMAIN, domainId)),
                new EffectiveSettings.Layer(SettingSource.SERVER_DOMAIN_DEFAULTS,
                        repo.settings(SettingsScope.SERVER_DOMAIN_DEFAULTS, 0))));
    }

    /** Whether the account has the right: Master anywhere, others in the account's own domain. */
    boolean hasRight(long accountId, AccessRight right, long domainId) {
        AccountRef a = repo.account(accountId).orElse(null);
        if (a == null) {
            return false;
        }
        var rights = repo.rights(accountId);
        return rights.contains(AccessRight.MASTER) || (rights.contains(right) && a.domainId() == domainId);
    }
}
