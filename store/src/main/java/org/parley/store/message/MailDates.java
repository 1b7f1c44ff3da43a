package org.parley.store.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5322 §3.3 date-time parsing, lenient: the §4.3 obsolete forms (two- and three-digit years,
 * named zones, military zones, comments anywhere), full day and month names, missing seconds or
 * zone, asctime order ({@code Mon Feb  7 21:52:25 1994}) and ISO dates ({@code 1994-02-07}).
 * Returns null rather than guessing when a field is missing or out of range (RFC 5256 §2.2 then
 * falls back to INTERNALDATE).
 *
 * <p>Why not mime4j: its lenient date field ignores named zones ({@code PST} read as UTC) and
 * rejects double spaces; its strict one rejects full month names.
 */
final class MailDates {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private MailDates() {}

    static Instant parse(String value) {
        if (value == null || value.length() > 1000) {
            return null;
        }
        List<String> tokens = tokens(stripComments(value));
        int day = -1;
        int month = -1;
        int year = -1;
        int yearDigits = 0;
        int hour = -1;
        int minute = -1;
        int second = 0;
        int offsetSeconds = 0;
        boolean numericZoneSeen = false;
        boolean namedZoneSeen = false;
        for (String t : tokens) {
            char c = t.charAt(0);
            if (t.indexOf(':') > 0 && hour < 0 && Character.isDigit(c)) {
                String[] hms = t.split(":", -1);
                if (hms.length < 2 || hms.length > 3) {
                    return null;
                }
                hour = number(hms[0], 2);
                minute = number(hms[1], 2);
                second = hms.length == 3 ? number(hms[2], 2) : 0;
                if (hour < 0 || minute < 0 || second < 0) {
                    return null;
                }
            } else if ((c == '+' || c == '-') && hour >= 0 && !numericZoneSeen) {
                // a numeric offset wins over a zone name ("GMT+0100")
                Integer offset = numericZone(t);
                if (offset == null) {
                    return null;
                }
                offsetSeconds = offset;
                numericZoneSeen = true;
            } else if (Character.isLetter(c)) {
                String lower = t.toLowerCase(Locale.ROOT);
                int m = prefixIndex(MONTHS, lower);
                if (m >= 0 && month < 0) {
                    month = m + 1;
                } else if (prefixIndex(DAYS, lower) >= 0 && hour < 0) {
                    continue; // RFC 5322 day-of-week: informative only
                } else if (hour >= 0 && !numericZoneSeen && !namedZoneSeen) {
                    offsetSeconds = namedZone(lower);
                    namedZoneSeen = true;
                }
            } else if (Character.isDigit(c)) {
                if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                    year = number(t.substring(0, 4), 4);
                    yearDigits = 4;
                    month = number(t.substring(5, 7), 2);
                    day = number(t.substring(8), 2);
                    continue;
                }
                int n = number(t, 4);
                if (n < 0) {
                    return null;
                }
                if (t.length() <= 2 && day < 0) {
                    day = n;
                } else if (year < 0) {
                    year = n;
                    yearDigits = t.length();
                }
            }
        }
        if (day < 1 || month < 1 || month > 12 || year < 0 || hour < 0) {
            return null;
        }
        // RFC 5322 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999; three-digit +1900
        if (yearDigits <= 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (yearDigits == 3) {
            year += 1900;
        }
        if (second == 60) {
            second = 59; // a leap second; java.time has none
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String stripComments(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
                sb.append(' ');
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits at white space and commas, and letters from a sign ({@code GMT+0200}). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                flush(cur, out);
            } else if ((c == '+' || c == '-') && cur.length() > 0 && Character.isLetter(cur.charAt(cur.length() - 1))) {
                flush(cur, out);
                cur.append(c);
            } else {
                cur.append(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static int number(String s, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code +hhmm}, {@code -hhmm}, {@code +hh:mm} or {@code +hh}; null when malformed. */
    private static Integer numericZone(String t) {
        int sign = t.charAt(0) == '-' ? -1 : 1;
        String digits = t.substring(1).replace(":", "");
        int hh;
        int mm;
        if (digits.length() == 4) {
            hh = number(digits.substring(0, 2), 2);
            mm = number(digits.substring(2), 2);
        } else if (digits.length() <= 2) {
            hh = number(digits, 2);
            mm = 0;
        } else {
            return null;
        }
        if (hh < 0 || mm < 0 || mm > 59) {
            return null;
        }
        if (hh > 18) {
            return 0; // impossible offset: treat as unknown, RFC 5322 §4.3 says -0000
        }
        return sign * (hh * 3600 + mm * 60);
    }

    /** RFC 5322 §4.3 obs-zone; military and unknown zones mean -0000, i.e. no usable offset. */
    private static int namedZone(String zone) {
        int hours = switch (zone) {
            case "edt" -> -4;
            case "est", "cdt" -> -5;
            case "cst", "mdt" -> -6;
            case "mst", "pdt" -> -7;
            case "pst" -> -8;
            default -> 0;
        };
        return hours * 3600;
    }

    private static int prefixIndex(String[] names, String token) {
        if (token.length() < 3) {
            return -1;
        }
        String head = token.substring(0, 3);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(head)) {
                return i;
            }
        }
        return -1;
    }
}
