package org.parley.mail.smtp.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns one command line into a {@link SmtpCommand} or a {@link SmtpSyntaxException} carrying the
 * reply to send. Pure: no I/O, no session state beyond what the caller passes in.
 *
 * <p>Thread-safe when the leniency listener is: the parser holds only its configuration.
 */
public final class SmtpCommandParser {

    private final SmtpParserConfig config;
    private final Consumer<SmtpLeniency> onLeniency;
    private final EsmtpParameterParser parameters;

    public SmtpCommandParser(SmtpParserConfig config) {
        this(config, leniency -> { });
    }

    /**
     * @param onLeniency called (on the parsing thread) each time a tolerated deviation is accepted,
     *                   so the session can log it with the client's address
     */
    public SmtpCommandParser(SmtpParserConfig config, Consumer<SmtpLeniency> onLeniency) {
        this.config = config;
        this.onLeniency = onLeniency;
        this.parameters = new EsmtpParameterParser(config.extensions());
    }

    /** Parses a line outside an SMTPUTF8 transaction. */
    public SmtpCommand parse(byte[] line) throws SmtpSyntaxException {
        return parse(line, 0, line.length, false);
    }

    /**
     * Parses one command line.
     *
     * @param line                 the line, with or without its CRLF
     * @param smtpUtf8Transaction  true after a MAIL FROM with SMTPUTF8 was accepted: RCPT may then
     *                             carry UTF-8 addresses (RFC 6531 §3.4). MAIL itself decides from
     *                             its own parameters.
     */
    public SmtpCommand parse(byte[] line, int offset, int length, boolean smtpUtf8Transaction)
            throws SmtpSyntaxException {
        // RFC 5321 §4.5.3.1.4: command line length limit, CRLF included.
        if (length > config.maxLineLength()) {
            throw SmtpSyntaxException.badLine("Line too long");
        }
        int end = offset + length;
        if (end - offset >= 2 && line[end - 2] == '\r' && line[end - 1] == '\n') {
            end -= 2;
        } else if (end > offset && line[end - 1] == '\n') {
            lenient(SmtpLeniency.LF_LINE_ENDING, "Line must end with CRLF");
            end -= 1;
        }
        for (int i = offset; i < end; i++) {
            byte b = line[i];
            if (b == 0) {
                throw SmtpSyntaxException.badLine("NUL character in command");
            }
            if ((b >= 0 && b < 0x20 && b != '\t') || b == 0x7f) {
                throw SmtpSyntaxException.badLine("Control character in command");
            }
        }
        if (end > offset && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
            lenient(SmtpLeniency.TRAILING_WHITESPACE, "Trailing whitespace");
            while (end > offset && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
                end--;
            }
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, offset, end - offset)).toString();
        } catch (CharacterCodingException e) {
            throw SmtpSyntaxException.badLine("Invalid UTF-8 in command");
        }
        return parse(s, smtpUtf8Transaction);
    }

    private SmtpCommand parse(String s, boolean utf8Transaction) throws SmtpSyntaxException {
        int sp = s.indexOf(' ');
        String verb = (sp < 0 ? s : s.substring(0, sp));
        if (verb.isEmpty() || verb.length() > 8 || !EmailAddress.isAscii(verb)) {
            throw SmtpSyntaxException.unknownCommand();
        }
        String arg = sp < 0 ? null : s.substring(sp + 1);
        return switch (verb.toUpperCase(Locale.ROOT)) {
            case "HELO" -> new SmtpCommand.Helo(domainArgument("HELO", arg));
            case "EHLO" -> new SmtpCommand.Ehlo(domainArgument("EHLO", arg));
            case "LHLO" -> new SmtpCommand.Lhlo(domainArgument("LHLO", arg));
            case "MAIL" -> mail(s);
            case "RCPT" -> rcpt(s, utf8Transaction);
            case "DATA" -> noArgument(arg, new SmtpCommand.Data());
            case "RSET" -> noArgument(arg, new SmtpCommand.Rset());
            case "QUIT" -> noArgument(arg, new SmtpCommand.Quit());
            case "STARTTLS" -> noArgument(arg, new SmtpCommand.StartTls());
            case "NOOP" -> new SmtpCommand.Noop(arg == null ? "" : arg);
            case "HELP" -> new SmtpCommand.Help(arg == null ? "" : arg);
            case "VRFY" -> new SmtpCommand.Vrfy(required("VRFY", arg));
            case "EXPN" -> new SmtpCommand.Expn(required("EXPN", arg));
            case "BDAT" -> bdat(arg);
            case "AUTH" -> auth(arg);
            default -> throw SmtpSyntaxException.unknownCommand();
        };
    }

    /** RFC 5321 §4.1.1.1: "EHLO" SP ( Domain / address-literal ); checked by the session, if at all. */
    private static String domainArgument(String verb, String arg) throws SmtpSyntaxException {
        if (arg == null || arg.isEmpty() || arg.indexOf(' ') >= 0 || arg.indexOf('\t') >= 0) {
            throw new SmtpSyntaxException(SmtpReply.of(501, EnhancedStatusCode.INVALID_ARGUMENTS,
                    "Syntax: " + verb + " hostname"));
        }
        return arg;
    }

    private static String required(String verb, String arg) throws SmtpSyntaxException {
        if (arg == null || arg.isBlank()) {
            throw SmtpSyntaxException.badArguments("Syntax: " + verb + " string");
        }
        return arg;
    }

    private static SmtpCommand noArgument(String arg, SmtpCommand command) throws SmtpSyntaxException {
        if (arg != null) {
            throw SmtpSyntaxException.badArguments(command.verb() + " takes no arguments");
        }
        return command;
    }

    private SmtpCommand mail(String s) throws SmtpSyntaxException {
        // RFC 5321 §4.1.1.2: "MAIL FROM:" Reverse-path [SP Mail-parameters]
        if (!s.regionMatches(true, 4, " FROM:", 0, 6)) {
            throw SmtpSyntaxException.badArguments("Syntax: MAIL FROM:<address>");
        }
        // The path is parsed as if SMTPUTF8 were given; whether it was is known only after the
        // parameters, which follow the path.
        PathParser paths = new PathParser(s, afterColon(s, 10), true, true, config.leniencies(), onLeniency);
        MailPath path = paths.parse();
        String rest = s.substring(paths.end());
        MailParameters params = parameters.parseMail(rest);
        boolean nonAscii = path.mailbox() != null && path.mailbox().isInternationalized()
                || path.route().stream().anyMatch(d -> !EmailAddress.isAscii(d))
                || !EmailAddress.isAscii(rest);
        // RFC 6531 §3.4: UTF-8 in the envelope only with the SMTPUTF8 parameter.
        if (nonAscii && !params.smtpUtf8()) {
            throw SmtpSyntaxException.nonAsciiAddress();
        }
        return new SmtpCommand.Mail(path, params);
    }

    private SmtpCommand rcpt(String s, boolean utf8) throws SmtpSyntaxException {
        // RFC 5321 §4.1.1.3: "RCPT TO:" ( "<Postmaster@" Domain ">" / "<Postmaster>" / Forward-path )
        if (!s.regionMatches(true, 4, " TO:", 0, 4)) {
            throw SmtpSyntaxException.badArguments("Syntax: RCPT TO:<address>");
        }
        PathParser paths = new PathParser(s, afterColon(s, 8), false, utf8, config.leniencies(), onLeniency);
        MailPath path = paths.parse();
        String rest = s.substring(paths.end());
        if (!utf8 && !EmailAddress.isAscii(rest)) {
            throw SmtpSyntaxException.badArguments("Non-ASCII parameter value without SMTPUTF8");
        }
        return new SmtpCommand.Rcpt(path, parameters.parseRcpt(rest));
    }

    private int afterColon(String s, int pos) throws SmtpSyntaxException {
        if (pos < s.length() && s.charAt(pos) == ' ') {
            lenient(SmtpLeniency.SPACE_AFTER_COLON, "No space allowed after the colon");
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
        return pos;
    }

    /** RFC 3030 §2: bdat-cmd = "BDAT" SP chunk-size [ SP end-marker ]. */
    private static SmtpCommand bdat(String arg) throws SmtpSyntaxException {
        if (arg == null) {
            throw SmtpSyntaxException.badArguments("Syntax: BDAT size [LAST]");
        }
        String[] parts = arg.split(" ", -1);
        if (parts.length > 2 || parts.length == 2 && !parts[1].equalsIgnoreCase("LAST")) {
            throw SmtpSyntaxException.badArguments("Syntax: BDAT size [LAST]");
        }
        String digits = parts[0];
        if (digits.isEmpty() || digits.length() > 18) {
            throw SmtpSyntaxException.badArguments("BDAT chunk size must be 1 to 18 digits");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw SmtpSyntaxException.badArguments("BDAT chunk size must be digits");
            }
        }
        return new SmtpCommand.Bdat(Long.parseLong(digits), parts.length == 2);
    }

    /** RFC 4954 §4: "AUTH" SP sasl-mech [SP initial-response]; initial-response = base64 / "=". */
    private static SmtpCommand auth(String arg) throws SmtpSyntaxException {
        if (arg == null) {
            throw SmtpSyntaxException.badArguments("Syntax: AUTH mechanism [initial-response]");
        }
        int sp = arg.indexOf(' ');
        String mech = (sp < 0 ? arg : arg.substring(0, sp)).toUpperCase(Locale.ROOT);
        // RFC 4422 §3.1: sasl-mech = 1*20mech-char; mech-char = UPPER-ALPHA / DIGIT / "-" / "_"
        if (mech.isEmpty() || mech.length() > 20) {
            throw SmtpSyntaxException.badArguments("Bad SASL mechanism name");
        }
        for (int i = 0; i < mech.length(); i++) {
            char c = mech.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw SmtpSyntaxException.badArguments("Bad SASL mechanism name");
            }
        }
        if (sp < 0) {
            return new SmtpCommand.Auth(mech, Optional.empty());
        }
        String initial = arg.substring(sp + 1);
        if (initial.equals("=")) {
            return new SmtpCommand.Auth(mech, Optional.of(""));
        }
        if (!isBase64(initial)) {
            throw SmtpSyntaxException.badArguments("Initial response must be base64 or =");
        }
        return new SmtpCommand.Auth(mech, Optional.of(initial));
    }

    private static boolean isBase64(String s) {
        if (s.isEmpty() || s.length() % 4 != 0) {
            return false;
        }
        int pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
        for (int i = 0; i < s.length() - pad; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private void lenient(SmtpLeniency leniency, String strictError) throws SmtpSyntaxException {
        if (!config.leniencies().contains(leniency)) {
            throw leniency == SmtpLeniency.SPACE_AFTER_COLON
                    ? SmtpSyntaxException.badArguments(strictError)
                    : SmtpSyntaxException.badLine(strictError);
        }
        onLeniency.accept(leniency);
    }
}
