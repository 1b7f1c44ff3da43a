package org.parley.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CgpPrinterTest {
    static Stream<Arguments> singleLine() {
        return Stream.of(
                Arguments.of("INBOX", "INBOX"),
                Arguments.of("alice@example.com", "alice@example.com"),
                Arguments.of("100M", "100M"),
                Arguments.of("a-b_c.d!e%f:g", "a-b_c.d!e%f:g"),
                Arguments.of("Sent Items", "\"Sent Items\""),
                Arguments.of("", "\"\""),
                Arguments.of("~bob/INBOX", "\"~bob/INBOX\""), // atom for us, not for every client
                Arguments.of("*", "\"*\""),
                Arguments.of("#5", "\"#5\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("C:\\dir", "\"C:\\\\dir\""),
                Arguments.of("l1\nl2", "\"l1\\el2\""),
                Arguments.of("a\r\tb", "\"a\\r\\tb\""),
                Arguments.of("\u0001\u001F\u007F", "\"\\001\\031\\127\""),
                Arguments.of("Grüße 😀", "\"Grüße 😀\""),
                Arguments.of(new byte[] {0x1D, (byte) 0xCA, (byte) 0x87, 0x7C, 0x72}, "[HcqHfHI=]"),
                Arguments.of(new byte[0], "[]"),
                Arguments.of(50L, "#50"),
                Arguments.of(-50L, "#-50"),
                Arguments.of(Long.MIN_VALUE, "#-9223372036854775808"),
                Arguments.of(new CgpDate(LocalDate.of(2009, 10, 22), LocalTime.of(15, 24, 45)), "#T22-10-2009_15:24:45"),
                Arguments.of(new CgpDate(LocalDate.of(2009, 10, 22), null), "#T22-10-2009"),
                Arguments.of(new CgpDate(LocalDate.of(5, 1, 2), LocalTime.of(3, 4, 5)), "#T02-01-0005_03:04:05"),
                Arguments.of(new CgpIp("10.0.0.5", 25), "#I[10.0.0.5]:25"),
                Arguments.of(new CgpIp("2001:db8::1", -1), "#I[2001:db8::1]"),
                Arguments.of(CgpNull.NULL, "#NULL#"),
                Arguments.of(List.of(), "()"),
                Arguments.of(Map.of(), "{}"),
                Arguments.of(List.of("INBOX", "Sent Items"), "(INBOX, \"Sent Items\")"),
                Arguments.of(CgpParserTest.ordered("RealName", "Alice Smith", "MaxAccountSize", "100M"),
                        "{RealName=\"Alice Smith\";MaxAccountSize=100M;}"),
                Arguments.of(CgpParserTest.ordered("bob", "lrs", "~carol", "+w"), "{bob=lrs;\"~carol\"=\"+w\";}"),
                Arguments.of(List.of(List.of(), Map.of("k", List.of(1L))), "((), {k=(#1);})"));
    }

    @ParameterizedTest
    @MethodSource("singleLine")
    void printsEveryValueKind(Object value, String expected) throws CgpSyntaxException {
        assertThat(CgpPrinter.print(value)).isEqualTo(expected);
        assertThat(CgpValues.deepEquals(CgpParser.parse(expected), value)).isTrue();
    }

    @Test
    void prettyFormMatchesTheGoldenFileAndParsesBack() throws Exception {
        String pretty = resource("account-settings.cgp").stripTrailing();
        String inline = resource("account-settings.inline.txt").stripTrailing();

        Object parsed = CgpParser.parse(pretty);
        assertThat(CgpPrinter.printPretty(parsed)).isEqualTo(pretty);
        assertThat(CgpPrinter.print(parsed)).isEqualTo(inline).doesNotContain("\n", "\r");
        assertThat(CgpValues.deepEquals(CgpParser.parse(inline), parsed)).isTrue();

        Map<?, ?> settings = (Map<?, ?>) parsed;
        assertThat(settings.get("Signature")).isEqualTo("Alice\n-- \nwonderland");
        assertThat(settings.get("SMTPServer")).isEqualTo(new CgpIp("10.0.0.5", 25));
    }

    @Test
    void prettyFormOfScalarsAndEmptyContainersIsTheSingleLineForm() {
        assertThat(CgpPrinter.printPretty("Sent Items")).isEqualTo("\"Sent Items\"");
        assertThat(CgpPrinter.printPretty(Map.of())).isEqualTo("{}");
        assertThat(CgpPrinter.printPretty(List.of("a", List.of(), Map.of()))).isEqualTo("(a, (), {})");
    }

    static Stream<Arguments> unprintable() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        Map<Object, Object> intKey = new HashMap<>();
        intKey.put(1, "x");
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("k", null);
        List<Object> nullElement = new ArrayList<>();
        nullElement.add(null);
        return Stream.of(
                Arguments.of(null, "null is not a CGP value; use CgpNull.NULL"),
                Arguments.of(5, "Integer is not a CGP value; use Long"),
                Arguments.of(true, "Boolean is not a CGP value; use the strings YES and NO"),
                Arguments.of(1.5, "not a CGP value: java.lang.Double"),
                Arguments.of(intKey, "dictionary keys must be Strings, not java.lang.Integer"),
                Arguments.of(nullValue, "null is not a CGP value; use CgpNull.NULL"),
                Arguments.of(nullElement, "null is not a CGP value; use CgpNull.NULL"),
                Arguments.of("a\u0000b", "a CGP string cannot contain NUL"),
                Arguments.of("x\uD800", "a CGP string must be valid Unicode: unpaired surrogate at 1"),
                Arguments.of("\uDC00x", "a CGP string must be valid Unicode: unpaired surrogate at 0"),
                Arguments.of(new CgpDate(LocalDate.of(2020, 1, 1), LocalTime.of(1, 2, 3, 4)),
                        "CGP timestamps have whole seconds; use CgpDate.of or truncate"),
                Arguments.of(new CgpDate(LocalDate.of(10000, 1, 1), null), "CGP timestamps have four-digit years: 10000"),
                Arguments.of(new CgpDate(LocalDate.of(-1, 1, 1), null), "CGP timestamps have four-digit years: -1"),
                Arguments.of(new CgpIp("mail.example.com", 25), "not an IPv4 or IPv6 literal: mail.example.com"),
                Arguments.of(cyclic, "nesting deeper than 256 (a cyclic value?)"));
    }

    @ParameterizedTest
    @MethodSource("unprintable")
    void rejectsWhatTheFormatCannotCarry(Object value, String message) {
        assertThatThrownBy(() -> CgpPrinter.print(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> CgpPrinter.printPretty(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CgpPrinterTest.class.getResourceAsStream("/format/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
