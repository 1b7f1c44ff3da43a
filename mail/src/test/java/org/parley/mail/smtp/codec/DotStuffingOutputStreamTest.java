package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DotStuffingOutputStreamTest {

    private static String stuff(String message) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (DotStuffingOutputStream out = new DotStuffingOutputStream(wire)) {
            out.write(message.getBytes(StandardCharsets.ISO_8859_1));
        }
        return wire.toString(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | '.\\r\\n'",
        "'a\\r\\n' | 'a\\r\\n.\\r\\n'",
        "'a' | 'a\\r\\n.\\r\\n'",
        "'.\\r\\n' | '..\\r\\n.\\r\\n'",
        "'.a\\r\\n.b' | '..a\\r\\n..b\\r\\n.\\r\\n'",
        "'a.b\\r\\n' | 'a.b\\r\\n.\\r\\n'",
        "'a\\nb' | 'a\\r\\nb\\r\\n.\\r\\n'",
        "'a\\rb' | 'a\\r\\nb\\r\\n.\\r\\n'",
        "'a\\r' | 'a\\r\\n.\\r\\n'",
        "'a\\n.\\n' | 'a\\r\\n..\\r\\n.\\r\\n'",
        "'a\\r\\r\\n.' | 'a\\r\\n\\r\\n..\\r\\n.\\r\\n'",
    })
    void stuffsAndTerminates(String message, String wire) throws IOException {
        assertThat(stuff(DataReaderTest.unescape(message))).isEqualTo(DataReaderTest.unescape(wire));
    }

    @Test
    void crlfSplitAcrossWritesIsOneLineEnd() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        DotStuffingOutputStream out = new DotStuffingOutputStream(wire);
        out.write('a');
        out.write('\r');
        out.write('\n');
        out.write('.');
        out.finish();
        assertThat(wire.toString(StandardCharsets.US_ASCII)).isEqualTo("a\r\n..\r\n.\r\n");
        assertThatThrownBy(() -> out.write('x')).isInstanceOf(IOException.class);
        out.close();
        assertThat(wire.toString(StandardCharsets.US_ASCII)).isEqualTo("a\r\n..\r\n.\r\n");
    }
}
