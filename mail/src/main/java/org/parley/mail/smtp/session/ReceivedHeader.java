package org.parley.mail.smtp.session;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.mail.smtp.codec.MailPath;

/**
 * The {@code Received:} trace field every hop prepends (RFC 5321 §4.4), for example:
 * <pre>
 * Received: from client.example ([192.0.2.7])
 *         by mx.example.test (Parley) with ESMTPS id 3KQ7ZB2M4T1D
 *         (TLSv1.3 TLS_AES_128_GCM_SHA256)
 *         for &lt;user@example.test&gt;; Sat, 28 Nov 2026 18:43:26 +0000
 * </pre>
 * No DNS is used: the client's address is shown as an address literal only. The HELO name is shown
 * when it is a syntactically valid domain or address literal; otherwise the address literal stands
 * in for it, so client text can never break the field's syntax.
 */
public final class ReceivedHeader {
    /** RFC 5322 §3.3 date-time with a numeric zone. */
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("\\[[A-Za-z0-9:.\\-]{1,70}\\]");

    private ReceivedHeader() {}

    /**
     * @param helo        the client's HELO/EHLO/LHLO argument, or null
     * @param remote      the client's address
     * @param serverName  this server's name
     * @param with        RFC 3848 protocol keyword
     * @param id          the transaction id
     * @param tls         "protocol cipher" of the connection, or null when not encrypted
     * @param recipient   the only recipient, or null when there are several (RFC 5321 §4.4 warns
     *                    that listing several discloses Bcc recipients)
     * @param now         the time of receipt
     * @return the whole field with CRLF line ends, folded, ready to prepend
     */
    public static String format(String helo, InetAddress remote, String serverName, String with, String id,
            String tls, MailPath recipient, ZonedDateTime now) {
        String literal = addressLiteral(remote);
        String from = isPresentable(helo) ? helo : literal;
        StringBuilder out = new StringBuilder(256);
        // RFC 5321 §4.4: From-domain = "FROM" FWS Extended-Domain, with TCP-info in parentheses
        out.append("Received: from ").append(from).append(" (").append(literal).append(")\r\n");
        out.append("\tby ").append(serverName).append(" (Parley) with ").append(with).append(" id ").append(id);
        if (tls != null) {
            // the cipher as a comment, like most MTAs, so readers can judge the hop's protection
            out.append("\r\n\t(").append(commentSafe(tls)).append(')');
        }
        if (recipient != null) {
            out.append("\r\n\tfor ").append(recipient.toSmtpString());
        }
        out.append(";\r\n\t").append(DATE_TIME.format(now)).append("\r\n");
        return out.toString();
    }

    /** {@code [192.0.2.7]} or {@code [IPv6:2001:db8::1]} (RFC 5321 §4.1.3). */
    public static String addressLiteral(InetAddress address) {
        if (address instanceof Inet6Address) {
            String text = address.getHostAddress();
            int zone = text.indexOf('%');
            return "[IPv6:" + (zone >= 0 ? text.substring(0, zone) : text) + "]";
        }
        return "[" + address.getHostAddress() + "]";
    }

    static boolean isPresentable(String helo) {
        return helo != null && helo.length() <= 255
                && (DOMAIN.matcher(helo).matches() || ADDRESS_LITERAL.matcher(helo).matches());
    }

    private static String commentSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.\\- ]", "?");
    }
}
