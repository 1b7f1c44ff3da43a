package org.parley.directory;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.directory.password.StoredCredentials;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.SettingOwner;
import org.parley.directory.settings.SettingsCatalog;
import org.parley.directory.settings.SettingsScope;
import org.parley.directory.settings.SettingsUpdate;

/** Accounts: life cycle, settings, passwords, aliases, rights. */
final class AccountOperations {
    static final String POSTMASTER = "postmaster";
    static final String ROOT_ALIAS = "root";
    private final DirectoryCore core;

    AccountOperations(DirectoryCore core) {
        this.core = core;
    }

    List<String> list(String domain) {
        return core.repo.listObjects(core.domain(domain).id(), ObjectKind.ACCOUNT).stream().map(DirectoryEntry::name).toList();
    }

    AccountRef create(String address, Map<String, ?> settings, Set<AccessRight> rights) {
        ObjectAddress a = ObjectAddress.parse(address);
        ObjectNames.checkObjectName(a.name());
        DomainRef d = core.domain(a.domain());
        SettingsUpdate s = DirectoryCore.validate(SettingOwner.ACCOUNT, settings, true);
        StoredCredentials credentials = StoredCredentials.NONE;
        if (s.password().isPresent()) {
            credentials = hash(s.password().get(), core.accountEffective(d.id(), s.put()));
        }
        AccountRef created = core.repo.createAccount(d.id(), a.name(), credentials, rights, s.put());
        core.fire(l -> l.accountCreated(created));
        return created;
    }

    AccountRef rename(String oldAddress, String newAddress) {
        AccountRef before = byOwnName(oldAddress);
        protectPostmaster(before, "renamed");
        ObjectAddress to = ObjectAddress.parse(newAddress);
        ObjectNames.checkObjectName(to.name());
        DomainRef target = to.domain() == null ? new DomainRef(before.domainId(), before.domain()) : core.domain(to.domain());
        core.repo.renameAccount(before.id(), target.id(), to.name());
        AccountRef after = new AccountRef(before.id(), to.name(), target.id(), target.name());
        core.fire(l -> l.accountRenamed(before, after));
        return after;
    }

    void delete(String address) {
        AccountRef a = byOwnName(address);
        protectPostmaster(a, "deleted");
        core.repo.deleteAccount(a.id());
        core.fire(l -> l.accountDeleted(a));
    }

    /** An account by its own name: renaming or deleting "through" an alias would surprise. */
    AccountRef byOwnName(String address) {
        DirectoryEntry e = core.object(address, ObjectKind.ACCOUNT);
        return core.repo.account(e.accountId()).orElseThrow(() -> DirectoryException.notFound("account " + address));
    }

    private void protectPostmaster(AccountRef a, String verb) {
        boolean main = core.repo.mainDomain().map(m -> m.id() == a.domainId()).orElse(false);
        if (main && a.name().equalsIgnoreCase(POSTMASTER)) {
            throw new DirectoryException(DirectoryError.PERMISSION, "the postmaster account of the main domain cannot be " + verb);
        }
    }

    Map<String, Object> settings(String address) {
        return core.repo.settings(SettingsScope.ACCOUNT, core.account(address).id());
    }

    EffectiveSettings effective(AccountRef a) {
        return core.accountEffective(a.domainId(), core.repo.settings(SettingsScope.ACCOUNT, a.id()));
    }

    void update(String address, Map<String, ?> changes) {
        AccountRef a = core.account(address);
        SettingsUpdate u = DirectoryCore.validate(SettingOwner.ACCOUNT, changes, true);
        if (!u.put().isEmpty() || !u.remove().isEmpty()) {
            core.repo.updateSettings(SettingsScope.ACCOUNT, a.id(), u.put(), u.remove());
        }
        if (u.password().isPresent()) {
            setPassword(a, u.password().get());
        }
    }

