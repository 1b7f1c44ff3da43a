package org.parley.pop3.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.parley.directory.sasl.SaslCodec;

/**
 * Turns one command line (without its CRLF) into a {@link Pop3Command} or a
 * {@link Pop3SyntaxException}. Pure: no I/O, no state besides the last leniency used; not
 * thread-safe (one per session).
 *
 * <p>Bounds: the line is at most {@link #MAX_LINE} octets (the session's reader enforces the same
 * limit before the parser sees it), every argument but PASS's at most {@link #MAX_ARGUMENT}.
 * Control characters (NUL, CR, TAB …) and malformed UTF-8 are rejected.
 */
public final class Pop3Parser {
    /**
     * Longest command line accepted, CRLF excluded. RFC 2449 §4 allows 255 octets; more is
     * accepted so a PASS of a long password (up to 1024 characters) still fits.
     */
    public static final int MAX_LINE = 2048;
    /** Longest argument except PASS's, in characters (RFC 2449 §4: up to 255 octets). */
    public static final int MAX_ARGUMENT = 255;
    /** Longest SASL mechanism name (RFC 4422 §3.1: 1 to 20 characters). */
    private static final int MAX_MECHANISM = 20;

    private final Set<Leniency> leniencies;
    private Leniency lastLeniency;

    public Pop3Parser(Set<Leniency> leniencies) {
        this.leniencies = leniencies.isEmpty() ? EnumSet.noneOf(Leniency.class) : EnumSet.copyOf(leniencies);
    }

    /** A parser with every leniency of {@link Leniency}. */
    public static Pop3Parser lenient() {
        return new Pop3Parser(EnumSet.allOf(Leniency.class));
    }

    /** The leniency the last successful {@link #parse} needed, or null. */
    public Leniency lastLeniency() {
        return lastLeniency;
    }

    public Pop3Command parse(byte[] line) throws Pop3SyntaxException {
        lastLeniency = null;
        if (line.length > MAX_LINE) {
            throw bad("line too long");
        }
        for (byte b : line) {
            if ((b >= 0 && b < 0x20) || b == 0x7f) {
                throw bad("control characters are not allowed");
            }
        }
        String text = utf8(line);
        int space = text.indexOf(' ');
        String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? null : text.substring(space + 1);
        if (keyword.equals("PASS")) {
            // RFC 1939 §7: a server may treat spaces in the argument as part of the password
            if (rest == null || rest.isEmpty()) {
                throw bad("PASS needs a password");
            }
            return new Pop3Command.Pass(rest);
        }
        java.util.List<String> args = arguments(rest);
        return switch (keyword) {
            case "USER" -> new Pop3Command.User(one(args, "USER needs a name"));
            case "APOP" -> apop(args);
            case "AUTH" -> auth(args);
            case "CAPA" -> none(args, new Pop3Command.Capa());
            case "STLS" -> none(args, new Pop3Command.Stls());
            case "STAT" -> none(args, new Pop3Command.Stat());
            case "LIST" -> new Pop3Command.List(optionalMessage(args));
            case "UIDL" -> new Pop3Command.Uidl(optionalMessage(args));
            case "RETR" -> new Pop3Command.Retr(message(one(args, "RETR needs a message number")));
            case "DELE" -> new Pop3Command.Dele(message(one(args, "DELE needs a message number")));
            case "TOP" -> top(args);
            case "RSET" -> none(args, new Pop3Command.Rset());
            case "NOOP" -> none(args, new Pop3Command.Noop());
            case "QUIT" -> none(args, new Pop3Command.Quit());
            default -> throw new Pop3SyntaxException("unknown command", true);
        };
    }

