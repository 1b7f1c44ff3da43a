package org.parley.pop3.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.parley.core.io.LineTooLongException;
import org.parley.core.net.Connection;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.codec.Pop3Parser;
import org.parley.pop3.codec.Pop3SyntaxException;
import org.parley.pop3.codec.Pop3Writer;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.command.ApopCommand;
import org.parley.pop3.command.AuthCommand;
import org.parley.pop3.command.CapaCommand;
import org.parley.pop3.command.DeleCommand;
import org.parley.pop3.command.ListCommand;
import org.parley.pop3.command.NoopCommand;
import org.parley.pop3.command.PassCommand;
import org.parley.pop3.command.QuitCommand;
import org.parley.pop3.command.RetrCommand;
import org.parley.pop3.command.RsetCommand;
import org.parley.pop3.command.StatCommand;
import org.parley.pop3.command.StlsCommand;
import org.parley.pop3.command.TopCommand;
import org.parley.pop3.command.UidlCommand;
import org.parley.pop3.command.UserCommand;
import org.parley.store.mail.MailStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One POP3 connection, as a loop: read a line, parse it, check it against the state, run its
 * handler, answer. Runs on the connection's virtual thread; not thread-safe.
 *
 * <p>Responses are flushed when no further pipelined command is buffered (RFC 2449 §6.6). A
 * connection that ends without QUIT never reaches the UPDATE state, so nothing is deleted
 * (RFC 1939 §6).
 */
public final class Pop3Session {
    private static final Logger LOG = LoggerFactory.getLogger(Pop3Session.class);

    private final Connection connection;
    private final Pop3Services services;
    private final Pop3Parser parser;
    private final String apopToken;
    private Pop3Writer writer;
    private Pop3State state = Pop3State.Authorization.START;
    private int badCommands;
    private int authFailures;
    private boolean ended;

    public Pop3Session(Connection connection, Pop3Services services) {
        this.connection = connection;
        this.services = services;
        this.parser = new Pop3Parser(services.config().leniencies());
        // RFC 1939 §7: the greeting's timestamp must differ for every greeting
        this.apopToken = services.sasl().challenge();
        this.writer = new Pop3Writer(connection.output());
    }

    /** Serves the connection until QUIT, end of input, autologout or too many errors. */
    public void run() throws IOException {
        connection.setIdleTimeout(services.config().idleTimeout());
        writer.ok("POP3 server ready " + apopToken);
        writer.flush();
        while (!ended) {
            byte[] line;
            try {
                line = connection.reader().readLine(Pop3Parser.MAX_LINE);
            } catch (LineTooLongException e) {
                refuse("line too long");
                continue;
            } catch (SocketTimeoutException e) {
                // RFC 1939 §3: the autologout timer ends the session without entering UPDATE
                writer.err("autologout: idle for too long");
                writer.flush();
                return;
            }
            if (line == null) {
                return;
            }
            Pop3Command command;
            try {
                command = parser.parse(line);
            } catch (Pop3SyntaxException e) {
                refuse(e.getMessage());
                continue;
            }
            if (parser.lastLeniency() != null) {
                LOG.debug("leniency {} for {}", parser.lastLeniency(), command.keyword());
            }
            execute(command);
            if (ended || connection.reader().buffered() == 0) {
                writer.flush();
            }
        }
        writer.flush();
    }

    private void execute(Pop3Command command) throws IOException {
        if (!state.allows(command)) {
            refuse(command.keyword() + " is not valid in this state");
            return;
        }
        try {
            switch (state) {
                case Pop3State.Authorization a -> authorization(a, command);
                case Pop3State.Transaction t -> transaction(t, command);
                case Pop3State.Update u -> throw new IllegalStateException("no commands after QUIT");
            }
        } catch (MailStoreException e) {
            // handlers map the errors they expect; anything left is a store refusal of this command
            writer.err(ResponseCode.SYS_TEMP, "mailbox unavailable");
            LOG.info("{} refused by the store: {} {}", command.keyword(), e.error(), e.getMessage());
        } catch (RuntimeException e) {
            String incident = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            LOG.warn("{} failed, incident {}", command.keyword(), incident, e);
            writer.err(ResponseCode.SYS_TEMP, "internal error, incident " + incident);
        }
    }

