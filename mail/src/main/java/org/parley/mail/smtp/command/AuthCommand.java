package org.parley.mail.smtp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parley.core.io.LineTooLongException;
import org.parley.directory.sasl.SaslCodec;
import org.parley.directory.sasl.SaslServer;
import org.parley.directory.sasl.SaslStep;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 4954 §4 AUTH: drives a shared SASL mechanism ({@link org.parley.directory.sasl}) with
 * {@code 334} challenges. Throttled logins get {@code 454 4.7.0} whatever the credentials, wrong
 * ones {@code 535 5.7.8}; replies never say whether the account exists.
 */
public final class AuthCommand implements CommandHandler<SmtpCommand.Auth> {
    private static final Logger LOG = LoggerFactory.getLogger(AuthCommand.class);

    /** Longest response line: base64 of the largest SASL response, plus slack. */
    private static final int MAX_RESPONSE_LINE = (SaslCodec.MAX_RESPONSE_BYTES + 2) / 3 * 4 + 2;

    static final SmtpReply SUCCESS = SmtpReply.of(235, EnhancedStatusCode.AUTH_OK, "Authentication successful");
    static final SmtpReply INVALID = SmtpReply.of(535, EnhancedStatusCode.AUTH_CREDENTIALS_INVALID,
            "Authentication credentials invalid");
    static final SmtpReply THROTTLED = SmtpReply.of(454, new EnhancedStatusCode(4, 7, 0),
            "Temporary authentication failure, try again later");
    static final SmtpReply CANCELLED = SmtpReply.of(501, EnhancedStatusCode.SECURITY_ERROR, "Authentication cancelled");
    static final SmtpReply BAD_BASE64 = SmtpReply.of(501, EnhancedStatusCode.SYNTAX_ERROR, "Invalid base64 data");

    @Override
    public void handle(SmtpCommand.Auth command, SmtpSession session) throws IOException {
        Optional<SaslServer> created = session.services().sasl().create(command.mechanism(),
                session.plaintextLoginAllowed(), session.remoteAddress());
        if (created.isEmpty()) {
            session.reply(SmtpReply.of(504, EnhancedStatusCode.INVALID_ARGUMENTS, "Unrecognized authentication mechanism"));
            return;
        }
        SaslServer sasl = created.get();
        byte[] response = null;
        if (command.initialResponse().isPresent()) {
            response = decode(command.initialResponse().get(), session);
            if (response == null) {
                return;
            }
        }
        while (true) {
            SaslStep step = sasl.step(response);
            switch (step) {
                case SaslStep.Challenge c -> {
                    session.challenge(SaslCodec.encode(c.data()));
                    response = readResponse(session);
                    if (response == null) {
                        return;
                    }
                }
                case SaslStep.Success s -> {
                    if (s.finalData() != null && s.finalData().length > 0) {
                        // RFC 4422 §5: SMTP's 235 carries no data, so the server's last message
                        // goes out as one more challenge, answered by an empty response
                        session.challenge(SaslCodec.encode(s.finalData()));
                        byte[] empty = readResponse(session);
                        if (empty == null) {
                            return;
                        }
                        if (empty.length != 0) {
                            session.reply(INVALID);
                            return;
                        }
                    }
                    session.authenticated(s.principal());
                    LOG.info("authenticated with {}", sasl.mechanism());
                    session.reply(SUCCESS);
                    return;
                }
                case SaslStep.Failure f -> {
                    LOG.info("authentication with {} failed: {} {}", sasl.mechanism(), f.reason(),
                            f.detail() == null ? "" : f.detail());
                    session.reply(switch (f.reason()) {
                        case THROTTLED -> THROTTLED;
                        case MALFORMED -> SmtpReply.of(501, EnhancedStatusCode.SYNTAX_ERROR,
                                "Malformed authentication response");
                        case UNSUPPORTED, INVALID_CREDENTIALS, NOT_AUTHORIZED -> INVALID;
                    });
                    return;
                }
            }
        }
    }

    /** Reads one client response line; null after replying (cancel, bad base64, too long) or at EOF. */
    private static byte[] readResponse(SmtpSession session) throws IOException {
        byte[] line;
        try {
            line = session.readResponseLine(MAX_RESPONSE_LINE);
        } catch (LineTooLongException e) {
            // RFC 4954 §4: 500 5.5.6 authentication exchange line is too long
            session.reply(SmtpReply.of(500, EnhancedStatusCode.AUTH_LINE_TOO_LONG,
                    "Authentication exchange line is too long"));
            return null;
        }
        if (line == null) {
            session.close();
            return null;
        }
        String text = new String(line, StandardCharsets.US_ASCII).strip();
        // RFC 4954 §4: "*" cancels the exchange with 501
        if (SaslCodec.isCancel(text)) {
            session.reply(CANCELLED);
            return null;
        }
        return decode(text, session);
    }

    private static byte[] decode(String text, SmtpSession session) throws IOException {
        try {
            return SaslCodec.decode(text);
        } catch (IllegalArgumentException e) {
            session.reply(BAD_BASE64);
            return null;
        }
    }
}
