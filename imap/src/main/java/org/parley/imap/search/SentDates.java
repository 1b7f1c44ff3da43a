package org.parley.imap.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The calendar day SENTBEFORE/SENTON/SENTSINCE compare. RFC 9051 §6.4.4 reads the Date header
 * "disregarding time and timezone": the day as the sender wrote it, so the parsed instant is moved
 * back into the header's own zone (Dovecot does the same). A message without a valid Date uses its
 * internal date in the server's zone, as RFC 5256 §2.2 does for the sent date of SORT and THREAD.
 */
final class SentDates {
    private static final int SECONDS_PER_DAY = 86_400;
    /** Longest Date value examined; real ones are under 100 characters. */
    private static final int MAX_LENGTH = 1000;

    private SentDates() {}

    /** Days since 1970-01-01 of the sent day; {@code sent} null means "no valid Date". */
    static long epochDay(Instant sent, String rawDate, Instant internal, ZoneId serverZone) {
        if (sent == null) {
            int offset = serverZone.getRules().getOffset(internal).getTotalSeconds();
            return Math.floorDiv(internal.getEpochSecond() + offset, SECONDS_PER_DAY);
        }
        return Math.floorDiv(sent.getEpochSecond() + offsetSeconds(rawDate), SECONDS_PER_DAY);
    }

    /**
     * The zone of an RFC 5322 date-time in seconds east of UTC: the first {@code ±hhmm} after the
     * time of day, else a named zone of RFC 5322 §4.3; 0 for anything else (military zones and
     * unknown names count as -0000 there too).
     */
    static int offsetSeconds(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return 0;
        }
        int n = raw.length();
        int colon = raw.indexOf(':');
        if (colon < 0) {
            return 0;
        }
        // skip the rest of the time of day
        int i = colon;
        while (i < n && (raw.charAt(i) == ':' || isDigit(raw.charAt(i)))) {
            i++;
        }
        int named = Integer.MIN_VALUE;
        int depth = 0;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                continue;
            } else if ((c == '+' || c == '-') && allDigits(raw, i + 1, i + 5)
                    && (i + 5 == n || !isDigit(raw.charAt(i + 5)))) {
                int hh = (raw.charAt(i + 1) - '0') * 10 + (raw.charAt(i + 2) - '0');
                int mm = (raw.charAt(i + 3) - '0') * 10 + (raw.charAt(i + 4) - '0');
                if (hh > 23 || mm > 59) {
                    return 0;
                }
                int s = hh * 3600 + mm * 60;
                return c == '-' ? -s : s;
            } else if (named == Integer.MIN_VALUE && isLetter(c)) {
                int end = i;
                while (end < n && isLetter(raw.charAt(end))) {
                    end++;
                }
                named = namedZone(raw.substring(i, end));
                i = end - 1;
            }
        }
        return named == Integer.MIN_VALUE ? 0 : named;
    }

    private static int namedZone(String z) {
        int hours = switch (z.toUpperCase(Locale.ROOT)) {
            case "EDT" -> -4;
            case "EST", "CDT" -> -5;
            case "CST", "MDT" -> -6;
            case "MST", "PDT" -> -7;
            case "PST" -> -8;
            default -> 0; // UT, GMT, UTC, Z, military and unknown zones
        };
        return hours * 3600;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