    void replace(String address, Map<String, ?> settings) {
        AccountRef a = core.account(address);
        SettingsUpdate u = DirectoryCore.validate(SettingOwner.ACCOUNT, settings, true);
        core.repo.replaceSettings(SettingsScope.ACCOUNT, a.id(), u.put());
        if (u.password().isPresent()) {
            setPassword(a, u.password().get());
        }
    }

    void setPassword(AccountRef a, String password) {
        core.repo.setCredentials(a.id(), hash(password, effective(a)));
    }

    /** Hashes with the form the account's effective {@code PasswordEncryption} asks for. */
    private StoredCredentials hash(String password, EffectiveSettings effective) {
        boolean reversible = effective.string(SettingsCatalog.PASSWORD_ENCRYPTION)
                .map(SettingsCatalog.ENCRYPTION_CLEAR::equalsIgnoreCase).orElse(false);
        try {
            return core.hasher.create(password, reversible);
        } catch (IllegalArgumentException e) {
            throw new DirectoryException(DirectoryError.INVALID_SETTING, SettingsCatalog.PASSWORD + ": " + e.getMessage());
        }
    }

    boolean verifyPassword(String address, String password) {
        AccountRef a = core.account(address);
        return core.hasher.verify(password, core.repo.credentials(a.id()));
    }

    List<String> aliases(String address) {
        return core.repo.accountAliases(core.account(address).id());
    }

    void setAliases(String address, List<String> aliases) {
        AccountRef a = core.account(address);
        Map<String, String> unique = new LinkedHashMap<>();
        for (String alias : aliases) {
            ObjectNames.checkObjectName(alias);
            unique.putIfAbsent(ObjectNames.key(alias), alias);
        }
        core.repo.setAccountAliases(a.id(), List.copyOf(unique.values()));
    }

    Set<AccessRight> rights(String address) {
        return core.repo.rights(core.account(address).id());
    }

    void setRights(String address, Set<AccessRight> rights) {
        AccountRef a = core.account(address);
        core.repo.setRights(a.id(), rights.isEmpty() ? EnumSet.noneOf(AccessRight.class) : EnumSet.copyOf(rights));
    }

    Optional<LoginRecord> lastLogin(String address) {
        return core.repo.lastLogin(core.account(address).id());
    }

    /**
     * First-start setup: the main domain, its postmaster with Master rights and {@code root} as
     * postmaster's alias. Each piece is created only if missing; an existing postmaster keeps its
     * password and rights, and {@code root} is left alone if another object already uses it.
     */
    AccountRef bootstrap(DomainOperations domains, String mainDomain, String postmasterPassword) {
        DomainRef main = domains.ensureMainDomain(mainDomain);
        Optional<DirectoryEntry> pm = core.repo.findObject(main.id(), POSTMASTER);
        AccountRef postmaster;
        if (pm.isPresent() && pm.get().kind() == ObjectKind.ACCOUNT) {
            postmaster = core.repo.account(pm.get().accountId()).orElseThrow();
        } else if (pm.isPresent()) {
            throw new DirectoryException(DirectoryError.ALREADY_EXISTS,
                    "postmaster@" + main.name() + " is a " + pm.get().kind().label() + ", not an account");
        } else {
            Map<String, Object> settings = new HashMap<>();
            settings.put(SettingsCatalog.REAL_NAME, "Postmaster");
            if (postmasterPassword != null) {
                settings.put(SettingsCatalog.PASSWORD, postmasterPassword);
            }
            postmaster = create(POSTMASTER + "@" + main.name(), settings, EnumSet.of(AccessRight.MASTER));
        }
        if (core.repo.findObject(main.id(), ROOT_ALIAS).isEmpty()) {
            List<String> aliases = new java.util.ArrayList<>(core.repo.accountAliases(postmaster.id()));
            aliases.add(ROOT_ALIAS);
            core.repo.setAccountAliases(postmaster.id(), aliases);
        }
        return postmaster;
    }
}
