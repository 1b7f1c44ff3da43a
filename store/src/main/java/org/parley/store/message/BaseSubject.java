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
public final class BaseSubject {
    private BaseSubject() {}

    /**
     * The base subject and whether extracting it removed a reply/forward marker: a subj-refwd
     * ("Re:", "Fw:", "Fwd:"), a "(fwd)" trailer or a "[fwd: … ]" wrapper. THREAD=REFERENCES step 5
     * needs the latter (RFC 5256 §4).
     */
    public record Extraction(String base, boolean replyOrForward) {}

    /** The base subject of a raw (not yet MIME-decoded) Subject value; "" for null. */
    public static String of(String rawSubject) {
        return extract(rawSubject).base();
    }

    /** {@link #of} plus whether a reply/forward marker was removed on the way. */
    public static Extraction extract(String rawSubject) {
        if (rawSubject == null) {
            return new Extraction("", false);
        }
        boolean replyOrForward = false;
        // RFC 5256 §2.1 (1): decode encoded-words, tabs and continuations to space, squeeze spaces
        String s = normalizeSpace(HeaderText.decodeWords(rawSubject));
        // the text left is s[start, end): indices, not substrings, keep long subjects linear
        int start = 0;
        int end = s.length();
        while (true) {
            int trimmed = stripTrailers(s, start, end); // (2)
            // what was stripped is only WSP and "(fwd)" trailers: any '(' in it was one
            int paren = s.indexOf('(', trimmed);
            replyOrForward |= paren >= 0 && paren < end;
            end = trimmed;
            // A run of blobs not followed by a subj-refwd fails (3) from each of its blobs alike;
            // remembering where it ends keeps "[a] [a] … [a] x" linear while (4) peels it.
            int failedRunEnd = -1;
            boolean changed;
            do { // (5): repeat (3) and (4) until nothing matches
                changed = false;
                int leader = 0;
                if (start >= failedRunEnd) {
                    leader = leaderLength(s, start, end); // (3)
                    if (leader < 0) {
                        failedRunEnd = -leader;
                        leader = 0;
                    }
                }
                if (leader > 0) {
                    replyOrForward |= leader > 1; // a lone WSP is 1; the shortest subj-refwd "re:" is 3
                    start += leader;
                    changed = true;
                }
                int blob = blobLength(s, start, end); // (4): only when a non-empty subj-base remains
                if (blob > 0 && hasNonWsp(s, start + blob, end)) {
                    start += blob;
                    changed = true;
                }
            } while (changed);
            // (6) "[fwd: ... ]" wrapper: unwrap and go again from (2)
            if (end - start >= 6 && s.regionMatches(true, start, "[fwd:", 0, 5) && s.charAt(end - 1) == ']') {
                start += 5;
                end--;
                replyOrForward = true;
                continue;
            }
            return new Extraction(s.substring(start, end), replyOrForward); // (7)
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

    private static int stripTrailers(String s, int start, int end) {
        while (true) {
            if (end > start && s.charAt(end - 1) == ' ') {
                end--;
            } else if (end - start >= 5 && s.regionMatches(true, end - 5, "(fwd)", 0, 5)) {
                end -= 5;
            } else {
                return end;
            }
        }
    }

    /**
     * Length of a subj-leader at {@code from}; 0 when there is none; minus the end of the blob run
     * when blobs were found but no subj-refwd after them.
     */
    private static int leaderLength(String s, int from, int end) {
        if (from < end && s.charAt(from) == ' ') {
            return 1;
        }
        int i = from;
        int blob;
        while ((blob = blobLength(s, i, end)) > 0) { // *subj-blob
            i += blob;
        }
        int refwd = refwdLength(s, i, end);
        if (refwd > 0) {
            return i - from + refwd;
        }
        return i > from ? -i : 0;
    }

    /** Length of a subj-refwd at {@code from}, or 0. */
    private static int refwdLength(String s, int from, int end) {
        int i = from;
        if (matches(s, i, end, "re")) {
            i += 2;
        } else if (matches(s, i, end, "fwd")) {
            i += 3;
        } else if (matches(s, i, end, "fw")) {
            i += 2;
        } else {
            return 0;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        i += blobLength(s, i, end);
        return i < end && s.charAt(i) == ':' ? i + 1 - from : 0;
    }

    private static boolean matches(String s, int at, int end, String word) {
        return end - at >= word.length() && s.regionMatches(true, at, word, 0, word.length());
    }

    /** Length of a subj-blob (with its trailing WSP) at {@code from}, or 0. */
    private static int blobLength(String s, int from, int end) {
        if (from >= end || s.charAt(from) != '[') {
            return 0;
        }
        int i = from + 1;
        while (i < end && s.charAt(i) != ']') {
            if (s.charAt(i) == '[') {
                return 0; // BLOBCHAR excludes '[' and ']'
            }
            i++;
        }
        if (i >= end) {
            return 0;
        }
        i++;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    private static boolean hasNonWsp(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }
}
