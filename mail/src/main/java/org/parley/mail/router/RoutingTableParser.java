package org.parley.mail.router;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.mail.smtp.codec.SmtpGrammar;

/** Parses Router table text into records (syntax in the package documentation). One use per instance. */
final class RoutingTableParser {

    static final int MAX_TEXT = 1 << 20;
    static final int MAX_LINE = 4096;
    static final int MAX_RECORDS = 10_000;

    /** CommuniGate module suffixes we recognise but do not implement: refusing beats misrouting. */
    private static final Set<String> UNSUPPORTED_SUFFIXES =
            Set.of("sip", "list", "lists", "pipe", "via", "rules", "rpop", "xmpp", "lmtp", "ximss");

    private int line;

    List<RouterRecord> parse(String text) throws RoutingTableException {
        if (text.length() > MAX_TEXT) {
            throw new RoutingTableException(0, "table text longer than " + MAX_TEXT + " characters");
        }
        List<RouterRecord> records = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line = i + 1;
            String l = lines[i];
            if (l.endsWith("\r")) {
                l = l.substring(0, l.length() - 1);
            }
            if (l.length() > MAX_LINE) {
                throw fail("line longer than " + MAX_LINE + " characters");
            }
            for (int j = 0; j < l.length(); j++) {
                char c = l.charAt(j);
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    throw fail("control character 0x" + Integer.toHexString(c) + " at column " + (j + 1));
                }
            }
            String t = l.strip();
            // A line starting with ';' is a comment (old CommuniGate samples use ';').
            if (t.isEmpty() || t.startsWith(";")) {
                continue;
            }
            records.add(record(t));
            if (records.size() > MAX_RECORDS) {
                throw fail("more than " + MAX_RECORDS + " records");
            }
        }
        return records;
    }

    private RouterRecord record(String t) throws RoutingTableException {
        int pos = 0;
        EnumSet<RouteKind> kinds = EnumSet.noneOf(RouteKind.class);
        RelayMark relay = RelayMark.NONE;
        while (pos < t.length() && t.charAt(pos) != '<') {
            int end = pos;
            while (end < t.length() && Character.isLetter(t.charAt(end)) && t.charAt(end) < 0x80) {
                end++;
            }
            if (end == pos || end >= t.length() || t.charAt(end) != ':') {
                break;
            }
            String word = t.substring(pos, end).toLowerCase(Locale.ROOT);
            switch (word) {
                case "mail", "m" -> kinds.add(RouteKind.MAIL);
                case "signal", "s" -> kinds.add(RouteKind.SIGNAL);
                case "access", "a" -> kinds.add(RouteKind.ACCESS);
                case "norelay", "n" -> relay = mark(relay, RelayMark.NO_RELAY);
                case "relay", "r" -> relay = mark(relay, RelayMark.RELAY);
                default -> throw fail("unknown prefix " + t.substring(pos, end) + ":");
            }
            pos = end + 1;
        }
        if (kinds.isEmpty()) {
            kinds = EnumSet.allOf(RouteKind.class);
        }
        if (pos >= t.length()) {
            throw fail("missing pattern after the prefixes");
        }
        boolean domainOnly = t.charAt(pos) != '<';
        AddressPattern localPattern = null;
        AddressPattern domainPattern;
        String left;
        if (!domainOnly) {
            int close = closingBracket(t, pos);
            left = t.substring(pos, close + 1);
            String inner = t.substring(pos + 1, close);
            int at = inner.lastIndexOf('@');
            if (at < 0) {
                throw fail("address pattern " + left + " needs local@domain");
            }
            String local = unquote(inner.substring(0, at));
            String domain = inner.substring(at + 1);
            if (local.isEmpty() || domain.isEmpty()) {
                throw fail("address pattern " + left + " needs a local part and a domain");
            }
            localPattern = compile(local);
            domainPattern = compile(checkDomainPattern(domain));
            pos = close + 1;
        } else {
            int end = pos;
            while (end < t.length() && t.charAt(end) != '=' && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            left = t.substring(pos, end);
            domainPattern = compile(checkDomainPattern(left));
            pos = end;
        }
        while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) {
            pos++;
        }
        if (pos >= t.length() || t.charAt(pos) != '=') {
            throw fail("expected = after " + left);
        }
        String right = stripComment(t.substring(pos + 1)).strip();
        if (right.isEmpty()) {
            throw fail("missing target after =");
        }
        int captures = (localPattern == null ? 0 : localPattern.captures()) + domainPattern.captures();
        Target target = target(right, domainOnly, captures);
        return new RouterRecord(line, kinds, relay, domainOnly, left, target,
                localPattern == null ? AddressPattern.compile("*") : localPattern, domainPattern);
    }

    private RelayMark mark(RelayMark current, RelayMark next) throws RoutingTableException {
        if (current != RelayMark.NONE && current != next) {
            throw fail("NoRelay: and Relay: contradict each other");
        }
        return next;
    }

    /** The index of the '>' closing the '<' at {@code open}, skipping quoted strings. */
    private int closingBracket(String t, int open) throws RoutingTableException {
        boolean quoted = false;
        for (int i = open + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                throw fail("nested < in pattern");
            } else if (!quoted && c == '>') {
                return i;
            }
        }
        throw fail("unterminated < in pattern");
    }

    private Target target(String right, boolean domainOnly, int captures) throws RoutingTableException {
        String lower = right.toLowerCase(Locale.ROOT);
        if (lower.equals("null")) {
            return new Target.Discard();
        }
        if (lower.equals("error")) {
            return new Target.Error("address rejected");
        }
        if (lower.startsWith("error:")) {
            String text = right.substring(6).strip();
            return new Target.Error(text.isEmpty() ? "address rejected" : text);
        }
        String r = right;
        if (r.startsWith("<")) {
            if (!r.endsWith(">")) {
                throw fail("unterminated < in target");
            }
            r = r.substring(1, r.length() - 1);
        }
        String local = null;
        String domainPart;
        if (domainOnly) {
            if (r.indexOf('@') >= 0) {
                throw fail("a domain record maps a domain to a domain, not to " + right);
            }
            domainPart = r;
        } else {
            int at = r.lastIndexOf('@');
            int bracket = r.lastIndexOf('[');
            if (bracket >= 0 && at > bracket) {
                at = r.lastIndexOf('@', bracket);
            }
            if (at < 0) {
                // An address record target without a domain: the main domain (like CommuniGate).
                checkLocalTemplate(r);
                String l = r.toLowerCase(Locale.ROOT);
                if (l.endsWith(".smtp") || l.endsWith(".local") || r.indexOf(':') >= 0) {
                    throw fail("target " + right + " needs local@domain");
                }
                checkStars(stars(r), captures, right);
                return new Target.Address(unquote(r), null, Target.Mode.REWRITE, 0);
            }
            String rawLocal = r.substring(0, at);
            checkLocalTemplate(rawLocal);
            local = unquote(rawLocal);
            domainPart = r.substring(at + 1);
        }
        Target.Address address = domainTarget(local, domainPart, right);
        checkStars(stars(local == null ? "" : local) + stars(address.domainTemplate()), captures, right);
        return address;
    }

    private Target.Address domainTarget(String local, String part, String right) throws RoutingTableException {
        String host;
        String rest;
        if (part.startsWith("[")) {
            int close = part.indexOf(']');
            if (close < 0) {
                throw fail("unterminated address literal in " + right);
            }
            host = part.substring(0, close + 1);
            if (host.indexOf('*') < 0 && !SmtpGrammar.isAddressLiteral(host)) {
                throw fail("bad address literal " + host);
            }
            rest = part.substring(close + 1);
        } else {
            int colon = part.indexOf(':');
            host = colon < 0 ? part : part.substring(0, colon);
            rest = colon < 0 ? "" : part.substring(colon);
        }
        Target.Mode mode = Target.Mode.REWRITE;
        String lower = host.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String suffix = dot < 0 ? "" : lower.substring(dot + 1);
        if (suffix.equals("smtp")) {
            mode = Target.Mode.SMTP;
            host = host.substring(0, dot);
        } else if (suffix.equals("local")) {
            mode = Target.Mode.LOCAL;
            host = host.substring(0, dot);
        } else if (UNSUPPORTED_SUFFIXES.contains(suffix)) {
            throw fail("module suffix ." + suffix + " is not supported (only .smtp and .local)");
        }
        if (host.isEmpty()) {
            throw fail("missing domain in " + right);
        }
        if (!host.startsWith("[")) {
            checkDomainTemplate(host, right);
        }
        int port = 0;
        if (!rest.isEmpty()) {
            if (!rest.startsWith(":") || rest.length() < 2 || rest.length() > 6
                    || !rest.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(rest.substring(1)) < 1 || Integer.parseInt(rest.substring(1)) > 65535) {
                throw fail("bad port in " + right + " (expected :1-65535)");
            }
            port = Integer.parseInt(rest.substring(1));
            boolean ip = host.startsWith("[") || SmtpGrammar.isIpv4(host);
            if (mode == Target.Mode.LOCAL || mode == Target.Mode.REWRITE && !ip) {
                throw fail("a port needs an IP address or a .smtp host: " + right);
            }
        }
        return new Target.Address(local, host, mode, port);
    }

    private String checkDomainPattern(String domain) throws RoutingTableException {
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c >= 0x80) {
                throw fail("non-ASCII domain pattern " + domain + ": write the A-label (xn--) form");
            }
            if (!(Character.isLetterOrDigit(c) || "-._*()+[]:".indexOf(c) >= 0)) {
                throw fail("bad character '" + c + "' in domain pattern " + domain);
            }
        }
        return domain;
    }

    private void checkDomainTemplate(String host, String right) throws RoutingTableException {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 0x80) {
                throw fail("non-ASCII target domain in " + right + ": write the A-label (xn--) form");
            }
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '*')) {
                throw fail("bad character '" + c + "' in target domain " + host);
            }
        }
    }

    private void checkLocalTemplate(String local) throws RoutingTableException {
        if (local.isEmpty()) {
            throw fail("empty local part in target");
        }
        boolean quoted = local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"");
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!quoted && Character.isWhitespace(c) || c == '<' || c == '>') {
                throw fail("bad character in target local part " + local);
            }
        }
    }

    private void checkStars(int used, int captures, String right) throws RoutingTableException {
        if (used > captures) {
            throw fail("target " + right + " uses " + used + " * but the pattern captures only " + captures);
        }
    }

    private AddressPattern compile(String pattern) throws RoutingTableException {
        try {
            return AddressPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private static int stars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '*') {
                n++;
            }
        }
        return n;
    }

    /** Strips {@code "…"} quoting from a local part, keeping escaped characters. */
    private static String unquote(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A comment starts at a ';' preceded by whitespace, outside quotes. */
    private static String stripComment(String s) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private RoutingTableException fail(String reason) {
        return new RoutingTableException(line, reason);
    }
}
