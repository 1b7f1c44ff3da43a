package org.parley.admin.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CliRequestTest {
    private static CliRequest parse(String line) {
        return CliRequest.parse(line.getBytes(StandardCharsets.UTF_8));
    }

    private static CliException refused(byte[] line) {
        return catchThrowableOfType(CliException.class, () -> CliRequest.parse(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CreateAccount", "CREATEACCOUNT", "createaccount", "  cReAtEaCcOuNt"})
    void verbsAreCaseInsensitive(String verb) throws Exception {
        CliRequest r = parse(verb + " alice@example.test {Password=\"p4ss\";RealName=\"Alice Liddell\";}");
        assertThat(r.verb()).isEqualTo("CREATEACCOUNT");
        assertThat(r.arguments().readString()).isEqualTo("alice@example.test");
        assertThat(r.arguments().readObject()).isEqualTo(Map.of("Password", "p4ss", "RealName", "Alice Liddell"));
        r.arguments().requireEnd();
    }

    @Test
    void aVerbAloneHasNoArguments() {
        CliRequest r = parse("NOOP");
        assertThat(r.verb()).isEqualTo("NOOP");
        assertThat(r.arguments().atEnd()).isTrue();
    }

    @Test
    void emptyAndBlankLinesAreRefused() {
        assertThat(refused(new byte[0]).code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(refused("   \t ".getBytes(StandardCharsets.US_ASCII)).code()).isEqualTo(CliCodes.BAD_PARAMETERS);
    }

    @Test
    void aLineThatStartsWithAnObjectIsRefused() {
        CliException e = refused("{a=b;} NOOP".getBytes(StandardCharsets.US_ASCII));
        assertThat(e.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(e.getMessage()).contains("command name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET-VERSION", "LIST.ACCOUNTS", "ÜBER", "*", "a@b"})
    void verbsOtherThanLettersAndDigitsAreUnknown(String verb) {
        CliException e = refused((verb + " x").getBytes(StandardCharsets.UTF_8));
        assertThat(e.code()).isEqualTo(CliCodes.UNKNOWN_COMMAND);
        assertThat(e.getMessage()).isEqualTo("unknown command"); // the garbage is not echoed
    }

    @Test
    void anAbsurdlyLongVerbIsUnknown() {
        assertThat(refused("A".repeat(10_000).getBytes(StandardCharsets.US_ASCII)).code()).isEqualTo(CliCodes.UNKNOWN_COMMAND);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] line = {'E', 'C', 'H', 'O', ' ', '"', (byte) 0xC3, (byte) 0x28, '"'};
        CliException e = refused(line);
        assertThat(e.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(e.getMessage()).contains("UTF-8");
    }

    @Test
    void nulIsRefused() {
        CliException e = refused("ECHO \"a\0b\"".getBytes(StandardCharsets.UTF_8));
        assertThat(e.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(e.getMessage()).contains("NUL");
    }

    @Test
    void aLineLongerThanTheObjectLimitIsRefusedNotParsed() {
        byte[] line = ("ECHO \"" + "x".repeat(CliLimits.MAX_COMMAND_LINE) + "\"").getBytes(StandardCharsets.US_ASCII);
        assertThat(refused(line).code()).isEqualTo(CliCodes.BAD_PARAMETERS);
    }

    @Test
    void randomGarbageNeverThrowsAnythingButCliException() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] line = new byte[random.nextInt(64)];
            random.nextBytes(line);
            try {
                CliRequest r = CliRequest.parse(line);
                assertThat(r.verb()).matches("[A-Z0-9]+");
            } catch (CliException e) {
                assertThat(e.code()).isIn(CliCodes.UNKNOWN_COMMAND, CliCodes.BAD_PARAMETERS);
            }
        }
    }
}
