package org.parley.mail.smtp.codec;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code Mail-parameters} / {@code Rcpt-parameters} (RFC 5321 §4.1.2) into typed records.
 * Stateless apart from the configuration.
 */
final class EsmtpParameterParser {

    /** More parameters than every known extension defines is abuse. */
    private static final int MAX_PARAMETERS = 16;
    /** RFC 3461 §4.4: ENVID at most 100 characters. */
    private static final int MAX_ENVID = 100;
    /** RFC 3461 §4.2: ORCPT at most 500 characters. */
    private static final int MAX_ORCPT = 500;

    private final Set<EsmtpExtension> extensions;

    EsmtpParameterParser(Set<EsmtpExtension> extensions) {
        this.extensions = extensions;
    }

    /** {@code rest} is what follows the path: empty or SP-separated parameters. */
    MailParameters parseMail(String rest) throws SmtpSyntaxException {
        MailParameters p = MailParameters.NONE;
        Set<String> seen = new HashSet<>();
        for (String[] kv : split(rest)) {
            String key = kv[0];
            String value = kv[1];
            if (!seen.add(key)) {
                throw SmtpSyntaxException.badArguments("Duplicate parameter " + key);
            }
            switch (key) {
                case "SIZE" -> {
                    require(EsmtpExtension.SIZE, key);
                    p = p.withSize(size(value));
                }
                case "BODY" -> {
                    require(EsmtpExtension.EIGHT_BIT_MIME, key);
                    p = p.withBody(body(value));
                }
                case "SMTPUTF8" -> {
                    require(EsmtpExtension.SMTPUTF8, key);
                    noValue(key, value);
                    p = p.withSmtpUtf8();
                }
                case "AUTH" -> {
                    require(EsmtpExtension.AUTH, key);
                    String mailbox = xtext(key, value);
                    // RFC 4954 §5: AUTH=<> means the submitter is unknown or not trusted.
                    p = p.withAuth(mailbox.equals("<>") ? "" : mailbox);
                }
                case "RET" -> {
                    require(EsmtpExtension.DSN, key);
                    p = p.withRet(switch (upper(value(key, value))) {
                        case "FULL" -> DsnReturn.FULL;
                        case "HDRS" -> DsnReturn.HDRS;
                        default -> throw SmtpSyntaxException.badArguments("RET must be FULL or HDRS");
                    });
                }
                case "ENVID" -> {
                    require(EsmtpExtension.DSN, key);
                    if (value(key, value).length() > MAX_ENVID) {
                        throw SmtpSyntaxException.badArguments("ENVID longer than 100 characters");
                    }
                    p = p.withEnvelopeId(xtext(key, value));
                }
                case "REQUIRETLS" -> {
                    require(EsmtpExtension.REQUIRETLS, key);
                    noValue(key, value);
                    p = p.withRequireTls();
                }
                default -> throw SmtpSyntaxException.unknownParameter(key);
            }
        }
        return p;
    }

    RcptParameters parseRcpt(String rest) throws SmtpSyntaxException {
        RcptParameters p = RcptParameters.NONE;
        Set<String> seen = new HashSet<>();
        for (String[] kv : split(rest)) {
            String key = kv[0];
            String value = kv[1];
            if (!seen.add(key)) {
                throw SmtpSyntaxException.badArguments("Duplicate parameter " + key);
            }
            switch (key) {
                case "NOTIFY" -> {
                    require(EsmtpExtension.DSN, key);
                    p = p.withNotify(notify(value(key, value)));
                }
                case "ORCPT" -> {
                    require(EsmtpExtension.DSN, key);
                    p = p.withOriginalRecipient(orcpt(value(key, value)));
                }
                default -> throw SmtpSyntaxException.unknownParameter(key);
            }
        }
        return p;
    }

