package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every line of {@code smtp/commands.txt} through the parser (and back through the formatter). */
class SmtpCommandGoldenTest {

    record Case(int lineNumber, Set<String> flags, byte[] input, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> goldenTable() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.lineNumber() + ": " + printable(c.input()), () -> check(c)));
    }

    private static void check(Case c) throws SmtpSyntaxException {
        SmtpParserConfig config = c.flags().contains("strict") ? SmtpParserConfig.strict() : SmtpParserConfig.defaults();
        if (c.flags().contains("unbracketed")) {
            EnumSet<SmtpLeniency> l = EnumSet.noneOf(SmtpLeniency.class);
            l.addAll(config.leniencies());
            l.add(SmtpLeniency.UNBRACKETED_PATH);
            config = config.withLeniencies(l);
        }
        EnumSet<EsmtpExtension> ext = EnumSet.allOf(EsmtpExtension.class);
        if (c.flags().contains("nodsn")) {
            ext.remove(EsmtpExtension.DSN);
        }
        if (c.flags().contains("noutf8")) {
            ext.remove(EsmtpExtension.SMTPUTF8);
        }
        if (c.flags().contains("nochunking")) {
            ext.remove(EsmtpExtension.BINARY_MIME);
        }
        config = config.withExtensions(ext);
        SmtpCommandParser parser = new SmtpCommandParser(config);
        boolean utf8 = c.flags().contains("utf8");
        String actual;
        try {
            SmtpCommand command = parser.parse(c.input(), 0, c.input().length, utf8);
            actual = SmtpCommandFormatter.format(command);
            // The canonical form must parse back to the same record.
            byte[] again = SmtpCommandFormatter.encode(command);
            assertThat(new SmtpCommandParser(SmtpParserConfig.strict()).parse(again, 0, again.length, utf8))
                    .as("round trip of %s", actual).isEqualTo(command);
        } catch (SmtpSyntaxException e) {
            SmtpReply r = e.reply();
            actual = "ERR " + r.code() + (r.status() == null ? "" : " " + r.status());
        }
        assertThat(actual).as("line %d", c.lineNumber()).isEqualTo(c.expected());
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = SmtpCommandGoldenTest.class.getResourceAsStream("/smtp/commands.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Set<String> flags = Set.of();
                if (line.startsWith("[")) {
                    int close = line.indexOf("] ");
                    flags = Set.of(line.substring(1, close).split(","));
                    line = line.substring(close + 2);
                }
                int arrow = line.lastIndexOf(" => ");
                if (arrow < 0) {
                    fail("commands.txt line %d has no =>", i + 1);
                }
                byte[] input = unescape(line.substring(0, arrow));
                if (!flags.contains("raw")) {
                    byte[] withCrlf = new byte[input.length + 2];
                    System.arraycopy(input, 0, withCrlf, 0, input.length);
                    withCrlf[input.length] = '\r';
                    withCrlf[input.length + 1] = '\n';
                    input = withCrlf;
                }
                cases.add(new Case(i + 1, flags, input, line.substring(arrow + 4)));
            }
        }
        return cases;
    }

    static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> {
                    // Anything else is literal, backslash included (quoted-pairs stay readable).
                    out.write('\\');
                    out.writeBytes(String.valueOf(n).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out.toByteArray();
    }

    private static String printable(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }
}
