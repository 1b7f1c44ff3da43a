package org.parley.imap.command;

import java.io.IOException;
import org.parley.directory.auth.AuthResult;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 9051 §6.2.3 LOGIN. Refused without TLS where plain-text passwords are not allowed
 * (LOGINDISABLED). The login name may be {@code name}, {@code name@domain} or an alias: the
 * authenticator resolves it. Replies never tell whether the account exists.
 */
final class LoginCommand {
    private LoginCommand() {}

    static Reply run(ImapCommand.Login c, ImapSession s) throws IOException {
        if (!s.plaintextAllowed()) {
            // RFC 9051 §6.2.3: LOGINDISABLED is advertised; RFC 5530 PRIVACYREQUIRED
            return Reply.no(ResponseCode.Simple.PRIVACYREQUIRED, "use STARTTLS first");
        }
        AuthResult r = s.services().authenticator().authenticate(c.user(), c.password(), s.remoteAddress());
        return switch (r) {
            case AuthResult.Success ok -> {
                s.loggedIn(ok.who());
                yield Reply.ok(new ResponseCode.Capability(s.capabilities()), "LOGIN completed");
            }
            case AuthResult.Failed f -> Reply.no(ResponseCode.Simple.AUTHENTICATIONFAILED, "invalid credentials");
            case AuthResult.Throttled t -> Reply.no(ResponseCode.Simple.UNAVAILABLE, "too many failed logins, try again later");
        };
    }
}