    private void authorization(Pop3State.Authorization a, Pop3Command command) throws IOException {
        switch (command) {
            case Pop3Command.User c -> UserCommand.execute(this, c);
            case Pop3Command.Pass c -> PassCommand.execute(this, a, c);
            case Pop3Command.Apop c -> ApopCommand.execute(this, c);
            case Pop3Command.Auth c -> AuthCommand.execute(this, c);
            case Pop3Command.Capa c -> CapaCommand.execute(this);
            case Pop3Command.Stls c -> StlsCommand.execute(this);
            case Pop3Command.Quit c -> QuitCommand.execute(this);
            default -> throw new IllegalStateException(command.keyword() + " passed the state check");
        }
    }

    private void transaction(Pop3State.Transaction t, Pop3Command command) throws IOException {
        switch (command) {
            case Pop3Command.Stat c -> StatCommand.execute(this, t);
            case Pop3Command.List c -> ListCommand.execute(this, t, c);
            case Pop3Command.Uidl c -> UidlCommand.execute(this, t, c);
            case Pop3Command.Retr c -> RetrCommand.execute(this, t, c);
            case Pop3Command.Top c -> TopCommand.execute(this, t, c);
            case Pop3Command.Dele c -> DeleCommand.execute(this, t, c);
            case Pop3Command.Rset c -> RsetCommand.execute(this, t);
            case Pop3Command.Noop c -> NoopCommand.execute(this);
            case Pop3Command.Capa c -> CapaCommand.execute(this);
            case Pop3Command.Quit c -> QuitCommand.execute(this);
            default -> throw new IllegalStateException(command.keyword() + " passed the state check");
        }
    }

    /** Answers a command that could not be run; past the limit, says so and ends the session. */
    private void refuse(String reason) throws IOException {
        badCommands++;
        if (badCommands > services.config().maxBadCommands()) {
            writer.err("too many bad commands, closing connection");
            end();
        } else {
            writer.err(reason);
        }
        writer.flush();
    }

    // ------------------------------------------------------------------ for the command handlers

    public Pop3Writer out() {
        return writer;
    }

    public Pop3Services services() {
        return services;
    }

    public Pop3State state() {
        return state;
    }

    public void enter(Pop3State next) {
        state = next;
    }

    /** The timestamp of the greeting, {@code <…>}, the APOP digest is computed over. */
    public String apopToken() {
        return apopToken;
    }

    public InetAddress remoteAddress() {
        return connection.remoteAddress();
    }

    public boolean isSecure() {
        return connection.isSecure();
    }

    /** STLS is possible: the server has a certificate and this connection is not yet under TLS. */
    public boolean canStartTls() {
        return connection.canStartTls();
    }

    /** Whether a password may be sent in clear text on this connection now ({@link CleartextPolicy}). */
    public boolean plaintextAllowed() {
        return services.cleartext().allows(connection.isSecure(), connection.isLoopback());
    }

    /**
     * Reads one line of a SASL exchange after the challenge written so far has been flushed.
     *
     * @return the line as ASCII text, or null if the client closed the connection
     * @throws LineTooLongException if longer than {@code maxLength}; the line has been skipped
     */
    public String readLine(int maxLength) throws IOException {
        writer.flush();
        byte[] line = connection.reader().readLine(maxLength);
        return line == null ? null : new String(line, StandardCharsets.ISO_8859_1);
    }

    /**
     * Flushes the go-ahead already written, performs the TLS handshake and forgets everything the
     * client pipelined in plaintext after STLS (RFC 2595 §4, Connection#startTls).
     */
    public void startTls() throws IOException {
        writer.flush();
        int dropped = connection.startTls();
        writer = new Pop3Writer(connection.output());
        if (dropped > 0) {
            LOG.info("dropped {} octets pipelined in plaintext after STLS", dropped);
        }
    }

    /** Ends the session once the current response is flushed. */
    public void end() {
        ended = true;
    }

    /**
     * Counts a failed login. At the configured limit the session ends (the caller has written
     * the failure response).
     *
     * @return true if the session will end
     */
    public boolean loginFailed() {
        authFailures++;
        if (authFailures >= services.config().maxAuthFailures()) {
            end();
            return true;
        }
        return false;
    }
}
