package org.parley.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.directory.settings.SettingOwner;
import org.parley.directory.settings.SettingsCatalog;
import org.parley.directory.settings.SettingsScope;
import org.parley.directory.settings.SettingsUpdate;

/** Domains, domain aliases, domain and server-wide settings, address lookup. */
final class DomainOperations {
    private final DirectoryCore core;

    DomainOperations(DirectoryCore core) {
        this.core = core;
    }

    List<String> listDomains() {
        return core.repo.listDomains().stream().map(DomainRef::name).toList();
    }

    DomainRef ensureMainDomain(String name) {
        Optional<DomainRef> main = core.repo.mainDomain();
        if (main.isPresent()) {
            return main.get();
        }
        ObjectNames.checkDomainName(name);
        Optional<DomainRef> existing = core.repo.resolveDomain(name);
        if (existing.isPresent() && existing.get().name().equalsIgnoreCase(name)) {
            core.repo.setMainDomain(existing.get().id());
            return existing.get();
        }
        DomainRef created = core.repo.createDomain(name, Map.of(), true);
        core.fire(l -> l.domainCreated(created));
        return created;
    }

    DomainRef createDomain(String name, Map<String, ?> settings) {
        ObjectNames.checkDomainName(name);
        SettingsUpdate s = DirectoryCore.validate(SettingOwner.DOMAIN, settings, false);
        DomainRef created = core.repo.createDomain(name, s.put(), false);
        core.fire(l -> l.domainCreated(created));
        return created;
    }

    DomainRef renameDomain(String oldName, String newName) {
        DomainRef before = canonical(oldName);
        ObjectNames.checkDomainName(newName);
        core.repo.renameDomain(before.id(), newName);
        DomainRef after = new DomainRef(before.id(), newName);
        core.fire(l -> l.domainRenamed(before, after));
        return after;
    }

    void deleteDomain(String name, boolean force) {
        DomainRef d = canonical(name);
        if (core.repo.mainDomain().map(m -> m.id() == d.id()).orElse(false)) {
            throw new DirectoryException(DirectoryError.PERMISSION, "the main domain " + d.name() + " cannot be deleted");
        }
        if (!force && core.repo.countObjects(d.id()) > 0) {
            throw new DirectoryException(DirectoryError.NOT_EMPTY,
                    "domain " + d.name() + " still has accounts or other objects; delete them first or use FORCE");
        }
        List<AccountRef> accounts = new ArrayList<>();
        for (DirectoryEntry e : core.repo.listObjects(d.id(), ObjectKind.ACCOUNT)) {
            accounts.add(new AccountRef(e.accountId(), e.name(), d.id(), d.name()));
        }
        core.repo.deleteDomain(d.id());
        core.fire(l -> l.domainDeleted(d, List.copyOf(accounts)));
    }

    /** A domain by its own name only: administrative changes never go through an alias by accident. */
    DomainRef canonical(String name) {
        if (name == null) {
            return core.mainDomain();
        }
        DomainRef d = core.domain(name);
        if (!d.name().equalsIgnoreCase(name)) {
            throw new DirectoryException(DirectoryError.NOT_FOUND,
                    ObjectNames.quoted(name) + " is an alias of domain " + d.name() + "; name the domain itself");
        }
        return d;
    }

    List<String> domainAliases(String domain) {
        return core.repo.domainAliases(core.domain(domain).id());
    }

    void setDomainAliases(String domain, List<String> aliases) {
        DomainRef d = canonical(domain);
        Map<String, String> unique = new LinkedHashMap<>();
        for (String a : aliases) {
            ObjectNames.checkDomainName(a);
            if (a.equalsIgnoreCase(d.name())) {
                throw new DirectoryException(DirectoryError.ALREADY_EXISTS, a + " is the domain's own name");
            }
            unique.putIfAbsent(ObjectNames.key(a), a);
        }
        core.repo.setDomainAliases(d.id(), List.copyOf(unique.values()));
    }

    // ---- settings in server-wide and per-domain scopes --------------------------------------

    Map<String, Object> settings(SettingsScope scope, String domain) {
        return core.repo.settings(scope, scope.serverWide() ? 0 : core.domain(domain).id());
    }

    void update(SettingsScope scope, String domain, Map<String, ?> changes) {
        SettingsUpdate u = DirectoryCore.validate(scope.owner(), changes, false);
        long owner = scope.serverWide() ? 0 : core.domain(domain).id();
        core.repo.updateSettings(scope, owner, u.put(), u.remove());
    }

    void replace(SettingsScope scope, String domain, Map<String, ?> settings) {
        SettingsUpdate u = DirectoryCore.validate(scope.owner(), settings, false);
        long owner = scope.serverWide() ? 0 : core.domain(domain).id();
        core.repo.replaceSettings(scope, owner, u.put());
    }

    // ---- address lookup ------------------------------------------------------------------

    AddressTarget lookup(String localPart, String domain) {
        Optional<DomainRef> d = domain == null ? core.repo.mainDomain() : core.repo.resolveDomain(domain);
        if (d.isEmpty()) {
            return new AddressTarget.NotLocal(domain);
        }
        DomainRef dom = d.get();
        if (localPart == null || localPart.isEmpty() || localPart.length() > ObjectNames.MAX_OBJECT_NAME) {
            return new AddressTarget.Unknown(dom);
        }
        Optional<DirectoryEntry> e = core.repo.findObject(dom.id(), localPart);
        if (e.isEmpty()) {
            return new AddressTarget.Unknown(dom);
        }
        DirectoryEntry entry = e.get();
        return switch (entry.kind()) {
            case ACCOUNT, ALIAS -> core.repo.account(entry.accountId())
                    .<AddressTarget>map(a -> new AddressTarget.Account(a, entry.kind() == ObjectKind.ALIAS ? entry.name() : null))
                    .orElse(new AddressTarget.Unknown(dom));
            case FORWARDER -> new AddressTarget.Forwarder(dom, entry.name(), entry.target());
            case GROUP -> new AddressTarget.Group(dom, entry.name(), members(entry));
        };
    }

    List<String> members(DirectoryEntry group) {
        Object m = core.repo.settings(SettingsScope.GROUP, group.id()).get(SettingsCatalog.MEMBERS);
        List<String> out = new ArrayList<>();
        if (m instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }
}
