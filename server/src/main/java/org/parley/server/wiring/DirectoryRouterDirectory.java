package org.parley.server.wiring;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.directory.AddressTarget;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.SettingsCatalog;
import org.parley.mail.router.DirectoryObject;
import org.parley.mail.router.MailToUnknown;
import org.parley.mail.router.RouterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Router's view of the directory: local domains (names and domain aliases, and the server's
 * own IP addresses as address literals), accounts and their aliases, forwarders, groups and each
 * domain's {@code MailToUnknown}. Account ids are the directory's numeric ids as decimal strings.
 *
 * <p>Every call reads the directory (its SQL repository); a cache would need invalidation on
 * setting changes that the directory does not announce yet.
 */
public final class DirectoryRouterDirectory implements RouterDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRouterDirectory.class);

    private final Directory directory;
    private final Set<InetAddress> ownAddresses;

    /**
     * @param ownAddresses addresses that make {@code user@[address]} local (see
     *                     {@link #interfaceAddresses()})
     */
    public DirectoryRouterDirectory(Directory directory, Set<InetAddress> ownAddresses) {
        this.directory = directory;
        this.ownAddresses = Set.copyOf(ownAddresses);
    }

    /** Every address of this host's network interfaces, loopback included. */
    public static Set<InetAddress> interfaceAddresses() {
        Set<InetAddress> out = new HashSet<>();
        try {
            var interfaces = NetworkInterface.getNetworkInterfaces();
            while (interfaces != null && interfaces.hasMoreElements()) {
                var addresses = interfaces.nextElement().getInetAddresses();
                while (addresses.hasMoreElements()) {
                    out.add(withoutScope(addresses.nextElement()));
                }
            }
        } catch (SocketException e) {
            LOG.warn("cannot list network interfaces; only configured domains are local: {}", e.getMessage());
        }
        return out;
    }

    @Override
    public String mainDomain() {
        return directory.mainDomainName().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> canonicalDomain(String domain) {
        if (domain.startsWith("[")) {
            InetAddress a = literal(domain);
            return a != null && ownAddresses.contains(a) ? Optional.of(mainDomain()) : Optional.empty();
        }
        return directory.resolveDomain(domain).map(d -> d.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public DirectoryObject lookup(String localPart, String domain) {
        return switch (directory.lookup(localPart, domain)) {
            case AddressTarget.Account a -> new DirectoryObject.Account(Long.toString(a.account().id()), a.account().name());
            case AddressTarget.Forwarder f -> new DirectoryObject.Forwarder(f.address());
            case AddressTarget.Group g -> new DirectoryObject.Group(g.name(), g.members());
            case AddressTarget.Unknown u -> DirectoryObject.UNKNOWN;
            case AddressTarget.NotLocal n -> DirectoryObject.UNKNOWN;
        };
    }

    @Override
    public MailToUnknown mailToUnknown(String domain) {
        EffectiveSettings s;
        try {
            s = directory.getDomainEffectiveSettings(domain);
        } catch (DirectoryException e) {
            return MailToUnknown.REJECTED;
        }
        try {
            return MailToUnknown.fromSettings(s.string(SettingsCatalog.MAIL_TO_UNKNOWN).orElse(null),
                    s.string(SettingsCatalog.MAIL_REROUTE_ADDRESS).orElse(null));
        } catch (IllegalArgumentException e) {
            LOG.warn("MailToUnknown of {} is unusable ({}); unknown addresses are rejected", domain, e.getMessage());
            return MailToUnknown.REJECTED;
        }
    }

    /** {@code [192.0.2.1]} or {@code [IPv6:2001:db8::1]} as an address, null when it is neither. */
    static InetAddress literal(String domain) {
        if (!domain.endsWith("]")) {
            return null;
        }
        String inner = domain.substring(1, domain.length() - 1);
        try {
            if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
                return InetAddress.ofLiteral(inner.substring(5));
            }
            return inner.indexOf(':') >= 0 ? null : InetAddress.ofLiteral(inner);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static InetAddress withoutScope(InetAddress a) {
        try {
            return InetAddress.getByAddress(a.getAddress());
        } catch (java.net.UnknownHostException e) {
            return a;
        }
    }
}
