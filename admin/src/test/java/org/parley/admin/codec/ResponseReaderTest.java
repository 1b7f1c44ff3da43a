package org.parley.admin.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.io.LineReader;

class ResponseReaderTest {
    private static ResponseReader reader(String wire) {
        return new ResponseReader(new LineReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void readsStatusLinesInlineDataAndDataThatFollows() throws IOException {
        ResponseReader r = reader("200 OK\r\n300 please send the PASS\r\n201 {a=(b, c);}\r\n200 data follow\r\n(x, y)\r\n515 no\r\n200\r\n");
        assertThat(r.read()).isEqualTo(new CliResponse(200, "OK", null));
        assertThat(r.read()).isEqualTo(new CliResponse(300, "please send the PASS", null));
        assertThat(r.read().data()).isEqualTo(Map.of("a", List.of("b", "c")));
        assertThat(r.read().data()).isEqualTo(List.of("x", "y"));
        CliResponse error = r.read();
        assertThat(error.isSuccess()).isFalse();
        assertThat(error.code()).isEqualTo(515);
        assertThat(r.read()).isEqualTo(new CliResponse(200, "", null));
        assertThatThrownBy(r::read).isInstanceOf(EOFException.class);
    }

    @Test
    void readsPrettyPrintedObjectsOverSeveralLines() throws IOException {
        // brackets inside strings and nested closers at line ends do not end the object early
        String wire = "200 data follow\r\n{\r\n  a = (\r\n    (x)\r\n  );\r\n  b = \"}) \\\" )\";\r\n}\r\n200 OK\r\n";
        ResponseReader r = reader(wire);
        assertThat(r.read().data()).isEqualTo(Map.of("a", List.of(List.of("x")), "b", "}) \" )"));
        assertThat(r.read().text()).isEqualTo("OK");
    }

    @Test
    void aScalarThatFollowsIsOneLine() throws IOException {
        ResponseReader r = reader("200 data follow\r\nexample.test\r\n200 OK\r\n");
        assertThat(r.read().data()).isEqualTo("example.test");
        assertThat(r.read().code()).isEqualTo(200);
    }

    @Test
    void malformedResponsesAreProtocolErrors() {
        assertThatThrownBy(() -> reader("hello\r\n").read()).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> reader("20x OK\r\n").read()).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> reader("2000 OK\r\n").read()).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> reader("201 {a=b\r\n").read()).isInstanceOf(ProtocolException.class);
    }

    @Test
    void aConnectionThatEndsInsideAnObjectIsAnEofError() {
        assertThatThrownBy(() -> reader("200 data follow\r\n{a=(b,\r\n").read())
                .isInstanceOf(EOFException.class).hasMessageContaining("middle of a data object");
    }

    @Test
    void framerCountsBracketsOutsideQuotesOnly() {
        ObjectFramer f = new ObjectFramer();
        assertThat(f.feed("  {a=\"{{{\";")).isFalse();
        assertThat(f.feed("b=[AAAA];")).isFalse();
        assertThat(f.feed("}")).isTrue();
        ObjectFramer scalar = new ObjectFramer();
        assertThat(scalar.feed("")).isFalse();
        assertThat(scalar.feed("#123")).isTrue();
    }
}
