package org.parley.mail.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * The DNS questions outbound mail asks (RFC 5321 §5.1): a domain's MX records and a host's
 * addresses. The production implementation is {@link DnsJavaResolver}; tests pass a map-based one,
 * so no test depends on real DNS.
 *
 * <p>Implementations are thread-safe (every queue worker resolves concurrently) and bounded in
 * time: a lookup that takes too long ends in {@link DnsLookupException}.
 */
public interface MailExchangerResolver {

    /**
     * The MX records of {@code domain}.
     *
     * @param domain an ASCII (A-label) domain name without trailing dot
     * @throws DnsLookupException when the answer is not available now (retry later)
     */
    MxAnswer mailExchangers(String domain) throws DnsLookupException;

    /**
     * The IPv4 and IPv6 addresses of {@code host} (A and AAAA records), IPv4 first. An empty list
     * means the host definitely has none (NXDOMAIN or no such records).
     *
     * @throws DnsLookupException when the answer is not available now
     */
    List<InetAddress> addresses(String host) throws DnsLookupException;
}
