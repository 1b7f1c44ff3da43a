package org.parley.mail.smtp.codec;

import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of a {@link SmtpCommandParser}.
 *
 * @param maxLineLength longest accepted command line in octets, CRLF included. RFC 5321
 *                      §4.5.3.1.4 sets 512 and lets extensions raise it: each MAIL/RCPT parameter
 *                      adds to the line, so the default is {@value #DEFAULT_MAX_LINE_LENGTH}.
 * @param leniencies    tolerated deviations from the RFC grammar
 * @param extensions    extensions whose parameters MAIL and RCPT may carry
 */
public record SmtpParserConfig(int maxLineLength, Set<SmtpLeniency> leniencies, Set<EsmtpExtension> extensions) {

    /** 512 octets plus room for SIZE, BODY, AUTH, RET, ENVID, SMTPUTF8, NOTIFY, ORCPT. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 2048;

    public SmtpParserConfig {
        if (maxLineLength < 512 || maxLineLength > 65536) {
            throw new IllegalArgumentException("maxLineLength must be 512..65536: " + maxLineLength);
        }
        leniencies = leniencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(leniencies));
        extensions = extensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extensions));
    }

    /**
     * Every extension enabled; tolerates a space after the colon, trailing whitespace, LF-only
     * command lines and oversized addresses; still requires angle brackets around paths.
     */
    public static SmtpParserConfig defaults() {
        return new SmtpParserConfig(DEFAULT_MAX_LINE_LENGTH,
                EnumSet.of(SmtpLeniency.SPACE_AFTER_COLON, SmtpLeniency.TRAILING_WHITESPACE,
                        SmtpLeniency.LF_LINE_ENDING, SmtpLeniency.OVERSIZED_ADDRESS),
                EnumSet.allOf(EsmtpExtension.class));
    }

    /** RFC 5321 to the letter: no leniency, every extension enabled. */
    public static SmtpParserConfig strict() {
        return new SmtpParserConfig(DEFAULT_MAX_LINE_LENGTH, Set.of(), EnumSet.allOf(EsmtpExtension.class));
    }

    public SmtpParserConfig withLeniencies(Set<SmtpLeniency> set) {
        return new SmtpParserConfig(maxLineLength, set, extensions);
    }

    public SmtpParserConfig withExtensions(Set<EsmtpExtension> set) {
        return new SmtpParserConfig(maxLineLength, leniencies, set);
    }

    public SmtpParserConfig withMaxLineLength(int octets) {
        return new SmtpParserConfig(octets, leniencies, extensions);
    }
}
