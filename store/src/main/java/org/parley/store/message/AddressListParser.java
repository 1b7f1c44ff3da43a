package org.parley.store.message;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5322 §3.4 address lists (with the §4.4 obsolete forms: routes, comments anywhere, empty list
 * members) turned into IMAP ENVELOPE address structures (RFC 9051 §7.5.2). Never fails: whatever
 * cannot be read as an address still yields a best-effort entry, so one broken header never costs
 * the message its envelope.
 *
 * <p>Why not mime4j's address parser: it RFC 2047-decodes display names, while ENVELOPE carries them
 * raw for the client to decode, and its lenient mode mangles non-ASCII domains.
 *
 * <p>Display names: phrase words joined by one space where the source had white space, quoted
 * strings unquoted, comments dropped; encoded-words stay encoded. Without a phrase, the text of a
 * trailing comment is the name ({@code jane@example.org (Jane Doe)}), as most servers do. A part
 * that is missing gets the placeholder {@link #MISSING_MAILBOX} or {@link #MISSING_DOMAIN} (as
 * Dovecot does), so a host is never NIL outside group markers.
 */
final class AddressListParser {
    static final String MISSING_MAILBOX = "MISSING_MAILBOX";
    static final String MISSING_DOMAIN = "MISSING_DOMAIN";

    private enum Kind { ATOM, QUOTED, LITERAL, COMMENT, SPECIAL }

    /** One lexical token; {@code spaceBefore} records white space or a comment before it. */
    private record Token(Kind kind, String text, boolean spaceBefore) {
        boolean is(char c) {
            return kind == Kind.SPECIAL && text.charAt(0) == c;
        }

        boolean word() {
            return kind == Kind.ATOM || kind == Kind.QUOTED;
        }
    }

    private final List<Token> tokens;
    private final int max;
    private final List<Address> out = new ArrayList<>();
    private int pos;

    private AddressListParser(List<Token> tokens, int max) {
        this.tokens = tokens;
        this.max = max;
    }

    /** Parses an unfolded header value; at most {@code max} entries (group markers included). */
    static List<Address> parse(String value, int max) {
        if (value == null || value.isBlank() || max <= 0) {
            return List.of();
        }
        AddressListParser p = new AddressListParser(tokenize(value), max);
        p.list();
        return List.copyOf(p.out);
    }

    private void list() {
        while (pos < tokens.size() && out.size() < max) {
            Token t = tokens.get(pos);
            if (t.is(',') || t.is(';') || t.is('>') || t.kind == Kind.COMMENT) {
                pos++;
                continue;
            }
            int colon = groupColon();
            if (colon >= 0) {
                group(colon);
            } else {
                mailbox(false);
            }
        }
    }

