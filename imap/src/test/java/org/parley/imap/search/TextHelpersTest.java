package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.store.message.Address;
import org.parley.store.message.TextMatcher;

/** Case folding, envelope text, sent-date zones and reply/forward detection. */
class TextHelpersTest {
    @Test
    void foldingAgreesWithTheStoresTextMatcher() {
        String[] texts = {
            "Hello World", "ÉCOLE", "Straße", "STRASSE", "300 \u212A", "ǅemal", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁle",
            "\uD801\uDC00 deseret", "plain ascii only", "", "ß", "ſ long s", "Ω ohm \u2126"
        };
        for (String text : texts) {
            for (String key : texts) {
                for (String needle : List.of(key, key.toUpperCase(), key.toLowerCase())) {
                    assertThat(CaseFold.fold(text).contains(CaseFold.fold(needle)))
                            .as("%s in %s", needle, text)
                            .isEqualTo(TextMatcher.of(needle).matches(text));
                }
            }
        }
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) {
                sb.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x500) : 'A' + r.nextInt(58));
            }
            String s = sb.toString();
            assertThat(TextMatcher.of(s).matches(s.toUpperCase())).isEqualTo(CaseFold.fold(s.toUpperCase()).contains(CaseFold.fold(s)));
        }
    }

    @Test
    void foldingMapsEveryCodePointAsLowerOfUpper() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
            if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                continue;
            }
            String s = "A" + Character.toString(cp) + "z";
            String expected = "a" + Character.toString(Character.toLowerCase(Character.toUpperCase(cp))) + "z";
            assertThat(CaseFold.fold(s)).as("U+%04X", cp).isEqualTo(expected);
        }
        // lone surrogates pass through unchanged, wherever they are
        assertThat(CaseFold.fold("X\uD800Y")).isEqualTo("x\uD800y");
        assertThat(CaseFold.fold("\uDC00\uFFFF")).isEqualTo("\uDC00\uFFFF");
    }

    @Test
    void foldingReturnsTheSameStringWhenNothingChanges() {
        String s = "already folded, ascii and ünïcödé";
        assertThat(CaseFold.fold(s)).isSameAs(s);
        assertThat(CaseFold.fold("MiXeD ÜMLAUT")).isEqualTo("mixed ümlaut");
    }

    @Test
    void addressListsReadLikeTheirDecodedHeader() {
        List<Address> list = List.of(
                new Address("=?UTF-8?Q?J=C3=B6rg?=", null, "joerg", "example.de"),
                new Address(null, null, "plain", "example.com"),
                new Address(null, null, "Team", null),
                new Address("Erin", null, "erin", "example.com"),
                new Address(null, null, null, null));
        assertThat(EnvelopeText.addresses(list)).isEqualTo("Jörg <joerg@example.de>, plain@example.com, Team: Erin <erin@example.com>;");
        assertThat(EnvelopeText.addresses(List.of())).isNull();
        // broken encoded-words stay as raw text instead of failing the search
        assertThat(EnvelopeText.decode("=?x-unknown?Q?abc?=")).isNotNull();
        assertThat(EnvelopeText.decode("=?utf-8?B?####?=")).isNotNull();
        assertThat(EnvelopeText.decode(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mon, 04 Mar 2024 23:30:00 -0800         | -28800",
        "Tue, 1 Jul 2003 10:52:37 +0200 (CEST)   | 7200",
        "1 Jul 2003 10:52 GMT+0130               | 5400",
        "Tue, 1 Jul 2003 10:52:37 PDT            | -25200",
        "Tue, 1 Jul 2003 10:52:37 EST            | -18000",
        "Tue, 1 Jul 2003 10:52:37 (comment -0500) Z | 0",
        "Tue, 1 Jul 2003 10:52:37 +2500          | 0",
        "Tue, 1 Jul 2003 10:52:37 +02000         | 0",
        "Tue, 1 Jul 2003 10:52:37                | 0",
        "Tue, 1 Jul 2003 10:52:37 X              | 0",
        "no time at all                          | 0"
    })
    void zoneOfTheDateHeader(String date, int seconds) {
        assertThat(SentDates.offsetSeconds(date.strip())).isEqualTo(seconds);
    }

    @Test
    void sentDayIsTheDayWrittenInTheHeader() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant sent = Instant.parse("2024-03-05T07:30:00Z");
        Instant internal = Instant.parse("2024-03-05T07:31:00Z");
        long mar4 = LocalDate.of(2024, 3, 4).toEpochDay();
        assertThat(SentDates.epochDay(sent, "Mon, 04 Mar 2024 23:30:00 -0800", internal, berlin)).isEqualTo(mar4);
        // no valid Date: the internal date's day in the server's zone (23:30 UTC is the next day in Berlin)
        assertThat(SentDates.epochDay(null, "garbage", Instant.parse("2024-03-03T23:30:00Z"), berlin)).isEqualTo(mar4);
        assertThat(SentDates.epochDay(null, null, Instant.parse("1969-12-31T23:00:00Z"), ZoneId.of("UTC"))).isEqualTo(-1);
        assertThat(SentDates.offsetSeconds("x".repeat(5000) + " 10:00 +0100")).isZero();
        assertThat(SentDates.offsetSeconds(null)).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: hello               | true",
        "RE: hello               | true",
        "Fwd: hello              | true",
        "fw: hello               | true",
        "Re[2]: hello            | true",
        "[list] Re: hello        | true",
        "[list] [x] FWD: hello   | true",
        "hello (fwd)             | true",
        "hello (FWD)   (fwd)     | true",
        "[fwd: hello]            | true",
        "[list] [Fwd: hello]     | true",
        "=?utf-8?q?Re=3A_hi?=    | true",
        "hello                   | false",
        "[list] hello            | false",
        "Reply needed            | false",
        "Re hello                | false",
        "[re: ]                  | false",
        "re:                     | true",
        "Fwdx: hello             | false",
        "''                      | false"
    })
    void recognisesRepliesAndForwards(String subject, boolean expected) {
        assertThat(replyOrForward(subject.strip())).as(subject).isEqualTo(expected);
    }

    @Test
    void replyDetectionIsLinearOnHostileSubjects() {
        String blobs = "[a] ".repeat(200_000) + "x";
        assertThat(replyOrForward(blobs)).isFalse();
        assertThat(replyOrForward("[a] ".repeat(200_000) + "Re: x")).isTrue();
        assertThat(replyOrForward(" ".repeat(300_000) + "y")).isFalse();
        assertThat(replyOrForward("[".repeat(100_000))).isFalse();
        assertThat(replyOrForward(null)).isFalse();
    }

    private static boolean replyOrForward(String subject) {
        return org.parley.store.message.BaseSubject.extract(subject).replyOrForward();
    }
}
