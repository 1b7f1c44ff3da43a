package org.parley.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pop3ParserTest {
    private final Pop3Parser parser = Pop3Parser.lenient();
    private final Pop3Parser strict = new Pop3Parser(EnumSet.noneOf(Leniency.class));

    private Pop3Command parse(String line) throws Pop3SyntaxException {
        return parser.parse(line.getBytes(StandardCharsets.UTF_8));
    }

    private String error(String line) {
        try {
            parse(line);
        } catch (Pop3SyntaxException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + line);
    }

    @Test
    void everyCommandOfRfc1939And2449() throws Exception {
        assertThat(parse("USER mrose")).isEqualTo(new Pop3Command.User("mrose"));
        assertThat(parse("PASS secret")).isEqualTo(new Pop3Command.Pass("secret"));
        assertThat(parse("APOP mrose c4c9334bac560ecc979e58001b3e22fb"))
                .isEqualTo(new Pop3Command.Apop("mrose", "c4c9334bac560ecc979e58001b3e22fb"));
        assertThat(parse("CAPA")).isEqualTo(new Pop3Command.Capa());
        assertThat(parse("STLS")).isEqualTo(new Pop3Command.Stls());
        assertThat(parse("STAT")).isEqualTo(new Pop3Command.Stat());
        assertThat(parse("LIST")).isEqualTo(new Pop3Command.List(0));
        assertThat(parse("LIST 2")).isEqualTo(new Pop3Command.List(2));
        assertThat(parse("UIDL")).isEqualTo(new Pop3Command.Uidl(0));
        assertThat(parse("UIDL 7")).isEqualTo(new Pop3Command.Uidl(7));
        assertThat(parse("RETR 1")).isEqualTo(new Pop3Command.Retr(1));
        assertThat(parse("TOP 1 10")).isEqualTo(new Pop3Command.Top(1, 10));
        assertThat(parse("DELE 3")).isEqualTo(new Pop3Command.Dele(3));
        assertThat(parse("RSET")).isEqualTo(new Pop3Command.Rset());
        assertThat(parse("NOOP")).isEqualTo(new Pop3Command.Noop());
        assertThat(parse("QUIT")).isEqualTo(new Pop3Command.Quit());
    }

    @Test
    void keywordsAreCaseInsensitive() throws Exception {
        assertThat(parse("stat")).isEqualTo(new Pop3Command.Stat());
        assertThat(parse("Retr 4")).isEqualTo(new Pop3Command.Retr(4));
        assertThat(parse("auth plain").keyword()).isEqualTo("AUTH");
        assertThat(((Pop3Command.Auth) parse("auth scram-sha-256")).mechanism()).isEqualTo("SCRAM-SHA-256");
    }

    @Test
    void passTakesTheRestOfTheLineWithSpaces() throws Exception {
        // RFC 1939 §7: spaces may be part of the password
        assertThat(parse("PASS  two  spaces ")).isEqualTo(new Pop3Command.Pass(" two  spaces "));
        assertThat(parse("PASS pässwörd")).isEqualTo(new Pop3Command.Pass("pässwörd"));
        assertThat(parse("PASS x").toString()).doesNotContain("x]").contains("***");
        assertThat(error("PASS")).contains("password");
        assertThat(error("PASS ")).contains("password");
    }

    @Test
    void authWithAndWithoutInitialResponse() throws Exception {
        assertThat(parse("AUTH PLAIN")).isEqualTo(new Pop3Command.Auth("PLAIN", null));
        assertThat(parse("AUTH PLAIN AGFsaWNlAHNlY3JldA=="))
                .isEqualTo(new Pop3Command.Auth("PLAIN", "\0alice\0secret".getBytes(StandardCharsets.UTF_8)));
        // RFC 5034 §4: "=" is an empty initial response
        assertThat(parse("AUTH SCRAM-SHA-256 =")).isEqualTo(new Pop3Command.Auth("SCRAM-SHA-256", new byte[0]));
        assertThat(error("AUTH PLAIN not*base64")).contains("base64");
        assertThat(error("AUTH PL@IN")).contains("mechanism");
        assertThat(error("AUTH ABCDEFGHIJKLMNOPQRSTU")).contains("mechanism");
        assertThat(error("AUTH PLAIN AAAA extra")).contains("too many");
    }

    @Test
    void bareAuthIsANamedLeniency() throws Exception {
        assertThat(parse("AUTH")).isEqualTo(new Pop3Command.Auth(null, null));
        assertThat(parser.lastLeniency()).isEqualTo(Leniency.BARE_AUTH);
        assertThatThrownBy(() -> strict.parse("AUTH".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Pop3SyntaxException.class);
    }

    @Test
    void trailingSpaceIsANamedLeniency() throws Exception {
        assertThat(parse("STAT ")).isEqualTo(new Pop3Command.Stat());
        assertThat(parser.lastLeniency()).isEqualTo(Leniency.TRAILING_SPACE);
        assertThat(parse("RETR 2  ")).isEqualTo(new Pop3Command.Retr(2));
        assertThat(parse("STAT")).isEqualTo(new Pop3Command.Stat());
        assertThat(parser.lastLeniency()).isNull();
        assertThatThrownBy(() -> strict.parse("STAT ".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Pop3SyntaxException.class);
    }

    @Test
    void argumentCountsAreChecked() {
        assertThat(error("STAT 1")).contains("no arguments");
        assertThat(error("QUIT now")).contains("no arguments");
        assertThat(error("RETR")).contains("message number");
        assertThat(error("DELE")).contains("message number");
        assertThat(error("RETR 1 2")).contains("too many");
        assertThat(error("TOP 1")).contains("line count");
        assertThat(error("TOP 1 2 3")).contains("too many");
        assertThat(error("USER")).contains("name");
        assertThat(error("USER a b")).contains("too many");
        assertThat(error("APOP mrose")).contains("digest");
        assertThat(error("LIST 1  2")).contains("one space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RETR 0", "RETR -1", "RETR +1", "RETR 1a", "RETR 2147483648", "RETR 99999999999", "LIST x",
            "DELE 0x1", "UIDL 1.0", "TOP 0 1", "RETR ١"})
    void invalidMessageNumbers(String line) {
        assertThat(error(line)).contains("message number");
    }

    @Test
    void messageNumbersUpToIntMax() throws Exception {
        assertThat(parse("RETR 2147483647")).isEqualTo(new Pop3Command.Retr(Integer.MAX_VALUE));
        assertThat(parse("RETR 007")).isEqualTo(new Pop3Command.Retr(7));
    }

    @Test
    void topLineCountIsCappedNotRejected() throws Exception {
        assertThat(parse("TOP 1 0")).isEqualTo(new Pop3Command.Top(1, 0));
        assertThat(parse("TOP 1 99999999999999999999")).isEqualTo(new Pop3Command.Top(1, Integer.MAX_VALUE));
        assertThat(parse("TOP 1 0000000000000000000000005")).isEqualTo(new Pop3Command.Top(1, 5));
        assertThat(error("TOP 1 -5")).contains("line count");
    }

    @Test
    void apopDigestIs32HexDigits() throws Exception {
        assertThat(error("APOP mrose c4c9334bac560ecc979e58001b3e22f")).contains("32");
        assertThat(error("APOP mrose c4c9334bac560ecc979e58001b3e22fbb")).contains("32");
        assertThat(error("APOP mrose g4c9334bac560ecc979e58001b3e22fb")).contains("32");
        assertThat(parse("APOP mrose C4C9334BAC560ECC979E58001B3E22FB")).isInstanceOf(Pop3Command.Apop.class);
    }

    @Test
    void unknownCommandsAreMarkedAsSuch() {
        for (String line : new String[] {"", "HELO", "LAST", "RPOP x", "XTND XMIT", "STATS", " STAT", "UTF8"}) {
            assertThatThrownBy(() -> parse(line)).as(line).isInstanceOf(Pop3SyntaxException.class)
                    .satisfies(e -> assertThat(((Pop3SyntaxException) e).unknownCommand()).isTrue());
        }
        assertThatThrownBy(() -> parse("RETR")).satisfies(e -> assertThat(((Pop3SyntaxException) e).unknownCommand()).isFalse());
    }

    @Test
    void controlCharactersAndBadUtf8AreRefused() {
        assertThat(error("USER al\0ice")).contains("control");
        assertThat(error("PASS se\0cret")).contains("control");
        assertThat(error("STAT\t")).contains("control");
        assertThat(error("USER a\rb")).contains("control");
        assertThat(error("NOOP\u007f")).contains("control");
        assertThatThrownBy(() -> parser.parse(new byte[] {'U', 'S', 'E', 'R', ' ', (byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> parser.parse(new byte[] {'P', 'A', 'S', 'S', ' ', (byte) 0xE0, (byte) 0x80, (byte) 0xAF}))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void linesAndArgumentsAreBounded() throws Exception {
        assertThat(error("USER " + "a".repeat(Pop3Parser.MAX_ARGUMENT + 1))).contains("too long");
        assertThat(parse("USER " + "a".repeat(Pop3Parser.MAX_ARGUMENT))).isInstanceOf(Pop3Command.User.class);
        assertThat(error("PASS " + "p".repeat(Pop3Parser.MAX_LINE))).contains("too long");
        assertThat(parse("PASS " + "p".repeat(1024))).isEqualTo(new Pop3Command.Pass("p".repeat(1024)));
    }
}
