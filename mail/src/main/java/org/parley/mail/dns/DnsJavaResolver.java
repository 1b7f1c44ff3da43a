package org.parley.mail.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link MailExchangerResolver} over dnsjava: the servers of {@code /etc/resolv.conf} (or one
 * configured server), its own TTL-respecting cache, absolute names only (no search list: a mail
 * domain is never relative). Thread-safe.
 *
 * <p>Result mapping: NXDOMAIN → {@link MxAnswer.NoSuchDomain} / no addresses; NODATA → {@link
 * MxAnswer.NoRecords} / no addresses; SERVFAIL, timeouts and every other failure → {@link
 * DnsLookupException}, i.e. retry later.
 */
public final class DnsJavaResolver implements MailExchangerResolver {
    /** Per query; dnsjava retries over the configured servers within it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Resolver resolver;
    private final Cache cache = new Cache(DClass.IN);

    public DnsJavaResolver(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The system's resolvers as {@code /etc/resolv.conf} lists them. */
    public static DnsJavaResolver system() {
        ExtendedResolver r = new ExtendedResolver();
        r.setTimeout(DEFAULT_TIMEOUT);
        return new DnsJavaResolver(r);
    }

    /** One configured recursive server, e.g. a local unbound on 127.0.0.1:53. */
    public static DnsJavaResolver server(InetSocketAddress address, Duration timeout) {
        SimpleResolver r = new SimpleResolver(address);
        r.setTimeout(timeout);
        return new DnsJavaResolver(r);
    }

    @Override
    public MxAnswer mailExchangers(String domain) throws DnsLookupException {
        Name name = absolute(domain);
        if (name == null) {
            return new MxAnswer.NoSuchDomain();
        }
        Lookup lookup = lookup(name, Type.MX);
        Record[] records = lookup.run();
        return switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL -> {
                List<MailExchanger> out = new ArrayList<>();
                for (Record r : records) {
                    if (r instanceof MXRecord mx) {
                        out.add(new MailExchanger(mx.getPriority(), hostName(mx.getTarget())));
                    }
                }
                yield out.isEmpty() ? new MxAnswer.NoRecords() : new MxAnswer.Found(out);
            }
            case Lookup.HOST_NOT_FOUND -> new MxAnswer.NoSuchDomain();
            case Lookup.TYPE_NOT_FOUND -> new MxAnswer.NoRecords();
            default -> throw new DnsLookupException("MX lookup for " + domain + " failed: " + lookup.getErrorString());
        };
    }

    @Override
    public List<InetAddress> addresses(String host) throws DnsLookupException {
        Name name = absolute(host);
        if (name == null) {
            return List.of();
        }
        List<InetAddress> out = new ArrayList<>();
        DnsLookupException failure = null;
        for (int type : new int[] {Type.A, Type.AAAA}) {
            Lookup lookup = lookup(name, type);
            Record[] records = lookup.run();
            switch (lookup.getResult()) {
                case Lookup.SUCCESSFUL -> {
                    for (Record r : records) {
                        if (r instanceof ARecord a) {
                            out.add(a.getAddress());
                        } else if (r instanceof AAAARecord aaaa) {
                            out.add(aaaa.getAddress());
                        }
                    }
                }
                case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND -> {
                    // definitely none of this type
                }
                default -> failure = new DnsLookupException(
                        Type.string(type) + " lookup for " + host + " failed: " + lookup.getErrorString());
            }
        }
        // One family answered: use it rather than waiting for the other to recover.
        if (out.isEmpty() && failure != null) {
            throw failure;
        }
        return out;
    }

    private Lookup lookup(Name name, int type) {
        Lookup lookup = new Lookup(name, type, DClass.IN);
        lookup.setResolver(resolver);
        lookup.setCache(cache);
        lookup.setSearchPath((Name[]) null);
        return lookup;
    }

    private static Name absolute(String domain) {
        if (domain == null || domain.isEmpty() || domain.length() > 253) {
            return null;
        }
        try {
            return Name.fromString(domain.endsWith(".") ? domain : domain + ".");
        } catch (TextParseException e) {
            return null;
        }
    }

    private static String hostName(Name target) {
        // RFC 7505 §3: the null MX has the root as its exchange
        if (target.equals(Name.root)) {
            return "";
        }
        return target.toString(true).toLowerCase(Locale.ROOT);
    }
}
