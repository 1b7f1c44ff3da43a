package org.parley.imap.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The two date syntaxes of IMAP (RFC 9051 §9): {@code date-time} "dd-Mon-yyyy hh:mm:ss +zzzz"
 * (APPEND, INTERNALDATE; the day is space- or zero-padded) and {@code date} "d-Mon-yyyy" (SEARCH).
 * Month names are English and case-insensitive.
 */
public final class ImapDates {
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private ImapDates() {}

    /**
     * Parses a date-time without its quotes.
     *
     * @throws IllegalArgumentException when malformed or not a real date
     */
    public static OffsetDateTime parseDateTime(String s) {
        // "dd-Mon-yyyy hh:mm:ss +zzzz" is exactly 26 characters
        if (s.length() != 26 || s.charAt(2) != '-' || s.charAt(6) != '-' || s.charAt(11) != ' '
                || s.charAt(14) != ':' || s.charAt(17) != ':' || s.charAt(20) != ' ') {
            throw new IllegalArgumentException("not a date-time");
        }
        int day = s.charAt(0) == ' ' ? digits(s, 1, 2) : digits(s, 0, 2);
        int month = month(s.substring(3, 6));
        int year = digits(s, 7, 11);
        int hour = digits(s, 12, 14);
        int minute = digits(s, 15, 17);
        int second = digits(s, 18, 20);
        char sign = s.charAt(21);
        if (sign != '+' && sign != '-') {
            throw new IllegalArgumentException("bad zone");
        }
        int zh = digits(s, 22, 24);
        int zm = digits(s, 24, 26);
        if (zm > 59) {
            throw new IllegalArgumentException("bad zone");
        }
        try {
            ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign == '-' ? -zh : zh, sign == '-' ? -zm : zm);
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date-time", e);
        }
    }

    /**
     * Parses a search date such as {@code 1-Feb-1994} or {@code 01-Feb-1994}.
     *
     * @throws IllegalArgumentException when malformed or not a real date
     */
    public static LocalDate parseDate(String s) {
        int dash = s.indexOf('-');
        if ((dash != 1 && dash != 2) || s.length() != dash + 9 || s.charAt(dash + 4) != '-') {
            throw new IllegalArgumentException("not a date");
        }
        int day = digits(s, 0, dash);
        int month = month(s.substring(dash + 1, dash + 4));
        int year = digits(s, dash + 5, dash + 9);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date", e);
        }
    }

    /** Formats a date-time for INTERNALDATE, zero-padded: {@code 07-Feb-1994 21:52:25 -0800}. */
    public static String formatDateTime(OffsetDateTime t) {
        int offset = t.getOffset().getTotalSeconds() / 60;
        char sign = offset < 0 ? '-' : '+';
        offset = Math.abs(offset);
        return String.format("%02d-%s-%04d %02d:%02d:%02d %c%02d%02d", t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1],
                t.getYear(), t.getHour(), t.getMinute(), t.getSecond(), sign, offset / 60, offset % 60);
    }

    /** Formats a search date: {@code 7-Feb-1994}. */
    public static String formatDate(LocalDate d) {
        return d.getDayOfMonth() + "-" + MONTHS[d.getMonthValue() - 1] + "-" + String.format("%04d", d.getYear());
    }

    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("bad month");
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("digit expected");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
