package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mon, 7 Feb 1994 21:52:25 -0800            | 1994-02-08T05:52:25Z",
        "Mon, 07 Feb 1994 21:52:25 -0800 (PST)      | 1994-02-08T05:52:25Z",
        "7 Feb 94 21:52 PST                         | 1994-02-08T05:52:00Z",
        "Mon,  7 Feb 1994 21:52:25 GMT              | 1994-02-07T21:52:25Z",
        "Monday, 7 February 1994 21:52:25 EST       | 1994-02-08T02:52:25Z",
        "7 Feb 1994 21:52:25 +0000                  | 1994-02-07T21:52:25Z",
        "Tue, 1 Jul 2003 10:52:37 +0200             | 2003-07-01T08:52:37Z",
        "Tue, 1 Jul 03 10:52:37 +0200               | 2003-07-01T08:52:37Z",
        "1 Jan 103 00:00:00 +0000                   | 2003-01-01T00:00:00Z",
        "Thu, 1 Jan 2015 00:00:00 Z                 | 2015-01-01T00:00:00Z",
        "Thu, 1 Jan 2015 00:00:00 A                 | 2015-01-01T00:00:00Z",
        "Thu, 1 Jan 2015 00:00:00 GMT+0100          | 2014-12-31T23:00:00Z",
        "Thu, 1 Jan 2015 00:00:00 +01:30            | 2014-12-31T22:30:00Z",
        "Thu, 1 Jan 2015 00:00:00                   | 2015-01-01T00:00:00Z",
        "Mon Feb  7 21:52:25 1994                   | 1994-02-07T21:52:25Z",
        "Wed, 31 Dec 2008 23:59:60 +0000            | 2008-12-31T23:59:59Z",
        "(comment) Thu, (x) 1 Jan 2015 (y) 00:00:00 +0000 | 2015-01-01T00:00:00Z",
        "1994-02-07 21:52:25 +0000                  | 1994-02-07T21:52:25Z",
    })
    void parses(String value, String expected) {
        assertThat(MailDates.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "garbage", "Sat, 29 Feb 2025 10:00:00 +0000", "32 Jan 2020 10:00:00 +0000", "1 Foo 2020 10:00 +0000",
        "1 Jan 2020", "1 Jan 2020 25:00:00 +0000", "1 Jan 2020 10:61:00 +0000", "1 Jan 2020 10:00:00 +12345",
        "''",
    })
    void rejects(String value) {
        assertThat(MailDates.parse(value)).isNull();
    }

    @Test
    void nullAndHugeInputs() {
        assertThat(MailDates.parse(null)).isNull();
        assertThat(MailDates.parse("1 ".repeat(100_000))).isNull();
    }
}
