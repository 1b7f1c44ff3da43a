package org.parley.imap.search;

/**
 * Whether a subject marks a reply or forward, as THREAD=REFERENCES step 5 asks (RFC 5256 §4): its
 * base-subject extraction (RFC 5256 §2.1) removes a subj-refwd ("Re:", "Fw:", "Fwd:", with
 * blobs), a "(fwd)" subj-trailer or a "[fwd: … ]" wrapper. The walk mirrors the store's
 * base-subject extraction and only records what it removed.
 */
final class SubjectForms {
    private SubjectForms() {}

    /** For a raw (not yet RFC 2047-decoded) Subject value; false for null. */
    static boolean isReplyOrForward(String rawSubject) {
        if (rawSubject == null) {
            return false;
        }
        String s = normalizeSpace(EnvelopeText.decode(rawSubject));
        int start = 0;
        int end = s.length();
        while (true) {
            // (2) trailers
            while (true) {
                if (end > start && s.charAt(end - 1) == ' ') {
                    end--;
                } else if (end - start >= 5 && s.regionMatches(true, end - 5, "(fwd)", 0, 5)) {
                    return true;
                } else {
                    break;
                }
            }
            int failedRunEnd = -1;
            boolean changed;
            do { // (5): repeat (3) and (4)
                changed = false;
                if (start < end && s.charAt(start) == ' ') {
                    start++;
                    changed = true;
                } else if (start >= failedRunEnd) { // (3) *subj-blob subj-refwd
                    int i = start;
                    int blob;
                    while ((blob = blobLength(s, i, end)) > 0) {
                        i += blob;
                    }
                    if (refwd(s, i, end)) {
                        return true;
                    }
                    failedRunEnd = i;
                }
                int blob = blobLength(s, start, end); // (4)
                if (blob > 0 && hasNonWsp(s, start + blob, end)) {
                    start += blob;
                    changed = true;
                }
            } while (changed);
            // (6) "[fwd: … ]"
            if (end - start >= 6 && s.regionMatches(true, start, "[fwd:", 0, 5) && s.charAt(end - 1) == ']') {
                return true;
            }
            return false;
        }
    }

    /** Whether a subj-refwd starts at {@code from}: ("re" / "fw" / "fwd") *WSP [subj-blob] ":". */
    private static boolean refwd(String s, int from, int end) {
        int i = from;
        if (starts(s, i, end, "re")) {
            i += 2;
        } else if (starts(s, i, end, "fwd")) {
            i += 3;
        } else if (starts(s, i, end, "fw")) {
            i += 2;
        } else {
            return false;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        i += blobLength(s, i, end);
        return i < end && s.charAt(i) == ':';
    }

    private static boolean starts(String s, int at, int end, String word) {
        return end - at >= word.length() && s.regionMatches(true, at, word, 0, word.length());
    }

    /** Length of "[" *BLOBCHAR "]" *WSP at {@code from}, or 0. */
    private static int blobLength(String s, int from, int end) {
        if (from >= end || s.charAt(from) != '[') {
            return 0;
        }
        int i = from + 1;
        while (i < end && s.charAt(i) != ']') {
            if (s.charAt(i) == '[') {
                return 0;
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

    private static String normalizeSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\t' || c == '\r' || c == '\n';
            if (!ws || !space) {
                sb.append(ws ? ' ' : c);
            }
            space = ws;
        }
        return sb.toString();
    }
}
