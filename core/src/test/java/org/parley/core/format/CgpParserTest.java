package org.parley.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CgpParserTest {
    private static final byte[] DOC_BLOCK = {0x1D, (byte) 0xCA, (byte) 0x87, 0x7C, 0x72};

    static Stream<Arguments> tokens() {
        return Stream.of(
                // atoms, including the chars CLI scripts write unquoted
                Arguments.of("INBOX", "INBOX"),
                Arguments.of("alice@example.com", "alice@example.com"),
                Arguments.of("~bob/INBOX", "~bob/INBOX"),
                Arguments.of("*", "*"),
                Arguments.of("100M", "100M"),
                Arguments.of("-5", "-5"),
                Arguments.of("a+b!c%d:e_f.g", "a+b!c%d:e_f.g"),
                Arguments.of("tag#5", "tag#5"),
                Arguments.of("Grüße", "Grüße"),
                // quoted strings
                Arguments.of("\"Sent Items\"", "Sent Items"),
                Arguments.of("\"\"", ""),
                Arguments.of("\"(a,b);{c=d}\"", "(a,b);{c=d}"),
                Arguments.of("\"tab\there\"", "tab\there"),
                Arguments.of("\"日本語\"", "日本語"),
                // data blocks
                Arguments.of("[HcqHfHI=]", DOC_BLOCK),
                Arguments.of("[HcqHfHI]", DOC_BLOCK),
                Arguments.of("[Hcq\r\n HfHI=]", DOC_BLOCK),
                Arguments.of("[]", new byte[0]),
                // numbers
                Arguments.of("#50", 50L),
                Arguments.of("#-50", -50L),
                Arguments.of("#0", 0L),
                Arguments.of("#007", 7L),
                Arguments.of("#9223372036854775807", Long.MAX_VALUE),
                Arguments.of("#-9223372036854775808", Long.MIN_VALUE),
                // timestamps
                Arguments.of("#T22-10-2009", new CgpDate(LocalDate.of(2009, 10, 22), null)),
                Arguments.of("#T22-10-2009_15:24:45", new CgpDate(LocalDate.of(2009, 10, 22), LocalTime.of(15, 24, 45))),
                Arguments.of("#T29-02-2024_00:00:00", new CgpDate(LocalDate.of(2024, 2, 29), LocalTime.MIDNIGHT)),
                // IP addresses
                Arguments.of("#I[10.0.0.5]:25", new CgpIp("10.0.0.5", 25)),
                Arguments.of("#I[10.0.0.5]", new CgpIp("10.0.0.5", -1)),
                Arguments.of("#I[2001:db8::1]", new CgpIp("2001:db8::1", -1)),
                Arguments.of("#I[::1]:0", new CgpIp("::1", 0)),
                Arguments.of("#I[::ffff:10.0.0.1]:65535", new CgpIp("::ffff:10.0.0.1", 65535)),
                // null, arrays, dictionaries
                Arguments.of("#NULL#", CgpNull.NULL),
                Arguments.of("()", List.of()),
                Arguments.of("(INBOX, \"Sent Items\")", List.of("INBOX", "Sent Items")),
                Arguments.of(" ( a ,\tb ,\r\nc ) ", List.of("a", "b", "c")),
                Arguments.of("(#1,#NULL#,(x))", List.of(1L, CgpNull.NULL, List.of("x"))),
                Arguments.of("{}", Map.of()),
                Arguments.of("{RealName=\"Alice Smith\";MaxAccountSize=100M;}",
                        ordered("RealName", "Alice Smith", "MaxAccountSize", "100M")),
                Arguments.of("{\r\n  \"key with space\" = x ;\r\n  n = #5;\r\n}", ordered("key with space", "x", "n", 5L)),
                Arguments.of("{a=(1,{b=#2;c=();});d={};}",
                        ordered("a", List.of("1", ordered("b", 2L, "c", List.of())), "d", Map.of())));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void parsesEveryTokenKind(String text, Object expected) throws CgpSyntaxException {
        Object parsed = CgpParser.parse(text);
        assertThat(CgpValues.deepEquals(parsed, expected)).as("%s parsed as %s", text, parsed).isTrue();
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("\"\\\"\"", "\""),
                Arguments.of("\"\\\\\"", "\\"),
                Arguments.of("\"a\\rb\"", "a\rb"),
                Arguments.of("\"a\\nb\"", "a\nb"),
                Arguments.of("\"a\\tb\"", "a\tb"),
                Arguments.of("\"Line1\\eLine2\"", "Line1\nLine2"),
                Arguments.of("\"\\065\\066\"", "AB"),
                Arguments.of("\"Using the \\011 symbol\"", "Using the \u000B symbol"),
                Arguments.of("\"caf\\195\\169\"", "café"),
                Arguments.of("\"\\240\\159\\152\\128!\"", "😀!"),
                Arguments.of("\"\\195\\169\\n\\195\\169\"", "é\né"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void decodesEveryEscape(String text, String expected) throws CgpSyntaxException {
        assertThat(CgpParser.parse(text)).isEqualTo(expected);
    }

    @Test
    void dictionariesKeepInsertionOrder() throws CgpSyntaxException {
        Object parsed = CgpParser.parse("{z=1;a=2;m=3;}");
        assertThat(parsed).isInstanceOf(LinkedHashMap.class);
        assertThat(List.<Object>copyOf(((Map<?, ?>) parsed).keySet())).containsExactly("z", "a", "m");
    }

    @Test
    void missingFinalSemicolonIsANamedLeniency() throws CgpSyntaxException {
        assertThat(CgpParser.parse("{a=b;c=d}")).isEqualTo(Map.of("a", "b", "c", "d"));

        CgpReader lenient = new CgpReader("{a=b}");
        lenient.readObject();
        assertThat(lenient.usedLeniencies()).containsExactly(CgpLeniency.MISSING_FINAL_SEMICOLON);

        CgpReader clean = new CgpReader("{a=b;}");
        clean.readObject();
        assertThat(clean.usedLeniencies()).isEmpty();

        assertThatThrownBy(() -> CgpParser.parse("{a=b}", CgpLimits.DEFAULT, CgpLeniency.STRICT))
                .isInstanceOf(CgpSyntaxException.class)
                .hasMessage("expected ';' after dictionary value but found '}' at 4");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("", "expected an object but found end of input", 0),
                Arguments.of("   ", "expected an object but found end of input", 3),
                Arguments.of(")", "expected an object but found ')'", 0),
                Arguments.of("a b", "unexpected 'b' after the end", 2),
                Arguments.of("{a=b;} x", "unexpected 'x' after the end", 7),
                Arguments.of("xx \"abc", "unexpected '\"' after the end", 3),
                Arguments.of("(a, \"Sent Items", "unterminated quoted string", 4),
                Arguments.of("\"abc\\", "unterminated quoted string", 0),
                Arguments.of("(a, b", "unterminated array", 0),
                Arguments.of("(a,", "unterminated array", 0),
                Arguments.of("(a b)", "expected ',' or ')' in array but found 'b'", 3),
                Arguments.of("(a,)", "expected an object but found ')'", 3),
                Arguments.of("{a=b;", "unterminated dictionary", 0),
                Arguments.of("{a=b", "unterminated dictionary", 0),
                Arguments.of("{a", "unterminated dictionary", 0),
                Arguments.of("{a=", "unterminated dictionary", 0),
                Arguments.of("{a b;}", "expected '=' after dictionary key but found 'b'", 3),
                Arguments.of("{=a;}", "expected a dictionary key but found '='", 1),
                Arguments.of("{#5=a;}", "expected a dictionary key but found '#'", 1),
                Arguments.of("{a=b c=d;}", "expected ';' after dictionary value but found 'c'", 5),
                Arguments.of("{a=#1;a=#2;}", "duplicate dictionary key", 6),
                Arguments.of("#", "expected #number, #T, #I[ or #NULL# after '#'", 0),
                Arguments.of("#NULL", "expected #number, #T, #I[ or #NULL# after '#'", 0),
                Arguments.of("#-", "invalid number", 0),
                Arguments.of("#12.5", "invalid number", 0),
                Arguments.of("#12abc", "invalid number", 0),
                Arguments.of("(#9223372036854775808)", "number out of range", 1),
                Arguments.of("#-9223372036854775809", "number out of range", 0),
                Arguments.of("#" + "9".repeat(5000), "number out of range", 0),
                Arguments.of("\"\\q\"", "unknown escape \\q", 1),
                Arguments.of("\"\\12\"", "escape \\nnn needs exactly three decimal digits", 1),
                Arguments.of("\"\\1\"", "escape \\nnn needs exactly three decimal digits", 1),
                Arguments.of("\"\\256\"", "escape \\256 is not a byte value", 1),
                Arguments.of("\"ok\\255\"", "invalid UTF-8 in \\nnn escapes", 3),
                Arguments.of("\"\\195\"", "invalid UTF-8 in \\nnn escapes", 1),
                Arguments.of("\"\\195x\"", "invalid UTF-8 in \\nnn escapes", 1),
                Arguments.of("\"\\192\\128\"", "invalid UTF-8 in \\nnn escapes", 1), // overlong NUL
                Arguments.of("\"\\237\\160\\128\"", "invalid UTF-8 in \\nnn escapes", 1), // encoded surrogate
                Arguments.of("\"a\\000b\"", "NUL character in string", 2),
                Arguments.of("\"a\u0000b\"", "U+0000 in quoted string", 2),
                Arguments.of("\"a\nb\"", "U+000A in quoted string", 2),
                Arguments.of("\u0000", "expected an object but found U+0000", 0),
                Arguments.of("\"x\uD800\"", "unpaired surrogate U+D800", 2),
                Arguments.of("\"x\uDE00\uD83D\"", "unpaired surrogate U+DE00", 2),
                Arguments.of("a\uDC00", "unpaired surrogate U+DC00", 1),
                Arguments.of("{k\uD83D=v;}", "unpaired surrogate U+D83D", 2),
                Arguments.of("(a,\u0000)", "expected an object but found U+0000", 3),
                Arguments.of("[HcqH$fHI=]", "invalid base64 in data block", 5),
                Arguments.of("[A]", "invalid base64 in data block", 0),
                Arguments.of("[A=BC]", "invalid base64 in data block", 0),
                Arguments.of("[HcqHfHI=", "unterminated data block", 0),
                Arguments.of("#T32-13-2020", "invalid date #T32-13-2020", 0),
                Arguments.of("#T29-02-2023", "invalid date #T29-02-2023", 0),
                Arguments.of("#T22-10-2009_24:00:00", "invalid date #T22-10-2009_24:00:00", 0),
                Arguments.of("#T1-1-2020", "invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", 0),
                Arguments.of("#T22-10-2009_15:24", "invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", 0),
                Arguments.of("#T22-10-20091", "invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", 0),
                Arguments.of("#TPAST", "invalid timestamp, expected #Tdd-mm-yyyy[_hh:mm:ss]", 0),
                Arguments.of("#I[10.0.0.256]", "invalid IP address", 0),
                Arguments.of("#I[10.0.0]", "invalid IP address", 0),
                Arguments.of("#I[010.0.0.1.5]", "invalid IP address", 0),
                Arguments.of("#I[mail.example.com]", "invalid IP address", 0),
                Arguments.of("#I[2001:db8:::1]", "invalid IP address", 0),
                Arguments.of("#I[fe80::1%eth0]", "invalid IP address", 0),
                Arguments.of("#I[]", "invalid IP address", 0),
                Arguments.of("#I[10.0.0.1", "invalid IP address", 0),
                Arguments.of("#I[10.0.0.1]x", "invalid IP address", 0),
                Arguments.of("#I[10.0.0.1]:", "invalid port", 13),
                Arguments.of("#I[10.0.0.1]:65536", "invalid port", 13),
                Arguments.of("#I[10.0.0.1]:1234567", "invalid port", 13),
                Arguments.of("#I[::1]:25a", "invalid port", 8));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void rejectsMalformedInputWithReasonAndOffset(String text, String reason, int offset) {
        assertThatThrownBy(() -> CgpParser.parse(text))
                .isInstanceOfSatisfying(CgpSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.getMessage()).isEqualTo(reason + " at " + offset);
                });
    }

    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
