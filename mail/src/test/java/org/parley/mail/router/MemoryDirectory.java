package org.parley.mail.router;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory {@link RouterDirectory} for tests: domains, aliases and objects in maps. */
final class MemoryDirectory implements RouterDirectory {

    private final String main;
    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, DirectoryObject> objects = new HashMap<>();
    private final Map<String, MailToUnknown> unknown = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();

    MemoryDirectory(String mainDomain) {
        this.main = mainDomain;
        domains.put(mainDomain, mainDomain);
    }

    /** The fixture most tests share. */
    static MemoryDirectory standard() {
        MemoryDirectory d = new MemoryDirectory("example.com")
                .domain("example.org")
                .domainAlias("example.net", "example.com")
                .domainAlias("[192.0.2.10]", "example.com")
                .account("example.com", "alice", "id-alice")
                .account("example.com", "bob", "id-bob")
                .alias("example.com", "robert", "bob", "id-bob")
                .account("example.com", "postmaster", "id-pm")
                .forwarder("example.com", "info", "alice@example.org")
                .group("example.com", "staff", List.of("alice", "carol@example.org"))
                .account("example.org", "carol", "id-carol")
                .account("example.org", "john doe", "id-jd");
        for (String name : List.of("discard.test", "bounce.test", "reroute.test", "loop.test", "rerouted-bad.test")) {
            d.domain(name);
        }
        d.unknown("discard.test", MailToUnknown.DISCARDED)
                .unknown("bounce.test", MailToUnknown.ACCEPTED_AND_BOUNCED)
                .unknown("reroute.test", new MailToUnknown.ReroutedTo("catchall@example.org"))
                .unknown("loop.test", new MailToUnknown.ReroutedTo("nobody@loop.test"))
                .unknown("rerouted-bad.test", new MailToUnknown.ReroutedTo("<unterminated@x"))
                .account("example.org", "catchall", "id-catchall");
        return d;
    }

    MemoryDirectory domain(String name) {
        domains.put(name, name);
        return this;
    }

    MemoryDirectory domainAlias(String alias, String real) {
        domains.put(alias, real);
        return this;
    }

    MemoryDirectory account(String domain, String name, String id) {
        objects.put(key(name, domain), new DirectoryObject.Account(id, name));
        return this;
    }

    MemoryDirectory alias(String domain, String alias, String account, String id) {
        objects.put(key(alias, domain), new DirectoryObject.Account(id, account));
        return this;
    }

    MemoryDirectory forwarder(String domain, String name, String target) {
        objects.put(key(name, domain), new DirectoryObject.Forwarder(target));
        return this;
    }

    MemoryDirectory group(String domain, String name, List<String> members) {
        objects.put(key(name, domain), new DirectoryObject.Group(name, members));
        return this;
    }

    MemoryDirectory unknown(String domain, MailToUnknown mode) {
        unknown.put(domain, mode);
        return this;
    }

    @Override
    public String mainDomain() {
        return main;
    }

    @Override
    public Optional<String> canonicalDomain(String domain) {
        return Optional.ofNullable(domains.get(domain));
    }

    @Override
    public DirectoryObject lookup(String localPart, String domain) {
        lookups.incrementAndGet();
        return objects.getOrDefault(key(localPart, domain), DirectoryObject.UNKNOWN);
    }

    @Override
    public MailToUnknown mailToUnknown(String domain) {
        return unknown.getOrDefault(domain, MailToUnknown.REJECTED);
    }

    private static String key(String local, String domain) {
        return local.toLowerCase(Locale.ROOT) + "@" + domain;
    }
}
