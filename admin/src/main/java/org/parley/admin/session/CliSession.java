package org.parley.admin.session;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.CliLimits;
import org.parley.admin.codec.CliRequest;
import org.parley.admin.codec.Reply;
import org.parley.admin.codec.ReplyWriter;
import org.parley.admin.command.Args;
import org.parley.admin.command.CommandSpec;
import org.parley.admin.command.CommandTable;
import org.parley.admin.command.ServerInfo;
import org.parley.admin.command.Subject;
import org.parley.core.io.LineTooLongException;
import org.parley.core.log.LogContext;
import org.parley.core.net.Connection;
import org.parley.directory.Directory;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.store.mail.MailStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CLI/API connection (COMPAT-CGP §2): greeting with an APOP token, login, then one command per
 * line, one reply per command, until QUIT or the client goes away. Every bad line — too long, not
 * UTF-8, bad syntax, unknown verb, wrong state — gets a 5xx and the session goes on; only a client
 * that keeps failing before login (more than {@value #MAX_ERRORS_BEFORE_LOGIN} errors in a row)
 * is disconnected. Each command is logged as one line: verb and reply code, with the account in
 * the log context. Runs on the connection's virtual thread; not thread-safe.
 */
public final class CliSession {
    private static final Logger LOG = LoggerFactory.getLogger(CliSession.class);
    /** Verbs the session itself handles, in any state. */
    private static final Set<String> SESSION_VERBS = Set.of("USER", "PASS", "APOP", "AUTH", "INLINE", "QUIT", "NOOP", "STLS", "STARTTLS");
    static final int MAX_ERRORS_BEFORE_LOGIN = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private enum After { CONTINUE, CLOSE, START_TLS }

    private record Outcome(Reply reply, After after) {
        static Outcome of(Reply reply) {
            return new Outcome(reply, After.CONTINUE);
        }
    }

    private final Connection connection;
    private final Directory directory;
    private final MailStore mailStore;
    private final CommandTable commands;
    private final Permissions permissions;
    private final ServerInfo info;
    private final Login login;
    private final CleartextPolicy cleartext;
    private final String token;
    private final List<String> allVerbs;
    private SessionState state = new SessionState.NotAuthenticated(null);
    private boolean inline;
    private int errorsBeforeLogin;

    /** @param cleartext when USER/PASS and AUTH WEBUSER may run without TLS (APOP always may) */
    public CliSession(Connection connection, Directory directory, MailStore mailStore, CommandTable commands, ServerInfo info,
            CleartextPolicy cleartext) {
        this.connection = connection;
        this.directory = directory;
        this.mailStore = mailStore;
        this.commands = commands;
        this.permissions = new Permissions(directory);
        this.info = info;
        // APOP-style challenge (RFC 1939 §7): unique per connection, clients look for <…@…>
        this.token = "<" + (RANDOM.nextInt(1_000_000_000) + 1) + "." + info.clock().millis() + "@" + info.serverName() + ">";
        this.login = new Login(directory.authenticator(), connection.remoteAddress(), token);
        this.cleartext = cleartext;
        Set<String> verbs = new TreeSet<>(commands.verbs());
        verbs.addAll(SESSION_VERBS);
        this.allVerbs = List.copyOf(verbs);
    }

    /** The greeting's APOP token, {@code <digits.digits@host>}. */
    public String token() {
        return token;
    }

    /** Serves the connection until QUIT, end of stream or a hopeless client. */
    public void run() throws IOException {
        send(new Reply.Status(CliCodes.OK, info.serverName() + " Parley CLI " + info.version() + " ready " + token));
        while (true) {
            byte[] line;
            try {
                line = connection.reader().readLine(CliLimits.MAX_COMMAND_LINE);
            } catch (LineTooLongException e) {
                if (!answer("-", Outcome.of(Reply.error(CliException.badParameters(
                        "command line longer than " + CliLimits.MAX_COMMAND_LINE + " octets"))))) {
                    return;
                }
                continue;
            }
            if (line == null) {
                return;
            }
            if (!handle(line)) {
                return;
            }
        }
    }

    /** Executes one line and answers it; false when the session is over. */
    private boolean handle(byte[] line) throws IOException {
        CliRequest request;
        try {
            request = CliRequest.parse(line);
        } catch (CliException e) {
            return answer("-", Outcome.of(Reply.error(e)));
        }
        Outcome outcome;
        try {
            outcome = dispatch(request);
        } catch (Exception e) {
            Subject subject = commands.find(request.verb()).map(CommandSpec::subject).orElse(null);
            outcome = Outcome.of(ErrorMapping.toReply(e, subject));
        }
        return answer(request.verb(), outcome);
    }

    /** Which commands each state allows, and what they do. */
    private Outcome dispatch(CliRequest request) throws Exception {
        Args args = new Args(request);
        String verb = request.verb();
        switch (verb) {
            case "QUIT" -> {
                return new Outcome(new Reply.Status(CliCodes.OK, "Parley CLI connection closed"), After.CLOSE);
            }
            case "NOOP" -> {
                return Outcome.of(Reply.OK);
            }
            case "INLINE" -> {
                args.end();
                inline = true;
                return Outcome.of(Reply.OK);
            }
            case "STLS", "STARTTLS" -> {
                if (!connection.canStartTls()) {
                    throw new CliException(CliCodes.BAD_SEQUENCE, connection.isSecure() ? "TLS is already active" : "TLS is not available");
                }
                return new Outcome(new Reply.Status(CliCodes.OK, "begin TLS negotiation"), After.START_TLS);
            }
            default -> { }
        }
        return switch (state) {
            case SessionState.NotAuthenticated n -> Outcome.of(notAuthenticated(n, verb, args));
            case SessionState.Authenticated a -> Outcome.of(authenticated(a, verb, args));
        };
    }

    private Reply notAuthenticated(SessionState.NotAuthenticated current, String verb, Args args) throws Exception {
        if ((verb.equals("USER") || verb.equals("AUTH")) && !cleartext.allows(connection.isSecure(), connection.isLoopback())) {
            // refused before the client sends its password in the clear; APOP stays available
            throw new CliException(CliCodes.BAD_SEQUENCE, "clear-text passwords need TLS here: use STLS or APOP");
        }
        Login.Step step = switch (verb) {
            case "USER" -> login.user(args);
            case "PASS" -> login.pass(current, args);
            case "APOP" -> login.apop(args);
            case "AUTH" -> login.auth(args);
            default -> throw commands.find(verb).isPresent()
                    ? new CliException(CliCodes.BAD_SEQUENCE, "please log in first")
                    : unknown();
        };
        state = step.next();
        if (state instanceof SessionState.Authenticated a) {
            LogContext.account(a.who().principal());
        }
        if (step.logNote() != null) {
            LOG.info("{}", step.logNote());
        }
        return step.reply();
    }

    private Reply authenticated(SessionState.Authenticated current, String verb, Args args) throws Exception {
        if (SESSION_VERBS.contains(verb)) {
            throw new CliException(CliCodes.BAD_SEQUENCE, "already logged in");
        }
        CommandSpec spec = commands.find(verb).orElseThrow(CliSession::unknown);
        Actor actor = permissions.actor(current.who());
        if (spec.subject().needsAdmin()) {
            permissions.requireAdministrator(actor);
        }
        return spec.handler().execute(new CommandContext(directory, mailStore, permissions, actor, info, allVerbs), args);
    }

    private static CliException unknown() {
        return new CliException(CliCodes.UNKNOWN_COMMAND, "unknown command");
    }

    /** Writes the reply, logs the command, applies STARTTLS or closing; false when the session is over. */
    private boolean answer(String verb, Outcome outcome) throws IOException {
        Reply reply = outcome.reply();
        List<String> lines;
        try {
            lines = ReplyWriter.lines(reply, inline);
        } catch (IllegalArgumentException e) { // a value the printer cannot write: our bug, not the client's
            reply = ErrorMapping.toReply(e, null);
            lines = ReplyWriter.lines(reply, inline);
        }
        write(lines);
        int code = switch (reply) {
            case Reply.Status s -> s.code();
            case Reply.Data d -> inline ? CliCodes.OK_INLINE : CliCodes.OK;
        };
        if (reply instanceof Reply.Status s && code >= 500) {
            LOG.info("{} {} {}", verb, code, s.text()); // texts name objects, never passwords
        } else {
            LOG.info("{} {}", verb, code);
        }
        if (state instanceof SessionState.NotAuthenticated && !CliCodes.isSuccess(code) && code != CliCodes.MORE) {
            if (++errorsBeforeLogin >= MAX_ERRORS_BEFORE_LOGIN) {
                write(ReplyWriter.lines(new Reply.Status(CliCodes.BAD_SEQUENCE, "too many errors; closing the connection"), inline));
                return false;
            }
        } else {
            errorsBeforeLogin = 0;
        }
        return switch (outcome.after()) {
            case CONTINUE -> true;
            case CLOSE -> false;
            case START_TLS -> {
                int dropped = connection.startTls();
                if (dropped > 0) {
                    LOG.info("dropped {} octets pipelined before the TLS handshake", dropped);
                }
                yield true;
            }
        };
    }

    private void send(Reply reply) throws IOException {
        write(ReplyWriter.lines(reply, inline));
    }

    private void write(List<String> lines) throws IOException {
        for (String line : lines) {
            connection.writeLine(line);
        }
        connection.flush();
    }
}
