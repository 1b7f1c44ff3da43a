package org.parley.mail.smtp.codec;

import java.net.IDN;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;

/**
 * Character classes and checks of the RFC 5321 §4.1.2 / §4.1.3 grammar, extended for UTF-8 by
 * RFC 6531 §3.3 when {@code utf8} is true. Stateless.
 */
public final class SmtpGrammar {

    /** RFC 5321 §4.5.3.1.2: domain name length in octets. */
    public static final int MAX_DOMAIN_OCTETS = 255;
    /** RFC 1035 §2.3.4: label length in octets. */
    public static final int MAX_LABEL_OCTETS = 63;

    private SmtpGrammar() {
    }

    /** RFC 5322 §3.2.3 atext; RFC 6531 §3.3 adds UTF8-non-ascii. */
    public static boolean isAtext(char c, boolean utf8) {
        if (c >= 0x80) {
            return utf8;
        }
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
    }

    /** RFC 5321 §4.1.2 qtextSMTP = %d32-33 / %d35-91 / %d93-126 (plus UTF-8 under RFC 6531). */
    public static boolean isQtext(char c, boolean utf8) {
        if (c >= 0x80) {
            return utf8;
        }
        return c >= 32 && c <= 126 && c != '"' && c != '\\';
    }

    /** RFC 5321 §4.1.2 Dot-string = Atom *("." Atom). */
    public static boolean isDotString(String s, boolean utf8) {
        if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(s.length() - 1) == '.') {
            return false;
        }
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (prev == '.') {
                    return false;
                }
            } else if (!isAtext(c, utf8)) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** RFC 5321 §4.1.2 Quoted-string for a local part that is not a Dot-string. */
    public static String quote(String localPart) {
        StringBuilder out = new StringBuilder(localPart.length() + 4).append('"');
        for (int i = 0; i < localPart.length(); i++) {
            char c = localPart.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /**
     * RFC 5321 §4.1.2 Domain: dot-separated labels {@code Let-dig [Ldh-str]}, each at most 63
     * octets, 255 in total. With {@code utf8}, labels may be U-labels (RFC 6531 §3.3) and must
     * then convert to valid A-labels.
     */
    public static boolean isDomain(String s, boolean utf8) {
        if (s.isEmpty() || utf8Length(s) > MAX_DOMAIN_OCTETS) {
            return false;
        }
        boolean ascii = EmailAddress.isAscii(s);
        if (!ascii && !utf8) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!isLabel(s, start, end)) {
                return false;
            }
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        if (!ascii) {
            try {
                String a = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED | IDN.USE_STD3_ASCII_RULES);
                return a.length() <= MAX_DOMAIN_OCTETS;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String s, int start, int end) {
        if (end <= start || utf8Length(s.substring(start, end)) > MAX_LABEL_OCTETS) {
            return false;
        }
        if (s.charAt(start) == '-' || s.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                    || c >= 0x80 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 5321 §4.1.3 address-literal including the brackets: IPv4, {@code IPv6:} or a
     * General-address-literal {@code tag:dcontent}.
     */
    public static boolean isAddressLiteral(String s) {
        if (s.length() < 3 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return false;
        }
        String inner = s.substring(1, s.length() - 1);
        if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
            return isIpv6(inner.substring(5));
        }
        int colon = inner.indexOf(':');
        if (colon < 0) {
            return isIpv4(inner);
        }
        // General-address-literal = Standardized-tag ":" 1*dcontent; dcontent = %d33-90 / %d94-126
        String tag = inner.substring(0, colon);
        if (tag.isEmpty() || tag.charAt(tag.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        String content = inner.substring(colon + 1);
        if (content.isEmpty()) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 33 || c > 126 || c == '[' || c == '\\' || c == ']') {
                return false;
            }
        }
        return true;
    }

    /** RFC 5321 §4.1.3 IPv4-address-literal = Snum 3("." Snum), Snum = 1*3DIGIT 0–255. */
    public static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** RFC 5321 §4.1.3 IPv6-addr (full, compressed and IPv4-embedded forms). */
    public static boolean isIpv6(String s) {
        if (s.isEmpty() || s.length() > 45 || s.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
                return false;
            }
        }
        try {
            Inet6Address.ofLiteral(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int utf8Length(String s) {
        return EmailAddress.isAscii(s) ? s.length() : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