    private java.util.List<String> arguments(String rest) throws Pop3SyntaxException {
        if (rest == null) {
            return java.util.List.of();
        }
        String trimmed = rest;
        if (trimmed.isEmpty() || trimmed.endsWith(" ")) {
            if (!leniencies.contains(Leniency.TRAILING_SPACE)) {
                throw bad("trailing space");
            }
            trimmed = trimmed.stripTrailing();
            lastLeniency = Leniency.TRAILING_SPACE;
        }
        if (trimmed.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> out = new ArrayList<>(2);
        for (String a : trimmed.split(" ", -1)) {
            if (a.isEmpty()) {
                // RFC 1939 §3: keywords and arguments are separated by a single space
                throw bad("arguments are separated by one space");
            }
            if (a.length() > MAX_ARGUMENT) {
                throw bad("argument too long");
            }
            if (out.size() == 2) {
                throw bad("too many arguments");
            }
            out.add(a);
        }
        return out;
    }

    private static Pop3Command none(java.util.List<String> args, Pop3Command c) throws Pop3SyntaxException {
        if (!args.isEmpty()) {
            throw bad(c.keyword() + " takes no arguments");
        }
        return c;
    }

    private static String one(java.util.List<String> args, String missing) throws Pop3SyntaxException {
        if (args.isEmpty()) {
            throw bad(missing);
        }
        if (args.size() > 1) {
            throw bad("too many arguments");
        }
        return args.getFirst();
    }

    private static int optionalMessage(java.util.List<String> args) throws Pop3SyntaxException {
        return args.isEmpty() ? 0 : message(one(args, ""));
    }

    private static Pop3Command apop(java.util.List<String> args) throws Pop3SyntaxException {
        if (args.size() != 2) {
            throw bad("APOP needs a name and a digest");
        }
        String digest = args.get(1);
        // RFC 1939 §7: the digest is the MD5 value in hexadecimal, 32 characters
        if (digest.length() != 32 || !digest.chars().allMatch(Pop3Parser::isHex)) {
            throw bad("the APOP digest is 32 hexadecimal digits");
        }
        return new Pop3Command.Apop(args.get(0), digest);
    }

    private Pop3Command auth(java.util.List<String> args) throws Pop3SyntaxException {
        if (args.isEmpty()) {
            if (!leniencies.contains(Leniency.BARE_AUTH)) {
                throw bad("AUTH needs a mechanism");
            }
            lastLeniency = Leniency.BARE_AUTH;
            return new Pop3Command.Auth(null, null);
        }
        String mechanism = args.get(0).toUpperCase(Locale.ROOT);
        // RFC 4422 §3.1: 1 to 20 of upper-case letters, digits, hyphens and underscores
        if (mechanism.length() > MAX_MECHANISM
                || !mechanism.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            throw bad("invalid mechanism name");
        }
        if (args.size() == 1) {
            return new Pop3Command.Auth(mechanism, null);
        }
        try {
            // RFC 5034 §4: "=" is an empty initial response
            return new Pop3Command.Auth(mechanism, SaslCodec.decode(args.get(1)));
        } catch (IllegalArgumentException e) {
            throw bad("the initial response is not base64");
        }
    }

    private static Pop3Command top(java.util.List<String> args) throws Pop3SyntaxException {
        if (args.size() != 2) {
            throw bad("TOP needs a message number and a line count");
        }
        int message = message(args.get(0));
        String n = args.get(1);
        if (!n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("invalid line count");
        }
        String digits = n.replaceFirst("^0+(?=.)", "");
        int lines = digits.length() > 10 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digits));
        return new Pop3Command.Top(message, lines);
    }

    /** A message number: digits only, 1 … 2^31-1 (RFC 1939 §3: numbers start at 1). */
    static int message(String s) throws Pop3SyntaxException {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("invalid message number");
        }
        long n = Long.parseLong(s);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw bad("invalid message number");
        }
        return (int) n;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String utf8(byte[] line) throws Pop3SyntaxException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bad("invalid UTF-8");
        }
    }

    private static Pop3SyntaxException bad(String message) {
        return new Pop3SyntaxException(message, false);
    }
}
