/**
 * DNS for outbound mail: MX and A/AAAA lookups (RFC 5321 §5.1) behind the
 * {@link org.parley.mail.dns.MailExchangerResolver} interface, so the queue never depends on real
 * DNS in tests. {@link org.parley.mail.dns.DnsJavaResolver} is the production implementation
 * (dnsjava, servers from {@code /etc/resolv.conf} or one configured server).
 *
 * <p>Decisions: a definite negative answer (NXDOMAIN, NODATA) is a value, every other failure a
 * {@link org.parley.mail.dns.DnsLookupException} that the queue treats as temporary; no search
 * list is applied (mail domains are absolute); dnsjava's cache honours TTLs.
 */
package org.parley.mail.dns;
