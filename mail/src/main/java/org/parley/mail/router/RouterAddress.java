package org.parley.mail.router;

import java.net.IDN;
import java.util.Locale;
import org.parley.mail.smtp.codec.SmtpGrammar;

/**
 * An address split the way the Router sees it (COMPAT-CGP.md §3.1): the domain is the next system
 * to deliver to and the local part is everything that system must still resolve. So
 * {@code <@relay:user@dom>}, {@code relay!dom!user} and {@code user%dom@relay} all have domain
 * {@code relay}; their local parts ({@code user@dom}, {@code dom!user}, {@code user%dom}) are
 * split again only if {@code relay} turns out to be local.
 *
 * @param localPart  the local part, unquoted; may itself be a complex address
 * @param domain     lower-case ASCII domain (A-labels) or address literal such as
 *                   {@code [192.0.2.1]}; null when the address has no domain
 * @param quoted     the local part was a quoted string: it is taken literally, never split
 * @param form       which syntax produced this split
 */
public record RouterAddress(String localPart, String domain, boolean quoted, Form form) {

    /** Longest address the Router looks at; real ones are under 320 octets. */
    public static final int MAX_LENGTH = 1024;

    /** How the next hop was found. */
    public enum Form {
        /** {@code local@domain} or a local part alone. */
        PLAIN,
        /** {@code @hop1,@hop2:local@domain} (RFC 5321 §4.1.2 source route). */
        SOURCE_ROUTE,
        /** {@code hop!rest} (UUCP bang path). */
        BANG,
        /** {@code local%domain} without {@code @} (percent hack, after the {@code @} host was local). */
        PERCENT
    }

    /**
     * Splits an address, with or without angle brackets.
     *
     * @throws AddressSyntaxException with a message naming the problem (empty, too long, control
     *                                  characters, unterminated quote or literal, bad domain)
     */
    public static RouterAddress parse(String address) {
        if (address == null) {
            throw new AddressSyntaxException("no address");
        }
        String s = address.strip();
        if (s.length() > MAX_LENGTH) {
            throw new AddressSyntaxException("address longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new AddressSyntaxException("control character in address");
            }
        }
        if (s.startsWith("<")) {
            if (!s.endsWith(">") || s.length() < 2) {
                throw new AddressSyntaxException("unterminated < in address");
            }
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new AddressSyntaxException("empty address");
        }
        if (s.charAt(0) == '@') {
            // RFC 5321 §4.1.2 A-d-l: the first hop is the next system, the rest is its business.
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new AddressSyntaxException("source route without ':'");
            }
            int comma = s.indexOf(',');
            boolean more = comma >= 0 && comma < colon;
            String hop = s.substring(1, more ? comma : colon);
            String rest = more ? s.substring(comma + 1) : s.substring(colon + 1);
            if (rest.isEmpty()) {
                throw new AddressSyntaxException("source route without a mailbox");
            }
            return new RouterAddress(rest, domain(hop), false, Form.SOURCE_ROUTE);
        }
        if (s.charAt(0) == '"') {
            int end = closingQuote(s);
            String local = unquote(s.substring(1, end));
            String after = s.substring(end + 1);
            if (after.isEmpty()) {
                return new RouterAddress(nonEmpty(local), null, true, Form.PLAIN);
            }
            if (after.charAt(0) != '@') {
                throw new AddressSyntaxException("expected @ after the quoted local part");
            }
            return new RouterAddress(nonEmpty(local), domain(after.substring(1)), true, Form.PLAIN);
        }
        int at = lastAt(s);
        if (at >= 0) {
            return new RouterAddress(nonEmpty(s.substring(0, at)), domain(s.substring(at + 1)), false, Form.PLAIN);
        }
        int bang = s.indexOf('!');
        if (bang >= 0) {
            return new RouterAddress(nonEmpty(s.substring(bang + 1)), domain(s.substring(0, bang)), false, Form.BANG);
        }
        int percent = s.lastIndexOf('%');
        if (percent >= 0) {
            return new RouterAddress(nonEmpty(s.substring(0, percent)), domain(s.substring(percent + 1)), false,
                    Form.PERCENT);
        }
        return new RouterAddress(s, null, false, Form.PLAIN);
    }

    /**
     * True when the local part is itself an address to split again once the domain is known to
     * be local ({@code user%dom}, {@code dom!user}, {@code user@dom}, {@code @hop:user@dom}).
     */
    public boolean hasComplexLocalPart() {
        if (quoted) {
            return false;
        }
        return localPart.indexOf('@') >= 0 || localPart.indexOf('%') >= 0 || localPart.indexOf('!') >= 0;
    }

    /** {@code local@domain}, the local part quoted when it is not a dot-string. */
    public String toAddress(String domainName) {
        String local = quoted && !SmtpGrammar.isDotString(localPart, true) ? SmtpGrammar.quote(localPart) : localPart;
        return domainName == null ? local : local + "@" + domainName;
    }

    /** True when the domain is an address literal or a bare IPv4 address. */
    public static boolean isIpDomain(String domain) {
        return domain != null && (domain.startsWith("[") || SmtpGrammar.isIpv4(domain));
    }

    /** The host part of an IP domain without brackets and {@code IPv6:} tag. */
    public static String ipHost(String domain) {
        if (!domain.startsWith("[")) {
            return domain;
        }
        String inner = domain.substring(1, domain.length() - 1);
        return inner.regionMatches(true, 0, "IPv6:", 0, 5) ? inner.substring(5) : inner;
    }

    /**
     * Normalizes a domain: lower case, no trailing dot, U-labels converted to A-labels, address
     * literals and bare IPv4 checked.
     *
     * @throws AddressSyntaxException when it is not a domain name or address literal
     */
    public static String domain(String raw) {
        String d = raw.strip();
        if (d.endsWith(".") && !d.startsWith("[")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.isEmpty()) {
            throw new AddressSyntaxException("empty domain");
        }
        if (d.startsWith("[")) {
            if (!SmtpGrammar.isAddressLiteral(d)) {
                throw new AddressSyntaxException("bad address literal " + d);
            }
            return d.regionMatches(true, 1, "IPv6:", 0, 5) ? "[IPv6:" + d.substring(6).toLowerCase(Locale.ROOT) : d;
        }
        if (!isAscii(d)) {
            try {
                d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new AddressSyntaxException("bad internationalized domain " + raw);
            }
        }
        d = d.toLowerCase(Locale.ROOT);
        // Underscores appear in real host names; otherwise RFC 1035 LDH labels.
        if (d.length() > SmtpGrammar.MAX_DOMAIN_OCTETS) {
            throw new AddressSyntaxException("domain longer than 255 octets");
        }
        for (String label : d.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > SmtpGrammar.MAX_LABEL_OCTETS || label.startsWith("-")
                    || label.endsWith("-")) {
                throw new AddressSyntaxException("bad domain " + raw);
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    throw new AddressSyntaxException("bad domain " + raw);
                }
            }
        }
        return d;
    }

    private static int lastAt(String s) {
        // An '@' inside an address literal or a quoted string is not the separator.
        boolean quoted = false;
        int depth = 0;
        int at = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == '@') {
                at = i;
            }
        }
        if (quoted) {
            throw new AddressSyntaxException("unterminated quoted string in address");
        }
        return at;
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new AddressSyntaxException("unterminated quoted local part");
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String nonEmpty(String local) {
        if (local.isEmpty()) {
            throw new AddressSyntaxException("empty local part");
        }
        return local;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
