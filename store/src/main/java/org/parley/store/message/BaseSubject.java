package org.parley.store.message;

/**
 * The RFC 5256 §2.1 "base subject", which SORT SUBJECT and THREAD=ORDEREDSUBJECT/REFERENCES compare.
 * The grammar (RFC 5256 §5):
 *
 * <pre>
 * subj-refwd   = ("re" / ("fw" ["d"])) *WSP [subj-blob] ":"
 * subj-blob    = "[" *BLOBCHAR "]" *WSP
 * subj-leader  = (*subj-blob subj-refwd) / WSP
 * subj-trailer = "(fwd)" / WSP
 * subj-fwd-hdr = "[fwd:"          subj-fwd-trl = "]"
 * </pre>
 */
final class BaseSubject {
    private BaseSubject() {}

    /** The base subject of a raw (not yet MIME-decoded) Subject value; "" for null. */
    static String of(String rawSubject) {
        if (rawSubject == null) {
            return "";
        }
        // RFC 5256 §2.1 (1): decode encoded-words, tabs and continuations to space, squeeze spaces
        String s = normalizeSpace(HeaderText.decodeWords(rawSubject));
        while (true) {
            s = stripTrailers(s); // (2)
            boolean changed;
            do { // (5): repeat (3) and (4) until nothing matches
                changed = false;
                int leader = leaderLength(s); // (3)
                if (leader > 0) {
                    s = s.substring(leader);
                    changed = true;
                }
                int blob = blobLength(s, 0); // (4): only when a non-empty subj-base remains
                if (blob > 0 && hasNonWsp(s, blob)) {
                    s = s.substring(blob);
                    changed = true;
                }
            } while (changed);
            // (6) "[fwd: ... ]" wrapper: unwrap and go again from (2)
            if (s.length() >= 6 && s.regionMatches(true, 0, "[fwd:", 0, 5) && s.endsWith("]")) {
                s = s.substring(5, s.length() - 1);
                continue;
            }
            return s; // (7)
        }
    }

    private static String normalizeSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    private static String stripTrailers(String s) {
        while (true) {
            if (s.endsWith(" ")) {
                s = s.substring(0, s.length() - 1);
            } else if (s.length() >= 5 && s.regionMatches(true, s.length() - 5, "(fwd)", 0, 5)) {
                s = s.substring(0, s.length() - 5);
            } else {
                return s;
            }
        }
    }

    /** Length of a subj-leader at the start of {@code s}, or 0. */
    private static int leaderLength(String s) {
        if (s.startsWith(" ")) {
            return 1;
        }
        int i = 0;
        int blob;
        while ((blob = blobLength(s, i)) > 0) { // *subj-blob
            i += blob;
        }
        int refwd = refwdLength(s, i);
        return refwd > 0 ? i + refwd : 0;
    }

    /** Length of a subj-refwd at {@code from}, or 0. */
    private static int refwdLength(String s, int from) {
        int i = from;
        if (s.regionMatches(true, i, "re", 0, 2)) {
            i += 2;
        } else if (s.regionMatches(true, i, "fwd", 0, 3)) {
            i += 3;
        } else if (s.regionMatches(true, i, "fw", 0, 2)) {
            i += 2;
        } else {
            return 0;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        i += blobLength(s, i);
        return i < s.length() && s.charAt(i) == ':' ? i + 1 - from : 0;
    }

    /** Length of a subj-blob (with its trailing WSP) at {@code from}, or 0. */
    private static int blobLength(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '[') {
            return 0;
        }
        int i = from + 1;
        while (i < s.length() && s.charAt(i) != ']') {
            if (s.charAt(i) == '[') {
                return 0; // BLOBCHAR excludes '[' and ']'
            }
            i++;
        }
        if (i >= s.length()) {
            return 0;
        }
        i++;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    private static boolean hasNonWsp(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }
}
