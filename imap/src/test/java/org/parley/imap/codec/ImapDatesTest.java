package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImapDatesTest {
    @Test
    void dateTimeBothPaddings() {
        OffsetDateTime expected = OffsetDateTime.of(1996, 7, 7, 2, 44, 25, 0, ZoneOffset.ofHoursMinutes(-7, 0));
        assertThat(ImapDates.parseDateTime(" 7-Jul-1996 02:44:25 -0700")).isEqualTo(expected);
        assertThat(ImapDates.parseDateTime("07-jul-1996 02:44:25 -0700")).isEqualTo(expected);
        assertThat(ImapDates.formatDateTime(expected)).isEqualTo("07-Jul-1996 02:44:25 -0700");
        OffsetDateTime india = OffsetDateTime.of(2024, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(ImapDates.formatDateTime(india)).isEqualTo("31-Dec-2024 23:59:59 +0530");
        assertThat(ImapDates.parseDateTime("31-Dec-2024 23:59:59 +0530")).isEqualTo(india);
    }

    @Test
    void searchDates() {
        assertThat(ImapDates.parseDate("1-Feb-1994")).isEqualTo(LocalDate.of(1994, 2, 1));
        assertThat(ImapDates.parseDate("01-FEB-1994")).isEqualTo(LocalDate.of(1994, 2, 1));
        assertThat(ImapDates.formatDate(LocalDate.of(1994, 2, 1))).isEqualTo("1-Feb-1994");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7-Jul-1996 02:44:25 -0700", "07-Jul-1996 02:44:25", "07-Jux-1996 02:44:25 -0700",
        "30-Feb-1996 02:44:25 -0700", "07-Jul-1996 25:44:25 -0700", "07-Jul-1996 02:60:25 -0700",
        "07-Jul-1996 02:44:25 *0700", "07-Jul-1996 02:44:25 -0760", "07-Jul-1996 02:44:25 -1900", "o7-Jul-1996 02:44:25 -0700"})
    void badDateTimes(String s) {
        assertThatThrownBy(() -> ImapDates.parseDateTime(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-Feb-94", "001-Feb-1994", "1 Feb 1994", "32-Jan-2000", "29-Feb-2023", "1-Feb-1994x"})
    void badDates(String s) {
        assertThatThrownBy(() -> ImapDates.parseDate(s)).isInstanceOf(IllegalArgumentException.class);
    }
}
