package org.parley.mail.smtp.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The service extensions of an EHLO/LHLO reply (RFC 5321 §4.1.1.1): the first line is the
 * server's greeting, each further line {@code ehlo-keyword *( SP ehlo-param )}. Used by the client
 * to parse a peer's reply and by the server to build its own. Immutable.
 *
 * @param greeting the text of the first line (domain and greeting)
 * @param keywords upper-cased keyword to its parameters in order (empty list when none)
 */
public record EhloCapabilities(String greeting, Map<String, List<String>> keywords) {

    public EhloCapabilities {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keywords.forEach((k, v) -> copy.put(k.toUpperCase(Locale.ROOT), List.copyOf(v)));
        keywords = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads an EHLO reply. Lines that are not a valid keyword are skipped (a broken line must not
     * make the client give up on the peer). The obsolete {@code AUTH=LOGIN PLAIN} form is read as
     * AUTH.
     */
    public static EhloCapabilities parse(SmtpReply reply) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> lines = reply.lines();
        for (int i = 1; i < lines.size(); i++) {
            String[] words = lines.get(i).trim().split("[ \t]+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String keyword = words[0];
            List<String> params = new ArrayList<>(List.of(words).subList(1, words.length));
            int eq = keyword.indexOf('=');
            if (eq > 0 && keyword.regionMatches(true, 0, "AUTH", 0, 4) && eq == 4) {
                params.addFirst(keyword.substring(5));
                keyword = "AUTH";
            }
            if (!EsmtpParameterParser.isKeyword(keyword)) { // RFC 5321 §4.1.1.1 ehlo-keyword
                continue;
            }
            String key = keyword.toUpperCase(Locale.ROOT);
            if (map.containsKey(key)) {
                List<String> merged = new ArrayList<>(map.get(key));
                merged.addAll(params);
                map.put(key, merged);
            } else {
                map.put(key, params);
            }
        }
        return new EhloCapabilities(lines.getFirst(), map);
    }

    public boolean supports(String keyword) {
        return keywords.containsKey(keyword.toUpperCase(Locale.ROOT));
    }

    public List<String> parameters(String keyword) {
        return keywords.getOrDefault(keyword.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * RFC 1870 §4: the SIZE limit; empty when SIZE is not advertised, has no usable number or is
     * 0 ("no fixed maximum").
     */
    public OptionalLong sizeLimit() {
        List<String> p = parameters("SIZE");
        if (p.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(p.getFirst());
            return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** RFC 4954 §3: the advertised SASL mechanisms, upper-cased. */
    public Set<String> authMechanisms() {
        Set<String> out = new LinkedHashSet<>();
        for (String m : parameters("AUTH")) {
            out.add(m.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** The 250 reply announcing these capabilities (no enhanced code: RFC 2034 §3). */
    public SmtpReply toReply() {
        List<String> lines = new ArrayList<>();
        lines.add(greeting);
        keywords.forEach((k, v) -> lines.add(v.isEmpty() ? k : k + " " + String.join(" ", v)));
        return new SmtpReply(250, null, lines);
    }
}