    /** RFC 5321 §4.1.2 esmtp-param = esmtp-keyword ["=" esmtp-value], separated by single SP. */
    private static java.util.List<String[]> split(String rest) throws SmtpSyntaxException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        if (rest.isEmpty()) {
            return out;
        }
        if (rest.charAt(0) != ' ') {
            throw SmtpSyntaxException.badArguments("Expected a space after the path");
        }
        String[] parts = rest.substring(1).split(" ", -1);
        if (parts.length > MAX_PARAMETERS) {
            throw SmtpSyntaxException.badArguments("Too many parameters");
        }
        for (String part : parts) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : part.substring(eq + 1);
            if (!isKeyword(key)) {
                throw SmtpSyntaxException.badArguments(part.isEmpty() ? "Empty parameter" : "Bad parameter keyword");
            }
            if (value != null && !isValue(value)) {
                throw SmtpSyntaxException.badArguments("Bad value for parameter " + upper(key));
            }
            out.add(new String[] {upper(key), value});
        }
        return out;
    }

    /**
     * esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"), the same grammar as RFC 5321
     * §4.1.1.1 ehlo-keyword (so {@link EhloCapabilities} checks with it too).
     */
    static boolean isKeyword(String s) {
        if (s.isEmpty() || s.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** esmtp-value = 1*(%d33-60 / %d62-126), RFC 6531 §3.3 adds UTF8-non-ascii. */
    private static boolean isValue(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && (c < 33 || c > 126 || c == '=')) {
                return false;
            }
        }
        return true;
    }

    private void require(EsmtpExtension extension, String key) throws SmtpSyntaxException {
        if (!extensions.contains(extension)) {
            throw SmtpSyntaxException.unknownParameter(key);
        }
    }

    private static String value(String key, String value) throws SmtpSyntaxException {
        if (value == null) {
            throw SmtpSyntaxException.badArguments("Parameter " + key + " needs a value");
        }
        return value;
    }

    private static void noValue(String key, String value) throws SmtpSyntaxException {
        if (value != null) {
            throw SmtpSyntaxException.badArguments("Parameter " + key + " takes no value");
        }
    }

    private static long size(String value) throws SmtpSyntaxException {
        // RFC 1870 §3: size-value = 1*20DIGIT
        if (value == null || value.isEmpty() || value.length() > 20) {
            throw SmtpSyntaxException.badArguments("SIZE needs 1 to 20 digits");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw SmtpSyntaxException.badArguments("SIZE needs 1 to 20 digits");
            }
        }
        return value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
    }

    private BodyType body(String value) throws SmtpSyntaxException {
        return switch (upper(value("BODY", value))) {
            case "7BIT" -> BodyType.SEVEN_BIT;
            case "8BITMIME" -> BodyType.EIGHT_BIT_MIME;
            case "BINARYMIME" -> {
                if (!extensions.contains(EsmtpExtension.BINARY_MIME)) {
                    throw SmtpSyntaxException.unknownParameter("BODY=BINARYMIME");
                }
                yield BodyType.BINARY_MIME;
            }
            default -> throw SmtpSyntaxException.badArguments("BODY must be 7BIT, 8BITMIME or BINARYMIME");
        };
    }

    private static String xtext(String key, String value) throws SmtpSyntaxException {
        try {
            return Xtext.decode(value(key, value));
        } catch (IllegalArgumentException e) {
            throw SmtpSyntaxException.badArguments("Bad xtext in " + key + ": " + e.getMessage());
        }
    }

    /** RFC 3461 §4.1: "NEVER" / 1#( "SUCCESS" / "FAILURE" / "DELAY" ). */
    private static Set<DsnNotify> notify(String value) throws SmtpSyntaxException {
        EnumSet<DsnNotify> set = EnumSet.noneOf(DsnNotify.class);
        for (String item : value.split(",", -1)) {
            DsnNotify n = switch (upper(item)) {
                case "NEVER" -> DsnNotify.NEVER;
                case "SUCCESS" -> DsnNotify.SUCCESS;
                case "FAILURE" -> DsnNotify.FAILURE;
                case "DELAY" -> DsnNotify.DELAY;
                default -> throw SmtpSyntaxException.badArguments("NOTIFY must be NEVER or SUCCESS,FAILURE,DELAY");
            };
            if (!set.add(n)) {
                throw SmtpSyntaxException.badArguments("NOTIFY lists " + n + " twice");
            }
        }
        if (set.contains(DsnNotify.NEVER) && set.size() > 1) {
            throw SmtpSyntaxException.badArguments("NOTIFY=NEVER cannot be combined");
        }
        return set;
    }

    /** RFC 3461 §4.2: ORCPT = addr-type ";" xtext, addr-type an atom. */
    private static OriginalRecipient orcpt(String value) throws SmtpSyntaxException {
        if (value.length() > MAX_ORCPT) {
            throw SmtpSyntaxException.badArguments("ORCPT longer than 500 characters");
        }
        int semi = value.indexOf(';');
        if (semi <= 0) {
            throw SmtpSyntaxException.badArguments("ORCPT must be addr-type;address");
        }
        String type = value.substring(0, semi);
        for (int i = 0; i < type.length(); i++) {
            if (!SmtpGrammar.isAtext(type.charAt(i), false)) {
                throw SmtpSyntaxException.badArguments("Bad ORCPT address type");
            }
        }
        String address = xtext("ORCPT", value.substring(semi + 1));
        if (address.isEmpty()) {
            throw SmtpSyntaxException.badArguments("Empty ORCPT address");
        }
        return new OriginalRecipient(type, address);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** True when any parameter value holds non-ASCII (only allowed with SMTPUTF8). */
    static boolean hasNonAscii(String rest) {
        return !EmailAddress.isAscii(rest);
    }
}
