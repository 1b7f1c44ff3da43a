package org.parley.mail.smtp.session;

import java.time.Duration;
import org.parley.mail.smtp.codec.BareLineEndings;
import org.parley.mail.smtp.codec.SmtpParserConfig;

/**
 * What one SMTP/LMTP listener does. Immutable; one per {@link org.parley.mail.smtp.server.SmtpServer}.
 *
 * @param flavour            MX, submission or LMTP
 * @param serverName         host name in the greeting, EHLO reply and {@code Received:} lines
 * @param maxMessageSize     RFC 1870 SIZE limit in octets of the message as received; advertised in
 *                           EHLO. Kept below the store's append limit so the trace headers and
 *                           {@code Return-Path:} added on the way still fit
 * @param maxRecipients      accepted recipients per transaction; more get {@code 452 4.5.3}
 *                           (RFC 5321 §4.5.3.1.10 requires at least 100)
 * @param maxReceivedHeaders a message that already has more {@code Received:} fields is a loop
 *                           ({@code 554 5.4.6}, RFC 5321 §6.3)
 * @param maxErrors          negative replies a connection may collect before it is closed with 421
 * @param commandTimeout     how long to wait for the next command (RFC 5321 §4.5.3.2.7: 5 minutes)
 * @param dataTimeout        how long to wait for the next block of DATA or BDAT content
 *                           (RFC 5321 §4.5.3.2.5–6: 3 and 10 minutes)
 * @param bareLineEndings    what to do with a bare CR or LF in the message content
 * @param parser             command line limits and leniencies
 */
public record SmtpConfig(
        SmtpFlavour flavour,
        String serverName,
        long maxMessageSize,
        int maxRecipients,
        int maxReceivedHeaders,
        int maxErrors,
        Duration commandTimeout,
        Duration dataTimeout,
        BareLineEndings bareLineEndings,
        SmtpParserConfig parser) {

    /** 50 MiB: below the store's 64 MiB append limit with room for trace headers. */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 50L * 1024 * 1024;

    public SmtpConfig {
        if (flavour == null || serverName == null || serverName.isBlank() || bareLineEndings == null
                || parser == null || commandTimeout == null || dataTimeout == null) {
            throw new IllegalArgumentException("incomplete SMTP configuration");
        }
        if (maxMessageSize > Integer.MAX_VALUE - 16L * 1024 * 1024) {
            throw new IllegalArgumentException("maxMessageSize must stay below 2 GiB (messages are held in memory)");
        }
        if (maxMessageSize < 1 || maxRecipients < 1 || maxReceivedHeaders < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("SMTP limits must be positive");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero() || dataTimeout.isNegative() || dataTimeout.isZero()) {
            throw new IllegalArgumentException("SMTP timeouts must be positive");
        }
    }

    /**
     * The defaults of a flavour. Bare line endings: MX rejects them (closes SMTP smuggling and
     * keeps DKIM signatures intact); submission and LMTP normalize them, since their clients are
     * authenticated users' programs or a trusted local MTA that already accepted the message.
     */
    public static SmtpConfig defaults(SmtpFlavour flavour, String serverName) {
        return new SmtpConfig(flavour, serverName, DEFAULT_MAX_MESSAGE_SIZE,
                flavour == SmtpFlavour.LMTP ? 1000 : 100, 50,
                flavour == SmtpFlavour.LMTP ? 100 : 20,
                Duration.ofMinutes(5), Duration.ofMinutes(10),
                flavour == SmtpFlavour.MX ? BareLineEndings.REJECT : BareLineEndings.NORMALIZE,
                SmtpParserConfig.defaults());
    }

    /** Room left in the store's append limit for the fields added on the way in (trace, Return-Path). */
    public static final long HEADER_HEADROOM = 64 * 1024;

    /**
     * This configuration with the SIZE limit lowered, if needed, so that every message it accepts
     * also fits the store's append limit after the trace fields are added.
     */
    public SmtpConfig fittingStore(long appendLimit) {
        return withMaxMessageSize(Math.max(1, Math.min(maxMessageSize, appendLimit - HEADER_HEADROOM)));
    }

    public SmtpConfig withMaxMessageSize(long octets) {
        return new SmtpConfig(flavour, serverName, octets, maxRecipients, maxReceivedHeaders, maxErrors,
                commandTimeout, dataTimeout, bareLineEndings, parser);
    }

    public SmtpConfig withMaxRecipients(int count) {
        return new SmtpConfig(flavour, serverName, maxMessageSize, count, maxReceivedHeaders, maxErrors,
                commandTimeout, dataTimeout, bareLineEndings, parser);
    }

    public SmtpConfig withTimeouts(Duration command, Duration data) {
        return new SmtpConfig(flavour, serverName, maxMessageSize, maxRecipients, maxReceivedHeaders, maxErrors,
                command, data, bareLineEndings, parser);
    }
}
