package org.parley.mail.dns;

/**
 * One MX record (RFC 5321 §5.1): a host that accepts mail for a domain, with its preference
 * (lower is tried first).
 *
 * @param preference 0–65535
 * @param host       the exchange host name, lower-case, without the trailing dot; {@code ""} for
 *                   the RFC 7505 null MX ({@code MX 0 .})
 */
public record MailExchanger(int preference, String host) {
    public MailExchanger {
        if (preference < 0 || preference > 0xffff) {
            throw new IllegalArgumentException("MX preference out of range: " + preference);
        }
        if (host == null) {
            throw new IllegalArgumentException("MX host must not be null");
        }
    }

    /** RFC 7505 §3: a single MX with an empty exchange says the domain accepts no mail. */
    public boolean isNullMx() {
        return host.isEmpty();
    }
}
