package org.parley.mail.smtp.session;

import java.util.Optional;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * The one place that decides whether a command may run in the session's current state (RFC 5321
 * §4.1.4 command order, RFC 3030 §2 BDAT sequences, RFC 3207 §4 STARTTLS, RFC 4954 §4 AUTH,
 * RFC 6409 §4.3 submission). Handlers run only for admitted commands and may assume the state
 * this class checked. Pure; thread-safe.
 */
public final class CommandAdmission {
    private CommandAdmission() {}

    /** @return empty when the command may run, else the refusal to send (the state does not change) */
    public static Optional<SmtpReply> check(SessionState state, SmtpCommand command, SessionFacts facts) {
        boolean lmtp = facts.flavour().isLmtp();
        if (state instanceof SessionState.ReceivingChunks) {
            // RFC 3030 §2: between BDAT chunks only more chunks, or RSET to give up.
            return switch (command) {
                case SmtpCommand.Bdat b -> Optional.empty();
                case SmtpCommand.Rset r -> Optional.empty();
                case SmtpCommand.Quit q -> Optional.empty();
                case SmtpCommand.Noop n -> Optional.empty();
                default -> refuse("Only BDAT, RSET, NOOP and QUIT are allowed until BDAT LAST");
            };
        }
        Hello hello = state.hello();
        boolean extended = hello != null && hello.extended();
        return switch (command) {
            case SmtpCommand.Helo h -> lmtp ? unrecognized() : Optional.empty();
            case SmtpCommand.Ehlo e -> lmtp ? unrecognized() : Optional.empty();
            // RFC 2033 §4.1: LHLO is LMTP's greeting; an SMTP server does not know it.
            case SmtpCommand.Lhlo l -> lmtp ? Optional.empty() : unrecognized();
            case SmtpCommand.Mail m -> {
                if (hello == null) {
                    yield refuse(lmtp ? "Send LHLO first" : "Send HELO or EHLO first");
                }
                if (state instanceof SessionState.InTransaction) {
                    yield refuse("Nested MAIL command");
                }
                // RFC 6409 §4.3 / RFC 4954 §6: submission needs AUTH before MAIL.
                if (facts.flavour() == SmtpFlavour.SUBMISSION && !facts.authenticated()) {
                    yield Optional.of(SmtpReplies.AUTH_REQUIRED);
                }
                yield Optional.empty();
            }
            case SmtpCommand.Rcpt r -> state instanceof SessionState.InTransaction
                    ? Optional.empty() : refuse("Need MAIL before RCPT");
            case SmtpCommand.Data d -> {
                if (!(state instanceof SessionState.InTransaction tx)) {
                    yield refuse("Need MAIL before DATA");
                }
                if (tx.transaction().parameters().body().orElse(null) == BodyType.BINARY_MIME) {
                    // RFC 3030 §3: BINARYMIME content can only be sent with BDAT.
                    yield refuse("BODY=BINARYMIME requires BDAT");
                }
                yield tx.transaction().recipientCount() == 0 ? Optional.of(SmtpReplies.NO_VALID_RECIPIENTS)
                        : Optional.empty();
            }
            case SmtpCommand.Bdat b -> {
                if (!extended) {
                    yield refuse("BDAT requires EHLO");
                }
                if (!(state instanceof SessionState.InTransaction tx)) {
                    yield refuse("Need MAIL before BDAT");
                }
                yield tx.transaction().recipientCount() == 0 ? Optional.of(SmtpReplies.NO_VALID_RECIPIENTS)
                        : Optional.empty();
            }
            case SmtpCommand.Rset r -> Optional.empty();
            case SmtpCommand.Noop n -> Optional.empty();
            case SmtpCommand.Quit q -> Optional.empty();
            case SmtpCommand.Help h -> Optional.empty();
            case SmtpCommand.Vrfy v -> Optional.empty();
            case SmtpCommand.Expn e -> Optional.empty();
            case SmtpCommand.StartTls s -> {
                if (facts.secure()) {
                    yield refuse("TLS already active");
                }
                if (!facts.tlsAvailable()) {
                    yield Optional.of(SmtpReply.of(454, new EnhancedStatusCode(4, 7, 0), "TLS not available"));
                }
                if (!extended) {
                    yield refuse(lmtp ? "Send LHLO first" : "Send EHLO first");
                }
                yield state instanceof SessionState.InTransaction
                        ? refuse("STARTTLS not allowed during a mail transaction") : Optional.empty();
            }
            case SmtpCommand.Auth a -> {
                if (!extended) {
                    yield refuse(lmtp ? "Send LHLO first" : "Send EHLO first");
                }
                // RFC 4954 §4: one successful AUTH per session, never inside a transaction.
                if (facts.authenticated()) {
                    yield refuse("Already authenticated");
                }
                if (state instanceof SessionState.InTransaction) {
                    yield refuse("AUTH not allowed during a mail transaction");
                }
                if (!facts.authOffered()) {
                    yield facts.secure() || !facts.tlsAvailable() || lmtp
                            ? Optional.of(SmtpReply.of(502, EnhancedStatusCode.INVALID_COMMAND, "AUTH not available"))
                            // RFC 4954 §6: 538 5.7.11 encryption required
                            : Optional.of(SmtpReply.of(538, EnhancedStatusCode.ENCRYPTION_REQUIRED,
                                    "Encryption required for authentication; use STARTTLS"));
                }
                yield Optional.empty();
            }
        };
    }

    private static Optional<SmtpReply> refuse(String text) {
        return Optional.of(SmtpReplies.badSequence(text));
    }

    private static Optional<SmtpReply> unrecognized() {
        return Optional.of(SmtpReply.of(500, EnhancedStatusCode.INVALID_COMMAND, "Command unrecognized"));
    }
}
