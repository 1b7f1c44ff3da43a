package org.parley.mail.smtp.codec;

import java.net.IDN;
import java.util.Locale;

/**
 * A mailbox of an SMTP path: local part and domain (RFC 5321 §4.1.2 {@code Mailbox}).
 *
 * <p>The local part keeps its case and has quoting removed ({@code "john doe"@example.com} has
 * local part {@code john doe}); {@link #smtpLocalPart()} puts quoting back where needed. The
 * domain is lower-cased; an address literal keeps its brackets in canonical form
 * ({@code [192.0.2.1]}, {@code [IPv6:2001:db8::1]}). Under SMTPUTF8 the local part and domain may
 * hold non-ASCII (RFC 6531 §3.3); {@link #asciiDomain()} gives the A-label form.
 *
 * @param localPart unquoted local part, never null; {@code Postmaster} for the bare
 *                  {@code <Postmaster>} recipient
 * @param domain    lower-cased domain or address literal; empty only for bare {@code <Postmaster>}
 */
public record EmailAddress(String localPart, String domain) {

    public EmailAddress {
        if (localPart == null || domain == null) {
            throw new IllegalArgumentException("local part and domain must not be null");
        }
        domain = canonicalDomain(domain);
    }

    /** True for {@code [ipv4]}, {@code [IPv6:…]} and general address literals. */
    public boolean isAddressLiteral() {
        return domain.startsWith("[");
    }

    /** The bare {@code <Postmaster>} recipient of RFC 5321 §4.1.1.3 (no domain). */
    public boolean isBarePostmaster() {
        return domain.isEmpty();
    }

    /** True when local part or domain holds non-ASCII (needs SMTPUTF8 to be sent). */
    public boolean isInternationalized() {
        return !isAscii(localPart) || !isAscii(domain);
    }

    /** The domain with U-labels converted to A-labels (IDNA via {@link IDN}); literals unchanged. */
    public String asciiDomain() {
        if (isAddressLiteral() || isAscii(domain)) {
            return domain;
        }
        return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    }

    /** The local part as SMTP writes it: a Dot-string when possible, else a Quoted-string. */
    public String smtpLocalPart() {
        return SmtpGrammar.isDotString(localPart, true) ? localPart : SmtpGrammar.quote(localPart);
    }

    /** {@code local@domain} as it appears inside an SMTP path (without brackets). */
    public String toSmtpString() {
        return domain.isEmpty() ? smtpLocalPart() : smtpLocalPart() + "@" + domain;
    }

    @Override
    public String toString() {
        return toSmtpString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String canonicalDomain(String domain) {
        if (domain.regionMatches(true, 0, "[IPv6:", 0, 6)) {
            return "[IPv6:" + domain.substring(6).toLowerCase(Locale.ROOT);
        }
        if (domain.startsWith("[")) {
            // General-address-literal tags are case-sensitive registered names; keep as given.
            return domain;
        }
        return domain.toLowerCase(Locale.ROOT);
    }
}
