package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random input: raw garbage, grammar-shaped token soup and mutated real commands. The
 * parser may only return commands, return null at the end, or throw ImapParseException.
 */
class ParserFuzzTest {
    private static final ParseLimits LIMITS =
            new ParseLimits(2048, 4096, 512, 16_384, 16, Long.MAX_VALUE, 8192, 16, 64, 256, 64);

    private static final String[] TOKENS = {
        " ", " ", " ", "(", ")", "[", "]", "<", ">", ".", ":", ",", "*", "$", "%", "\"", "\\", "{", "}", "~", "+", "-",
        "0", "1", "7", "42", "4294967295", "4294967296", "99999999999999999999", "\r\n", "\n", "\r", "\0", "\u00ff",
        "{3}\r\nabc", "{2+}\r\nxy", "~{1}\r\n\0", "{0}\r\n", "{5}\r\n", "{100+}\r\n",
        "a1", "UID", "FETCH", "SEARCH", "STORE", "APPEND", "SELECT", "LIST", "STATUS", "LOGIN", "AUTHENTICATE",
        "SORT", "THREAD", "ID", "ENABLE", "SETACL", "SETQUOTA", "CREATE", "COPY", "MOVE", "EXPUNGE", "IDLE",
        "BODY", "BODY.PEEK", "BINARY", "BINARY.SIZE", "HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT", "MIME",
        "FLAGS", "+FLAGS.SILENT", "\\Seen", "\\Recent", "NIL", "OR", "NOT", "CHARSET", "UTF-8", "RETURN", "MIN",
        "CHANGEDSINCE", "VANISHED", "UNCHANGEDSINCE", "QRESYNC", "CONDSTORE", "MODSEQ", "\"/flags/\\\\seen\"",
        "SINCE", "1-Feb-1994", "\" 7-Feb-1994 21:52:25 -0800\"", "UTF8", "USE", "SUBSCRIBED", "RECURSIVEMATCH",
        "&U,BTFw-", "&", "&-", "&Jjo", "INBOX", "\"quoted\"", "\"bad\\q\"", "\u00c3\u0028", "REVERSE", "DATE",
    };

    @Test
    void randomBytes() {
        Random random = new Random(20241128L);
        for (int round = 0; round < 3000; round++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            if (random.nextBoolean()) {
                // put some line ends in so more than the first line gets parsed
                for (int i = 0; i < data.length; i += 1 + random.nextInt(40)) {
                    data[i] = '\n';
                }
            }
            drive(data, "random bytes round " + round);
        }
    }

    @Test
    void tokenSoup() {
        Random random = new Random(7L);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) > 0) {
                sb.append("t").append(round).append(' ');
            }
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            sb.append("\r\n");
            drive(sb.toString().getBytes(StandardCharsets.ISO_8859_1), "token soup round " + round + ": " + sb);
        }
    }

    @Test
    void mutatedClientCommands() throws IOException {
        List<String> commands = ClientCommandLinesTest.load().stream().map(ClientCommandLinesTest.Case::wire).toList();
        Random random = new Random(99L);
        for (int round = 0; round < 5000; round++) {
            byte[] base = commands.get(random.nextInt(commands.size())).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int mutations = 1 + random.nextInt(4);
            byte[] data = base.clone();
            for (int m = 0; m < mutations; m++) {
                data = mutate(data, random);
            }
            out.writeBytes(data);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            drive(out.toByteArray(), "mutation round " + round + ": " + new String(data, StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] mutate(byte[] data, Random random) {
        if (data.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.ISO_8859_1);
        }
        int at = random.nextInt(data.length);
        return switch (random.nextInt(5)) {
            case 0 -> { // flip a byte
                byte[] d = data.clone();
                d[at] = (byte) random.nextInt(256);
                yield d;
            }
            case 1 -> java.util.Arrays.copyOf(data, at); // truncate
            case 2 -> { // delete a byte
                byte[] d = new byte[data.length - 1];
                System.arraycopy(data, 0, d, 0, at);
                System.arraycopy(data, at + 1, d, at, data.length - at - 1);
                yield d;
            }
            default -> { // insert a token
                byte[] t = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.ISO_8859_1);
                byte[] d = new byte[data.length + t.length];
                System.arraycopy(data, 0, d, 0, at);
                System.arraycopy(t, 0, d, at, t.length);
                System.arraycopy(data, at, d, at + t.length, data.length - at);
                yield d;
            }
        };
    }

    /** Parses until the input is used up or the parser asks to close; any other outcome fails. */
    private static void drive(byte[] data, String what) {
        Wire w = new Wire(data, LIMITS);
        for (int i = 0; i < 1000; i++) {
            try {
                TaggedCommand c = w.parser.parse(ParseContext.DEFAULT);
                if (c == null) {
                    return;
                }
                assertThat(c.tag()).isNotEmpty();
                assertThat(c.command()).isNotNull();
            } catch (ImapParseException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\r").doesNotContain("\n");
                if (e.closeConnection()) {
                    return;
                }
            } catch (Throwable t) {
                fail(what + " threw " + t, t);
            }
        }
        fail(what + ": parser did not make progress");
    }
}
