package org.parley.admin.session;

import java.net.InetAddress;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.command.Args;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticator;

/**
 * The login commands of COMPAT-CGP §2.1: {@code USER}/{@code PASS}, {@code APOP} with the
 * greeting's token, and {@code AUTH WEBUSER name password}. Passwords come unquoted, as the vendor's
 * Perl module sends them: the rest of the line after one space. Every failure, throttled or not,
 * is the same kind of 515 so the reply does not reveal whether the account exists.
 */
final class Login {
    /** A login step's result: the next state and the reply. */
    record Step(SessionState next, Reply reply, String logNote) {}

    private final Authenticator authenticator;
    private final InetAddress remote;
    private final String token;

    Login(Authenticator authenticator, InetAddress remote, String token) {
        this.authenticator = authenticator;
        this.remote = remote;
        this.token = token;
    }

    Step user(Args args) {
        String name = args.rest().strip();
        if (name.isEmpty()) {
            throw CliException.badParameters("USER needs a name");
        }
        return new Step(new SessionState.NotAuthenticated(name), new Reply.Status(CliCodes.MORE, "please send the PASS"), null);
    }

    Step pass(SessionState.NotAuthenticated state, Args args) {
        if (state.pendingUser() == null) {
            throw new CliException(CliCodes.BAD_SEQUENCE, "send USER first");
        }
        return finish(authenticator.authenticate(state.pendingUser(), args.rest(), remote));
    }

    /** {@code APOP name digest}: digest = hex(MD5(token + password)), token as in the greeting. */
    Step apop(Args args) throws CgpSyntaxException {
        String name = args.string("a user name");
        String digest = args.string("the MD5 digest");
        args.end();
        return finish(authenticator.authenticateApop(name, token, digest, remote));
    }

    /** {@code AUTH WEBUSER name password}. */
    Step auth(Args args) throws CgpSyntaxException {
        if (!args.keyword("WEBUSER")) {
            throw CliException.badParameters("AUTH supports the WEBUSER method only");
        }
        String name = args.string("a user name");
        return finish(authenticator.authenticate(name, args.rest(), remote));
    }

    private static Step finish(AuthResult result) {
        return switch (result) {
            case AuthResult.Success s -> new Step(new SessionState.Authenticated(s.who()), new Reply.Status(CliCodes.OK, "login OK"),
                    "login OK as " + s.who().principal());
            // one text for both: per-account throttling would otherwise tell which names exist
            case AuthResult.Failed f -> failed("login failed");
            case AuthResult.Throttled t -> failed("login throttled until " + t.retryAfter());
        };
    }

    private static Step failed(String logNote) {
        return new Step(new SessionState.NotAuthenticated(null), new Reply.Status(CliCodes.BAD_PASSWORD,
                "login failed: wrong user name or password, or too many failed attempts (then try again later)"), logNote);
    }
}