    /** RFC 5322 §3.4 group = display-name ":" [group-list] ";" — the colon's index when pos starts one. */
    private int groupColon() {
        int j = pos;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.word() || t.is('.') || t.kind == Kind.COMMENT) {
                j++;
            } else {
                return t.is(':') ? j : -1;
            }
        }
        return -1;
    }

    private void group(int colon) {
        out.add(new Address(null, null, phrase(pos, colon, ""), null));
        pos = colon + 1;
        while (pos < tokens.size() && !tokens.get(pos).is(';')) {
            Token t = tokens.get(pos);
            if (t.is(',') || t.is(':') || t.is('>') || t.kind == Kind.COMMENT) {
                pos++;
            } else if (out.size() < max) {
                mailbox(true);
            } else {
                pos++;
            }
        }
        if (pos < tokens.size()) {
            pos++; // ';'
        }
        out.add(new Address(null, null, null, null)); // RFC 9051 §7.5.2 end of group
    }

    /** One mailbox: name-addr or addr-spec, up to the next top-level comma (or ';' in a group). */
    private void mailbox(boolean inGroup) {
        int start = pos;
        int angle = -1;
        int close = -1;
        boolean route = false;
        boolean routeDone = false;
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (angle < 0) {
                if (t.is(',') || (inGroup && t.is(';'))) {
                    break;
                }
                if (t.is('<')) {
                    angle = pos;
                    route = pos + 1 < tokens.size() && tokens.get(pos + 1).is('@');
                }
            } else if (close < 0) {
                if (t.is('>')) {
                    close = pos;
                } else if (t.is(':')) {
                    routeDone = true;
                } else if ((t.is(',') && !(route && !routeDone)) || (inGroup && t.is(';'))) {
                    break; // an unclosed "<" ends at the next list separator
                }
            } else if (t.is(',') || (inGroup && t.is(';'))) {
                break;
            }
            pos++;
        }
        int end = pos;
        if (angle >= 0) {
            int inner = angle + 1;
            int innerEnd = close >= 0 ? close : end;
            String routeText = null;
            if (route) {
                int colon = indexOf(':', inner, innerEnd);
                if (colon >= 0) {
                    routeText = routeText(inner, colon);
                    inner = colon + 1;
                }
            }
            String name = phrase(start, angle, null);
            addAddress(name, routeText, inner, innerEnd);
        } else {
            String comment = null;
            boolean any = false;
            for (int i = start; i < end; i++) {
                Token t = tokens.get(i);
                if (t.kind == Kind.COMMENT) {
                    String c = HeaderText.trimWsp(t.text());
                    if (!c.isEmpty()) {
                        comment = c;
                    }
                } else {
                    any = true;
                }
            }
            if (any) {
                addAddress(comment, null, start, end);
            }
        }
    }

    private void addAddress(String name, String route, int from, int to) {
        int at = indexOf('@', from, to);
        String local;
        String domain;
        if (at < 0) {
            local = join(from, to, true);
            domain = "";
        } else {
            local = join(from, at, false);
            domain = join(at + 1, to, false);
        }
        if (at < 0 && local.isEmpty() && name == null) {
            return;
        }
        out.add(new Address(
                name,
                route,
                local.isEmpty() ? MISSING_MAILBOX : local,
                domain.isEmpty() ? MISSING_DOMAIN : domain));
    }

    /** The words between two token indices as a phrase; {@code empty} when there are none. */
    private String phrase(int from, int to, String empty) {
        StringBuilder sb = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.COMMENT) {
                pendingSpace = true;
                continue;
            }
            if (sb.length() > 0 && (pendingSpace || t.spaceBefore())) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(t.text());
        }
        return sb.length() == 0 ? empty : sb.toString();
    }

    /**
     * Local part or domain: words, dots and literals concatenated. A mailbox with no "@" keeps the
     * spaces of its source (it is probably a bare name), an addr-spec drops them (obs-local-part
     * and obs-domain allow CFWS around the dots).
     */
    private String join(int from, int to, boolean keepSpaces) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.COMMENT || t.is('<') || t.is('>') || t.is('@') || t.is(',') || t.is(';')) {
                continue;
            }
            if (keepSpaces && sb.length() > 0 && t.spaceBefore()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** RFC 5322 §4.4 obs-route "@a,@b:" as IMAP's addr-adl "@a,@b". */
    private String routeText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.COMMENT) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    private int indexOf(char special, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(special)) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 5322 §3.2 lexical tokens; unterminated quotes, comments and literals run to the end. */
    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean space = false;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                space = true;
                i++;
            } else if (c == '(') {
                StringBuilder sb = new StringBuilder();
                int depth = 0;
                while (i < n) {
                    char d = s.charAt(i++);
                    if (d == '\\' && i < n) {
                        sb.append(s.charAt(i++));
                        continue;
                    }
                    if (d == '(' && depth++ == 0) {
                        continue;
                    }
                    if (d == ')' && --depth == 0) {
                        break;
                    }
                    sb.append(d);
                }
                tokens.add(new Token(Kind.COMMENT, sb.toString(), space));
                space = true;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n) {
                    char d = s.charAt(i++);
                    if (d == '\\' && i < n) {
                        sb.append(s.charAt(i++));
                    } else if (d == '"') {
                        break;
                    } else {
                        sb.append(d);
                    }
                }
                tokens.add(new Token(Kind.QUOTED, sb.toString(), space));
                space = false;
            } else if (c == '[') {
                int start = i;
                i++;
                while (i < n && s.charAt(i) != ']') {
                    i += s.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                tokens.add(new Token(Kind.LITERAL, s.substring(start, i), space));
                space = false;
            } else if ("<>@,;:.".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SPECIAL, String.valueOf(c), space));
                space = false;
                i++;
            } else {
                // an atom; a stray ")" or "]" is kept as text (and always consumed)
                int start = i;
                do {
                    i++;
                } while (i < n && "(<>[@,;:.\" \t\r\n".indexOf(s.charAt(i)) < 0);
                tokens.add(new Token(Kind.ATOM, s.substring(start, i), space));
                space = false;
            }
        }
        return tokens;
    }
}
