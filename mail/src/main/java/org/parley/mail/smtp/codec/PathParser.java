package org.parley.mail.smtp.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Parses Reverse-path and Forward-path (RFC 5321 §4.1.2) from a decoded command line. One
 * instance per parse; not thread-safe.
 */
final class PathParser {

    /** RFC 5321 §4.5.3.1.1 / §4.5.3.1.3 and the {@link SmtpLeniency#OVERSIZED_ADDRESS} limits. */
    private static final int MAX_LOCAL = 64;
    private static final int MAX_PATH = 256;
    private static final int LENIENT_MAX_LOCAL = 256;
    private static final int LENIENT_MAX_PATH = 512;
    /** A source route longer than this is hostile, not historic. */
    private static final int MAX_ROUTE_HOPS = 16;

    private final String s;
    private final boolean sender;
    private final boolean utf8;
    private final Set<SmtpLeniency> leniencies;
    private final Consumer<SmtpLeniency> onLeniency;
    private int pos;

    PathParser(String s, int pos, boolean sender, boolean utf8, Set<SmtpLeniency> leniencies,
               Consumer<SmtpLeniency> onLeniency) {
        this.s = s;
        this.pos = pos;
        this.sender = sender;
        this.utf8 = utf8;
        this.leniencies = leniencies;
        this.onLeniency = onLeniency;
    }

    /** Index just after the parsed path. */
    int end() {
        return pos;
    }

    MailPath parse() throws SmtpSyntaxException {
        int start = pos;
        if (pos >= s.length()) {
            throw fail("Missing path");
        }
        if (s.charAt(pos) != '<') {
            if (!leniencies.contains(SmtpLeniency.UNBRACKETED_PATH)) {
                throw fail("Path must be enclosed in <>");
            }
            onLeniency.accept(SmtpLeniency.UNBRACKETED_PATH);
            EmailAddress mailbox = mailbox(false);
            checkPathLength(start, List.of());
            return MailPath.of(mailbox);
        }
        pos++;
        if (peek() == '>') {
            // RFC 5321 §4.1.1.2: "<>" only as a reverse-path.
            if (!sender) {
                throw fail("Empty forward-path");
            }
            pos++;
            return MailPath.NULL;
        }
        List<String> route = new ArrayList<>();
        if (peek() == '@') {
            // RFC 5321 §4.1.2 A-d-l = At-domain *( "," At-domain ) ":"
            while (true) {
                expect('@', "Bad source route");
                route.add(domain().toLowerCase(java.util.Locale.ROOT));
                if (route.size() > MAX_ROUTE_HOPS) {
                    throw fail("Source route too long");
                }
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(':', "Bad source route");
                break;
            }
        }
        EmailAddress mailbox = mailbox(true);
        expect('>', "Path must end with >");
        checkPathLength(start, route);
        return new MailPath(route, mailbox);
    }

    private EmailAddress mailbox(boolean bracketed) throws SmtpSyntaxException {
        int localStart = pos;
        String local = peek() == '"' ? quotedString() : dotString();
        int localOctets = SmtpGrammar.utf8Length(s.substring(localStart, pos));
        if (localOctets > MAX_LOCAL) {
            if (!leniencies.contains(SmtpLeniency.OVERSIZED_ADDRESS) || localOctets > LENIENT_MAX_LOCAL) {
                throw fail("Local part too long");
            }
            onLeniency.accept(SmtpLeniency.OVERSIZED_ADDRESS);
        }
        if (peek() != '@') {
            // RFC 5321 §4.1.1.3: "<Postmaster>" without a domain, case-insensitive, RCPT only.
            boolean end = bracketed ? peek() == '>' : pos >= s.length() || peek() == ' ';
            if (!sender && end && local.equalsIgnoreCase("postmaster") && localStart + 10 == pos) {
                return new EmailAddress(local, "");
            }
            throw fail("Address must contain @domain");
        }
        pos++;
        String domain;
        if (peek() == '[') {
            int close = s.indexOf(']', pos);
            if (close < 0) {
                throw fail("Unterminated address literal");
            }
            domain = s.substring(pos, close + 1);
            if (!SmtpGrammar.isAddressLiteral(domain)) {
                throw fail("Bad address literal");
            }
            pos = close + 1;
        } else {
            domain = domain();
        }
        return new EmailAddress(local, domain);
    }

    /** RFC 5321 §4.1.2 Domain; U-labels only under SMTPUTF8 (RFC 6531 §3.3). */
    private String domain() throws SmtpSyntaxException {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c >= 0x80) {
                nonAscii();
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                break;
            }
            pos++;
        }
        String d = s.substring(start, pos);
        if (!SmtpGrammar.isDomain(d, utf8)) {
            throw fail("Bad domain");
        }
        return d;
    }

    private String dotString() throws SmtpSyntaxException {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c >= 0x80) {
                nonAscii();
            } else if (c != '.' && !SmtpGrammar.isAtext(c, false)) {
                break;
            }
            pos++;
        }
        String local = s.substring(start, pos);
        if (!SmtpGrammar.isDotString(local, utf8)) {
            throw fail(local.isEmpty() ? "Missing local part" : "Bad local part");
        }
        return local;
    }

    /** RFC 5321 §4.1.2 Quoted-string = DQUOTE *QcontentSMTP DQUOTE. */
    private String quotedString() throws SmtpSyntaxException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw fail("Unterminated quoted local part");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c >= 0x80) {
                nonAscii();
            }
            if (c == '\\') {
                // quoted-pairSMTP = %d92 %d32-126
                if (pos >= s.length() || s.charAt(pos) < 32 || s.charAt(pos) > 126) {
                    throw fail("Bad quoted-pair");
                }
                out.append(s.charAt(pos++));
            } else if (SmtpGrammar.isQtext(c, utf8)) {
                out.append(c);
            } else {
                throw fail("Bad character in quoted local part");
            }
        }
    }

    private void checkPathLength(int start, List<String> route) throws SmtpSyntaxException {
        int octets = SmtpGrammar.utf8Length(s.substring(start, pos));
        if (octets > MAX_PATH) {
            if (!leniencies.contains(SmtpLeniency.OVERSIZED_ADDRESS) || octets > LENIENT_MAX_PATH) {
                throw fail("Path too long");
            }
            onLeniency.accept(SmtpLeniency.OVERSIZED_ADDRESS);
        }
    }

    private void nonAscii() throws SmtpSyntaxException {
        if (!utf8) {
            throw SmtpSyntaxException.nonAsciiAddress();
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : 0;
    }

    private void expect(char c, String why) throws SmtpSyntaxException {
        if (peek() != c) {
            throw fail(why);
        }
        pos++;
    }

    private SmtpSyntaxException fail(String why) {
        return SmtpSyntaxException.badPath(sender, "Syntax error in " + (sender ? "reverse" : "forward") + "-path: " + why);
    }
}
