package org.parley.imap.command;

import java.io.IOException;
import java.util.Optional;
import org.parley.directory.sasl.SaslServer;
import org.parley.directory.sasl.SaslStep;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.SaslResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 9051 §6.2.2 AUTHENTICATE with SASL-IR (RFC 4959): the mechanism's challenges go out as
 * {@code + base64}, the client's lines come back through the session's continuation step.
 */
final class AuthenticateCommand {
    /** Bounds a mechanism that never finishes (SCRAM needs two round trips, LOGIN two). */
    private static final int MAX_ROUNDS = 8;

    private AuthenticateCommand() {}

    static Reply run(String tag, ImapCommand.Authenticate c, ImapSession s) throws IOException {
        Optional<SaslServer> created = s.services().sasl().create(c.mechanism(), s.plaintextAllowed(), s.remoteAddress());
        if (created.isEmpty()) {
            boolean exists = s.services().sasl().available(true).contains(c.mechanism());
            return exists
                    ? Reply.no(ResponseCode.Simple.PRIVACYREQUIRED, "use STARTTLS first")
                    : Reply.no(null, "unsupported authentication mechanism");
        }
        SaslServer sasl = created.get();
        byte[] response = c.initialResponse();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SaslStep step = sasl.step(response);
            switch (step) {
                case SaslStep.Challenge ch -> {
                    SaslResponse r = s.challenge(tag, ch.data());
                    if (r instanceof SaslResponse.Cancel) {
                        // RFC 9051 §6.2.2: a cancelled exchange is answered BAD
                        return Reply.bad("authentication cancelled");
                    }
                    response = ((SaslResponse.Data) r).bytes();
                }
                case SaslStep.Success ok -> {
                    if (ok.finalData() != null && ok.finalData().length > 0) {
                        // IMAP's OK carries no data: send it as a last challenge, expect an empty answer (RFC 4422 §5)
                        SaslResponse r = s.challenge(tag, ok.finalData());
                        if (r instanceof SaslResponse.Cancel || ((SaslResponse.Data) r).bytes().length != 0) {
                            return Reply.bad("authentication cancelled");
                        }
                    }
                    s.loggedIn(ok.principal());
                    return Reply.ok(new ResponseCode.Capability(s.capabilities()), "AUTHENTICATE completed");
                }
                case SaslStep.Failure f -> {
                    return switch (f.reason()) {
                        case THROTTLED -> Reply.no(ResponseCode.Simple.UNAVAILABLE, "too many failed logins, try again later");
                        case MALFORMED, UNSUPPORTED -> Reply.bad("malformed authentication exchange");
                        case NOT_AUTHORIZED -> Reply.no(ResponseCode.Simple.AUTHORIZATIONFAILED, "not authorized");
                        case INVALID_CREDENTIALS -> Reply.no(ResponseCode.Simple.AUTHENTICATIONFAILED, "invalid credentials");
                    };
                }
            }
        }
        return Reply.bad("authentication exchange too long");
    }
}
