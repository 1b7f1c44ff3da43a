package org.parley.mail.delivery;

import java.util.Locale;
import java.util.Optional;
import org.parley.directory.AddressTarget;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.SettingsCatalog;
import org.parley.mail.router.DirectoryObject;
import org.parley.mail.router.MailToUnknown;
import org.parley.mail.router.RouterDirectory;

/**
 * The Router's view of a real {@link Directory} for tests in this module (the server's
 * {@code DirectoryRouterDirectory} is the production one and cannot be reached from here; it has
 * its own test). Address literals are never local.
 */
public final class DirectoryRouting implements RouterDirectory {
    private final Directory directory;

    public DirectoryRouting(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String mainDomain() {
        return directory.mainDomainName().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> canonicalDomain(String domain) {
        return domain.startsWith("[") ? Optional.empty()
                : directory.resolveDomain(domain).map(d -> d.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public DirectoryObject lookup(String localPart, String domain) {
        return switch (directory.lookup(localPart, domain)) {
            case AddressTarget.Account a -> new DirectoryObject.Account(Long.toString(a.account().id()), a.account().name());
            case AddressTarget.Forwarder f -> new DirectoryObject.Forwarder(f.address());
            case AddressTarget.Group g -> new DirectoryObject.Group(g.name(), g.members());
            default -> DirectoryObject.UNKNOWN;
        };
    }

    @Override
    public MailToUnknown mailToUnknown(String domain) {
        try {
            EffectiveSettings s = directory.getDomainEffectiveSettings(domain);
            return MailToUnknown.fromSettings(s.string(SettingsCatalog.MAIL_TO_UNKNOWN).orElse(null),
                    s.string(SettingsCatalog.MAIL_REROUTE_ADDRESS).orElse(null));
        } catch (DirectoryException | IllegalArgumentException e) {
            return MailToUnknown.REJECTED;
        }
    }
}
