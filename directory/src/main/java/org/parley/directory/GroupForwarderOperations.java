package org.parley.directory;

import java.util.List;
import java.util.Map;
import org.parley.directory.settings.SettingOwner;
import org.parley.directory.settings.SettingsCatalog;
import org.parley.directory.settings.SettingsScope;
import org.parley.directory.settings.SettingsUpdate;

/** Forwarders (name → address) and groups (name → members and settings). */
final class GroupForwarderOperations {
    /** Longest forwarding address or group member accepted. */
    static final int MAX_ADDRESS = 1024;
    private final DirectoryCore core;

    GroupForwarderOperations(DirectoryCore core) {
        this.core = core;
    }

    List<String> list(String domain, ObjectKind kind) {
        return core.repo.listObjects(core.domain(domain).id(), kind).stream().map(DirectoryEntry::name).toList();
    }

    DirectoryEntry createForwarder(String address, String target) {
        ObjectAddress a = ObjectAddress.parse(address);
        ObjectNames.checkObjectName(a.name());
        DomainRef d = core.domain(a.domain());
        return core.repo.createForwarder(d.id(), a.name(), checkAddress("forwarding address", target));
    }

    String forwarder(String address) {
        return core.object(address, ObjectKind.FORWARDER).target();
    }

    /** Forwarders of a domain whose target is {@code target}, any case (FINDFORWARDERS). */
    List<String> findForwarders(String domain, String target) {
        return core.repo.listObjects(core.domain(domain).id(), ObjectKind.FORWARDER).stream()
                .filter(e -> e.target().equalsIgnoreCase(target))
                .map(DirectoryEntry::name)
                .toList();
    }

    DirectoryEntry createGroup(String address, Map<String, ?> settings) {
        ObjectAddress a = ObjectAddress.parse(address);
        ObjectNames.checkObjectName(a.name());
        DomainRef d = core.domain(a.domain());
        SettingsUpdate s = validateGroup(settings);
        return core.repo.createGroup(d.id(), a.name(), s.put());
    }

    Map<String, Object> group(String address) {
        return core.repo.settings(SettingsScope.GROUP, core.object(address, ObjectKind.GROUP).id());
    }

    void setGroup(String address, Map<String, ?> settings) {
        DirectoryEntry e = core.object(address, ObjectKind.GROUP);
        core.repo.replaceSettings(SettingsScope.GROUP, e.id(), validateGroup(settings).put());
    }

    void rename(String oldAddress, String newAddress, ObjectKind kind) {
        DirectoryEntry e = core.object(oldAddress, kind);
        ObjectAddress to = ObjectAddress.parse(newAddress);
        ObjectNames.checkObjectName(to.name());
        if (to.domain() != null && core.domain(to.domain()).id() != e.domainId()) {
            throw new DirectoryException(DirectoryError.PERMISSION, "a " + kind.label() + " cannot move to another domain");
        }
        core.repo.renameObject(e.id(), to.name());
    }

    void delete(String address, ObjectKind kind) {
        core.repo.deleteObject(core.object(address, kind).id());
    }

    private static SettingsUpdate validateGroup(Map<String, ?> settings) {
        SettingsUpdate s = DirectoryCore.validate(SettingOwner.GROUP, settings, false);
        if (s.put().get(SettingsCatalog.MEMBERS) instanceof List<?> members) {
            for (Object m : members) {
                checkAddress(SettingsCatalog.MEMBERS, (String) m);
            }
        }
        return s;
    }

    private static String checkAddress(String what, String address) {
        if (address == null || address.isBlank()) {
            throw new DirectoryException(DirectoryError.INVALID_SETTING, what + " must not be empty");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new DirectoryException(DirectoryError.INVALID_SETTING, what + " longer than " + MAX_ADDRESS + " characters");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new DirectoryException(DirectoryError.INVALID_SETTING, what + " contains a control character");
            }
        }
        return address;
    }
}
