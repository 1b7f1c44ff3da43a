package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 5256 §2.1 base subject extraction. */
class BaseSubjectTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Hello|Hello",
        "Re: Hello|Hello",
        "RE: re: Fwd: FW: hello|hello",
        "Re[2]: Hello|Hello",
        "Re [2] : Hello|Hello",
        "[list] Re: Hello|Hello",
        "[list] [other] Re: Hello|Hello",
        "[list] Hello|Hello",
        "[only a blob]|[only a blob]",
        "Hello (fwd)|Hello",
        "Hello (FWD) (fwd)   |Hello",
        "[Fwd: Re: Hello]|Hello",
        "[fwd: [list] Hello (fwd)]|Hello",
        "Re:   spaced    out  |spaced out",
        "Reply to this|Reply to this",
        "Fwd|Fwd",
        "re:|''",
        "''|''",
        "=?utf-8?q?Re=3A_Gr=C3=BC=C3=9Fe?=|Grüße",
        "Re: =?iso-8859-1?q?caf=E9?= (fwd)|café",
        "[a[b] Re: x|[a[b] Re: x",
        "Re: [fwd: x]|x",
    })
    void extractsTheBaseSubject(String subject, String expected) {
        assertThat(BaseSubject.of(subject)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tabsAndFoldingBecomeSingleSpaces() {
        assertThat(BaseSubject.of("Re:\tone\t\ttwo\r\n three")).isEqualTo("one two three");
        assertThat(BaseSubject.of(null)).isEmpty();
        assertThat(BaseSubject.of("Re: ".repeat(20_000) + "x")).isEqualTo("x");
    }

    @org.junit.jupiter.api.Test
    void hostileSubjectsStayLinear() {
        // each would take minutes if a step rescanned the rest of the subject
        assertThat(BaseSubject.of("[a] ".repeat(250_000) + "x")).isEqualTo("x");
        assertThat(BaseSubject.of("[a]".repeat(100_000) + "Re[" + "z".repeat(100_000))).startsWith("Re[zzz");
        assertThat(BaseSubject.of("Re: [fwd: ".repeat(20_000) + "x" + "]".repeat(20_000))).isEqualTo("x");
        assertThat(BaseSubject.of("[".repeat(200_000))).hasSize(200_000);
        assertThat(BaseSubject.of("x" + " (fwd)".repeat(100_000))).isEqualTo("x");
    }
}
