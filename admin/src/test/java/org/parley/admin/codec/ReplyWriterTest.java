package org.parley.admin.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyWriterTest {
    private static final Map<String, Object> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("RealName", "Alice Liddell");
        SETTINGS.put("Aliases", List.of("al", "a l"));
        SETTINGS.put("Nested", Map.of("k", List.of()));
    }

    @Test
    void okIsOneLine() {
        assertThat(ReplyWriter.lines(Reply.OK, false)).containsExactly("200 OK");
        assertThat(ReplyWriter.lines(Reply.OK, true)).containsExactly("200 OK");
    }

    @Test
    void dataWithoutInlineFollowsOnTheNextLine() {
        assertThat(ReplyWriter.lines(new Reply.Data(SETTINGS), false)).containsExactly(
                "200 data follow", "{RealName=\"Alice Liddell\";Aliases=(al, \"a l\");Nested={k=();};}");
    }

    @Test
    void dataAfterInlineIsOnTheStatusLine() {
        assertThat(ReplyWriter.lines(new Reply.Data(List.of("example.test", "example.org")), true))
                .containsExactly("201 (example.test, example.org)");
        assertThat(ReplyWriter.lines(new Reply.Data("example.test"), true)).containsExactly("201 example.test");
    }

    @Test
    void multiLineStringsStayOnOneLine() {
        assertThat(ReplyWriter.lines(new Reply.Data("line1\nline2"), true)).containsExactly("201 \"line1\\eline2\"");
    }

    @Test
    void statusTextsCannotBreakTheLineStructure() {
        assertThat(ReplyWriter.lines(new Reply.Status(501, "bad\r\n200 OK"), false)).containsExactly("501 bad  200 OK");
        assertThat(ReplyWriter.lines(new Reply.Status(501, ""), false)).containsExactly("501 -");
    }

    @Test
    void valuesThePrinterCannotWriteAreRefused() {
        assertThatThrownBy(() -> ReplyWriter.lines(new Reply.Data(List.of(1)), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Data(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
