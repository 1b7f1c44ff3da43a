package org.parley.mail.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPatternTest {

    private static String match(String pattern, String input) {
        String[] c = AddressPattern.compile(pattern).match(input);
        return c == null ? "NO" : String.join("|", c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1*; 15551234; 5551234",
        "1*; 1; ''",
        "1*; 2555; NO",
        "*; anything; anything",
        "*; ''; ''",
        "(10+d); 1234567890; 1234567890",
        "(10+d); 123456789012345; 123456789012345",
        "(10+d); 123456789; NO",
        "(10+d); 12345678901a; NO",
        "(3d); 123; 123",
        "(3d); 12; NO",
        "(3d); 1234; NO",
        "+(10+d); +4930123456789; 4930123456789",
        "+(10+d); 4930123456789; NO",
        "ext(3d)x; ext123x; 123",
        "(2+d)-(3d); 12-345; 12|345",
        "*-*; a-b-c; a|b-c",
        "*.client.com; a.b.client.com; a.b",
        "*.client.com; client.com; NO",
        "Alice; ALICE; ''",
        "*@*; a@b; a|b",
    })
    void matches(String pattern, String input, String expected) {
        assertThat(match(pattern, input)).isEqualTo(expected);
    }

    @Test
    void capturesKeepInputCase() {
        assertThat(match("x*", "XaBc")).isEqualTo("aBc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"(d)", "(0d)", "(100d)", "(3x)", "(3", "a)b", "(+d)", "(3+)", "**", "(1-3d)"})
    void rejectsBadSyntax(String pattern) {
        assertThatThrownBy(() -> AddressPattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyWildcards() {
        assertThatThrownBy(() -> AddressPattern.compile("*a".repeat(17)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 16");
    }

    @Test
    void pathologicalPatternStaysFast() {
        AddressPattern p = AddressPattern.compile("*a".repeat(15) + "*b");
        String input = "a".repeat(1024);
        long start = System.nanoTime();
        assertThat(p.match(input)).isNull();
        // Memoized: a few hundred thousand steps at most; without it this would never finish.
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        AddressPattern digits = AddressPattern.compile("(1+d)".repeat(16) + "x");
        assertThat(digits.match("1".repeat(1000))).isNull();
    }
}
