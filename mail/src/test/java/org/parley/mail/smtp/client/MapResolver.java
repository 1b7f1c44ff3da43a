package org.parley.mail.smtp.client;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.mail.dns.DnsLookupException;
import org.parley.mail.dns.MailExchanger;
import org.parley.mail.dns.MailExchangerResolver;
import org.parley.mail.dns.MxAnswer;

/** DNS from maps, for tests: no test touches real DNS. Unknown names are NXDOMAIN. */
public final class MapResolver implements MailExchangerResolver {
    private final Map<String, MxAnswer> mx = new HashMap<>();
    private final Map<String, List<InetAddress>> hosts = new HashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    public final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MapResolver mx(String domain, Object... preferenceHostPairs) {
        List<MailExchanger> list = new ArrayList<>();
        for (int i = 0; i < preferenceHostPairs.length; i += 2) {
            list.add(new MailExchanger((Integer) preferenceHostPairs[i], (String) preferenceHostPairs[i + 1]));
        }
        mx.put(domain, list.isEmpty() ? new MxAnswer.NoRecords() : new MxAnswer.Found(list));
        return this;
    }

    public MapResolver host(String name, String... addresses) {
        List<InetAddress> list = new ArrayList<>();
        for (String a : addresses) {
            list.add(InetAddress.ofLiteral(a));
        }
        hosts.put(name, list);
        return this;
    }

    /** Every lookup of this name fails temporarily (SERVFAIL). */
    public MapResolver failing(String name) {
        failing.add(name);
        return this;
    }

    @Override
    public MxAnswer mailExchangers(String domain) throws DnsLookupException {
        asked.add("MX " + domain);
        if (failing.contains(domain)) {
            throw new DnsLookupException("SERVFAIL for " + domain);
        }
        MxAnswer a = mx.get(domain);
        if (a != null) {
            return a;
        }
        return hosts.containsKey(domain) ? new MxAnswer.NoRecords() : new MxAnswer.NoSuchDomain();
    }

    @Override
    public List<InetAddress> addresses(String host) throws DnsLookupException {
        asked.add("A " + host);
        if (failing.contains(host)) {
            throw new DnsLookupException("SERVFAIL for " + host);
        }
        return hosts.getOrDefault(host, List.of());
    }
}
