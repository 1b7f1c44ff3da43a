package org.parley.mail.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmtpCommandParserTest {

    private final List<SmtpLeniency> used = new ArrayList<>();
    private final SmtpCommandParser parser = new SmtpCommandParser(SmtpParserConfig.defaults(), used::add);
    private final SmtpCommandParser strict = new SmtpCommandParser(SmtpParserConfig.strict());

    private SmtpCommand parse(String line) throws SmtpSyntaxException {
        return parser.parse((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private SmtpReply error(SmtpCommandParser p, String line) {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(SmtpSyntaxException.class, () -> p.parse(bytes)).reply();
    }

    @Test
    void mailFromKeepsLocalPartCaseAndLowerCasesDomain() throws Exception {
        var mail = (SmtpCommand.Mail) parse("MAIL FROM:<John.Smith@Bar.COM>");
        assertThat(mail.reversePath().mailbox()).isEqualTo(new EmailAddress("John.Smith", "bar.com"));
        assertThat(mail.reversePath().route()).isEmpty();
        assertThat(mail.parameters()).isEqualTo(MailParameters.NONE);
    }

    @Test
    void nullReversePath() throws Exception {
        var mail = (SmtpCommand.Mail) parse("MAIL FROM:<>");
        assertThat(mail.reversePath().isNull()).isTrue();
        assertThat(mail.reversePath()).isSameAs(MailPath.NULL);
    }

    @Test
    void sourceRouteIsKeptInOrder() throws Exception {
        var rcpt = (SmtpCommand.Rcpt) parse("RCPT TO:<@HOSTA.int,@jkl.org:userc@d.bar.org>");
        assertThat(rcpt.forwardPath().route()).containsExactly("hosta.int", "jkl.org");
        assertThat(rcpt.forwardPath().mailbox()).isEqualTo(new EmailAddress("userc", "d.bar.org"));
    }

    @Test
    void quotedLocalPartIsUnquoted() throws Exception {
        var rcpt = (SmtpCommand.Rcpt) parse("RCPT TO:<\"john \\\"the\\\" doe\"@example.com>");
        assertThat(rcpt.forwardPath().mailbox().localPart()).isEqualTo("john \"the\" doe");
        assertThat(rcpt.forwardPath().mailbox().smtpLocalPart()).isEqualTo("\"john \\\"the\\\" doe\"");
    }

    @Test
    void barePostmasterHasNoDomain() throws Exception {
        var rcpt = (SmtpCommand.Rcpt) parse("RCPT TO:<POSTMASTER>");
        assertThat(rcpt.forwardPath().mailbox().isBarePostmaster()).isTrue();
        assertThat(rcpt.forwardPath().mailbox().localPart()).isEqualTo("POSTMASTER");
    }

    @Test
    void addressLiterals() throws Exception {
        var v4 = (SmtpCommand.Rcpt) parse("RCPT TO:<user@[192.0.2.1]>");
        assertThat(v4.forwardPath().mailbox().isAddressLiteral()).isTrue();
        assertThat(v4.forwardPath().mailbox().domain()).isEqualTo("[192.0.2.1]");
        var v6 = (SmtpCommand.Rcpt) parse("RCPT TO:<user@[IPv6:2001:DB8::1]>");
        assertThat(v6.forwardPath().mailbox().domain()).isEqualTo("[IPv6:2001:db8::1]");
    }

    @Test
    void allMailParameters() throws Exception {
        var mail = (SmtpCommand.Mail) parse("MAIL FROM:<a@b.example> SIZE=12345 BODY=8BITMIME SMTPUTF8 "
                + "AUTH=e+3Dmc2@example.com RET=HDRS ENVID=QQ+2B314159 REQUIRETLS");
        MailParameters p = mail.parameters();
        assertThat(p.size()).hasValue(12345);
        assertThat(p.body()).contains(BodyType.EIGHT_BIT_MIME);
        assertThat(p.smtpUtf8()).isTrue();
        assertThat(p.auth()).contains("e=mc2@example.com");
        assertThat(p.ret()).contains(DsnReturn.HDRS);
        assertThat(p.envelopeId()).contains("QQ+314159");
        assertThat(p.requireTls()).isTrue();
    }

    @Test
    void authEmptyMailboxMeansUnknownSubmitter() throws Exception {
        var mail = (SmtpCommand.Mail) parse("MAIL FROM:<a@b.example> AUTH=<>");
        assertThat(mail.parameters().auth()).contains("");
    }

    @Test
    void rcptDsnParameters() throws Exception {
        var rcpt = (SmtpCommand.Rcpt) parse("RCPT TO:<c@d.example> NOTIFY=FAILURE,DELAY ORCPT=rfc822;Bob+2BSmith@Example.COM");
        assertThat(rcpt.parameters().notifyOn()).containsExactlyInAnyOrder(DsnNotify.FAILURE, DsnNotify.DELAY);
        assertThat(rcpt.parameters().originalRecipient())
                .contains(new OriginalRecipient("rfc822", "Bob+Smith@Example.COM"));
    }

    @Test
    void authInitialResponse() throws Exception {
        assertThat(parse("AUTH PLAIN")).isEqualTo(new SmtpCommand.Auth("PLAIN", Optional.empty()));
        assertThat(parse("AUTH plain =")).isEqualTo(new SmtpCommand.Auth("PLAIN", Optional.of("")));
        assertThat(parse("AUTH PLAIN AHRlc3QAMTIzNA==")).isEqualTo(new SmtpCommand.Auth("PLAIN", Optional.of("AHRlc3QAMTIzNA==")));
    }

    @Test
    void bdat() throws Exception {
        assertThat(parse("BDAT 1048576 LAST")).isEqualTo(new SmtpCommand.Bdat(1048576, true));
        assertThat(parse("BDAT 0")).isEqualTo(new SmtpCommand.Bdat(0, false));
    }

    @Test
    void lineLengthLimitCountsCrlf() throws Exception {
        SmtpCommandParser p = new SmtpCommandParser(SmtpParserConfig.defaults().withMaxLineLength(512));
        String ok = "NOOP " + "x".repeat(512 - 5 - 2);
        assertThat(p.parse((ok + "\r\n").getBytes(StandardCharsets.US_ASCII))).isInstanceOf(SmtpCommand.Noop.class);
        SmtpReply r = error(p, ok + "x");
        assertThat(r.code()).isEqualTo(500);
        assertThat(r.text()).contains("too long");
    }

    @Test
    void megabyteLineIsRejectedCheaply() {
        byte[] huge = new byte[1 << 20];
        java.util.Arrays.fill(huge, (byte) 'A');
        assertThatThrownBy(() -> parser.parse(huge)).isInstanceOf(SmtpSyntaxException.class)
                .hasMessageContaining("500");
    }

    @Test
    void leniencyIsReportedWhenUsed() throws Exception {
        parse("MAIL FROM: <a@b.example>");
        assertThat(used).containsExactly(SmtpLeniency.SPACE_AFTER_COLON);
        used.clear();
        parser.parse("QUIT\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(used).containsExactly(SmtpLeniency.LF_LINE_ENDING);
    }

    @Test
    void localPartLimits() throws Exception {
        String local64 = "a".repeat(64);
        String local65 = "a".repeat(65);
        assertThat(strict.parse(("RCPT TO:<" + local64 + "@example.com>\r\n").getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SmtpCommand.Rcpt.class);
        assertThat(error(strict, "RCPT TO:<" + local65 + "@example.com>").status())
                .isEqualTo(EnhancedStatusCode.BAD_DESTINATION_SYNTAX);
        // Tolerated with OVERSIZED_ADDRESS (SRS/VERP local parts), up to 256 octets.
        assertThat(parse("RCPT TO:<" + "b".repeat(256) + "@example.com>")).isInstanceOf(SmtpCommand.Rcpt.class);
        assertThat(used).contains(SmtpLeniency.OVERSIZED_ADDRESS);
        assertThat(error(parser, "RCPT TO:<" + "b".repeat(257) + "@example.com>").code()).isEqualTo(501);
    }

    @Test
    void domainAndLabelLimits() {
        String label64 = "a".repeat(64);
        assertThat(error(parser, "RCPT TO:<u@" + label64 + ".example>").code()).isEqualTo(501);
        String longDomain = ("a".repeat(60) + ".").repeat(5) + "example"; // > 255 octets
        assertThat(error(parser, "RCPT TO:<u@" + longDomain + ">").code()).isEqualTo(501);
    }

    @Test
    void tooManyParameters() {
        String params = " X-A=1".repeat(17);
        assertThat(error(parser, "MAIL FROM:<a@b.example>" + params).code()).isEqualTo(501);
    }

    @Test
    void deepSourceRouteIsRejected() {
        String route = "@a.example,".repeat(17) + "@b.example:";
        assertThat(error(parser, "RCPT TO:<" + route + "u@c.example>").code()).isEqualTo(501);
    }

    @Test
    void utf8RcptOnlyInsideSmtpUtf8Transaction() throws Exception {
        byte[] line = "RCPT TO:<δοκιμή@παράδειγμα.δοκιμή>\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(SmtpSyntaxException.class, () -> parser.parse(line)).reply().status())
                .isEqualTo(EnhancedStatusCode.NON_ASCII_ADDRESS);
        var rcpt = (SmtpCommand.Rcpt) parser.parse(line, 0, line.length, true);
        EmailAddress a = rcpt.forwardPath().mailbox();
        assertThat(a.localPart()).isEqualTo("δοκιμή");
        assertThat(a.isInternationalized()).isTrue();
        assertThat(a.asciiDomain()).startsWith("xn--").endsWith(".xn--jxalpdlp");
    }

    @Test
    void disabledExtensionsMakeTheirParametersUnknown() {
        SmtpCommandParser noSize = new SmtpCommandParser(SmtpParserConfig.defaults()
                .withExtensions(EnumSet.complementOf(EnumSet.of(EsmtpExtension.SIZE, EsmtpExtension.REQUIRETLS,
                        EsmtpExtension.AUTH))));
        assertThat(error(noSize, "MAIL FROM:<a@b.example> SIZE=10").code()).isEqualTo(555);
        assertThat(error(noSize, "MAIL FROM:<a@b.example> REQUIRETLS").code()).isEqualTo(555);
        assertThat(error(noSize, "MAIL FROM:<a@b.example> AUTH=<>").code()).isEqualTo(555);
        SmtpCommandParser none = new SmtpCommandParser(SmtpParserConfig.defaults().withExtensions(Set.of()));
        assertThat(error(none, "MAIL FROM:<a@b.example> BODY=8BITMIME").code()).isEqualTo(555);
    }

    @Test
    void randomGarbageOnlyEverYieldsSyntaxErrors() {
        Random random = new Random(20261128);
        byte[] alphabet = "MAILFROMRCPTTO:<>@.\"\\[]=+ ,;!%-_0123456789abcxyzSIZEBODYNOTIFYORCPT\r\n\0\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        String[] prefixes = {"MAIL FROM:", "RCPT TO:", "EHLO ", "AUTH ", "BDAT ", "", "MAIL FROM:<a@b.c> ", "RCPT TO:<"};
        for (int i = 0; i < 20000; i++) {
            String prefix = prefixes[random.nextInt(prefixes.length)];
            byte[] tail = new byte[random.nextInt(80)];
            for (int j = 0; j < tail.length; j++) {
                tail[j] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            byte[] line = new byte[prefix.length() + tail.length];
            System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, line, 0, prefix.length());
            System.arraycopy(tail, 0, line, prefix.length(), tail.length);
            try {
                SmtpCommand c = parser.parse(line, 0, line.length, random.nextBoolean());
                // Whatever parses must format and parse back to itself.
                byte[] again = SmtpCommandFormatter.encode(c);
                assertThat(parser.parse(again, 0, again.length, true)).isEqualTo(c);
            } catch (SmtpSyntaxException e) {
                assertThat(e.reply().code()).isBetween(500, 555);
            }
        }
    }
}
