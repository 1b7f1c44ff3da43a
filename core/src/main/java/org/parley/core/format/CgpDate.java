package org.parley.core.format;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A {@code #T} timestamp: {@code #Tdd-mm-yyyy} (date only, {@code time} is null) or
 * {@code #Tdd-mm-yyyy_hh:mm:ss}. CommuniGate writes these in GMT; no zone is carried.
 */
public record CgpDate(LocalDate date, java.time.LocalTime time) {
    public CgpDate {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
    }

    public static CgpDate of(LocalDateTime t) {
        return new CgpDate(t.toLocalDate(), t.toLocalTime().withNano(0));
    }

    /** An instant as the CLI shows times: in GMT, whole seconds. */
    public static CgpDate of(java.time.Instant t) {
        return of(LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
    }

    public boolean hasTime() {
        return time != null;
    }
}
