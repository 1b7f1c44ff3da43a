package org.parley.store.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Message-IDs (RFC 5322 §3.6.4 msg-id) as THREAD=REFERENCES (RFC 5256 §4) needs them: each in
 * angle brackets, white space removed, comments outside the brackets skipped. An id counts as
 * valid when it is non-empty and has an "@" (id-left "@" id-right); anything else is ignored.
 * Stateless and thread-safe.
 */
public final class MessageIds {
    /** Most ids kept from one header: the first (thread root) and the last ones (nearest parents). */
    static final int MAX_IDS = 1000;

    private MessageIds() {}

    /** All valid ids of a header value in order, e.g. {@code ["<a@x>", "<b@y>"]}; empty for null. */
    public static List<String> parseAll(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == '(') {
                int depth = 0;
                while (i < n) {
                    char d = value.charAt(i++);
                    if (d == '\\') {
                        i++;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                }
            } else if (c == '<') {
                int close = value.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                int inner = value.lastIndexOf('<', close);
                if (inner > i) {
                    i = inner; // "<junk <id@host>": the last "<" opens the id
                    continue;
                }
                String id = strip(value.substring(i + 1, close));
                if (id != null) {
                    ids.add("<" + id + ">");
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        if (ids.size() > MAX_IDS) {
            List<String> kept = new ArrayList<>(MAX_IDS);
            kept.add(ids.getFirst());
            kept.addAll(ids.subList(ids.size() - (MAX_IDS - 1), ids.size()));
            return kept;
        }
        return ids;
    }

    /** The first valid id of a header value (Message-ID, In-Reply-To), or null. */
    public static String first(String value) {
        List<String> ids = parseAll(value);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static String strip(String inner) {
        StringBuilder sb = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        String id = sb.toString();
        int at = id.indexOf('@');
        return at > 0 && at < id.length() - 1 ? id : null;
    }
}
