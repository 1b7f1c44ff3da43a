package org.parley.mail.smtp.client;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.parley.mail.dns.DnsLookupException;
import org.parley.mail.dns.MailExchanger;
import org.parley.mail.dns.MailExchangerResolver;
import org.parley.mail.dns.MxAnswer;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * Turns a {@link Destination} into the addresses to try (RFC 5321 §5.1): MX records by preference,
 * equal preferences in random order; without MX records the domain itself (implicit MX); each host's
 * A and AAAA addresses. At most {@code maxAddresses} candidates. Thread-safe.
 */
public final class DestinationPlanner {
    private static final EnhancedStatusCode DNS_FAILURE = new EnhancedStatusCode(4, 4, 3);
    private static final EnhancedStatusCode NO_ROUTE = new EnhancedStatusCode(4, 4, 4);
    /** RFC 7505 §4.2: X.1.10 recipient address has null MX. */
    private static final EnhancedStatusCode NULL_MX = new EnhancedStatusCode(5, 1, 10);

    private final MailExchangerResolver dns;
    private final int maxAddresses;
    private final boolean preferIpv6;
    private final RandomGenerator random;

    public DestinationPlanner(MailExchangerResolver dns, int maxAddresses, boolean preferIpv6, RandomGenerator random) {
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("maxAddresses must be at least 1");
        }
        this.dns = dns;
        this.maxAddresses = maxAddresses;
        this.preferIpv6 = preferIpv6;
        this.random = random;
    }

    public DestinationPlan plan(Destination d) {
        int port = d.effectivePort();
        if (d.isAddress()) {
            try {
                return new DestinationPlan.Hosts(List.of(new HostCandidate(d.host(), InetAddress.ofLiteral(d.host()), port)));
            } catch (IllegalArgumentException e) {
                return new DestinationPlan.Failed(SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_SYSTEM,
                        "bad address literal " + d.host()));
            }
        }
        if (!d.mxLookup()) {
            return hosts(List.of(d.host()), port, false, d.host());
        }
        MxAnswer answer;
        try {
            answer = dns.mailExchangers(d.host());
        } catch (DnsLookupException e) {
            return new DestinationPlan.Failed(SmtpReply.of(451, DNS_FAILURE, "MX lookup for " + d.host() + " failed, will retry"));
        }
        return switch (answer) {
            case MxAnswer.NoSuchDomain n -> new DestinationPlan.Failed(SmtpReply.of(550,
                    EnhancedStatusCode.BAD_DESTINATION_SYSTEM, "domain " + d.host() + " does not exist"));
            // RFC 5321 §5.1: no MX records: the domain itself is the implicit MX, preference 0
            case MxAnswer.NoRecords n -> hosts(List.of(d.host()), port, true, d.host());
            case MxAnswer.Found f -> fromMx(f.exchangers(), port, d.host());
        };
    }

    private DestinationPlan fromMx(List<MailExchanger> records, int port, String domain) {
        List<MailExchanger> usable = new ArrayList<>();
        for (MailExchanger mx : records) {
            if (!mx.isNullMx()) {
                usable.add(mx);
            }
        }
        if (usable.isEmpty()) {
            // RFC 7505 §3: the domain declares that it accepts no mail
            return new DestinationPlan.Failed(SmtpReply.of(556, NULL_MX, domain + " does not accept mail (null MX)"));
        }
        // RFC 5321 §5.1: equal preferences in random order, then sort (stable) by preference
        for (int i = usable.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            MailExchanger t = usable.get(i);
            usable.set(i, usable.get(j));
            usable.set(j, t);
        }
        usable.sort(Comparator.comparingInt(MailExchanger::preference));
        List<String> names = new ArrayList<>();
        for (MailExchanger mx : usable) {
            if (!names.contains(mx.host())) {
                names.add(mx.host());
            }
        }
        return hosts(names, port, false, domain);
    }

    private DestinationPlan hosts(List<String> names, int port, boolean implicitMx, String domain) {
        List<HostCandidate> out = new ArrayList<>();
        boolean temporary = false;
        for (String name : names) {
            if (out.size() >= maxAddresses) {
                break;
            }
            List<InetAddress> addresses;
            try {
                addresses = new ArrayList<>(dns.addresses(name));
            } catch (DnsLookupException e) {
                temporary = true;
                continue;
            }
            addresses.sort(Comparator.comparingInt(a -> (a instanceof Inet4Address) != preferIpv6 ? 0 : 1));
            for (InetAddress a : addresses) {
                if (out.size() < maxAddresses) {
                    out.add(new HostCandidate(name, a, port));
                }
            }
        }
        if (!out.isEmpty()) {
            return new DestinationPlan.Hosts(out);
        }
        if (temporary) {
            return new DestinationPlan.Failed(SmtpReply.of(451, DNS_FAILURE, "address lookup for " + domain + " failed, will retry"));
        }
        if (implicitMx) {
            // RFC 5321 §5.1: neither MX nor address records: the domain cannot receive mail
            return new DestinationPlan.Failed(SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_SYSTEM,
                    domain + " has no mail exchanger and no address"));
        }
        // MX hosts without addresses are usually a mistake that gets fixed: retry
        return new DestinationPlan.Failed(SmtpReply.of(451, NO_ROUTE, "no address found for the mail hosts of " + domain));
    }
}
