package org.parley.mail.smtp.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.core.io.LineReader;
import org.parley.core.io.LineTooLongException;
import org.parley.core.log.LogContext;
import org.parley.core.net.Connection;
import org.parley.directory.auth.Authenticated;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.EsmtpExtension;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpLeniency;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.codec.SmtpReplyWriter;
import org.parley.mail.smtp.codec.SmtpSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMTP, submission or LMTP connection: read a command line, parse it, admit it
 * ({@link CommandAdmission}), dispatch it to its handler, repeat. Replies are buffered and flushed
 * whenever no further pipelined input is waiting (RFC 2920 §3.2), so a pipelined batch costs one
 * write.
 *
 * <p>Handlers (package {@code org.parley.mail.smtp.command}) use the public methods below to reply,
 * read AUTH responses and DATA content, and move the state. Everything runs on the connection's
 * one virtual thread; nothing here is thread-safe.
 */
public final class SmtpSession {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSession.class);

    private final Connection connection;
    private final SmtpConfig config;
    private final SmtpServices services;
    private final CommandParsers parsers;
    private final CommandDispatcher dispatcher;
    private final SessionPolicy.ClientRules rules;

    private SessionState state = new SessionState.Connected();
    private Authenticated authenticated;
    private boolean accountMayRelay;
    private boolean closing;
    private int errors;
    private SmtpReply lastNegative;

    public SmtpSession(Connection connection, SmtpConfig config, SmtpServices services, CommandParsers parsers,
            CommandDispatcher dispatcher) {
        this.connection = connection;
        this.config = config;
        this.services = services;
        this.parsers = parsers;
        this.dispatcher = dispatcher;
        this.rules = services.policy().rulesFor(connection.remoteAddress());
    }

    /** Serves the connection until QUIT, end of input, a timeout or too many errors. */
    public void run() throws IOException {
        try {
            connection.setIdleTimeout(config.commandTimeout());
            // RFC 5321 §4.2 / RFC 2033 §4: 220 greeting with our name first
            reply(SmtpReply.of(220, config.serverName() + " " + config.flavour().greetingName() + " Parley ready"));
            while (!closing) {
                if (connection.reader().buffered() == 0) {
                    connection.flush(); // RFC 2920 §3.2: never wait for input with replies unsent
                }
                byte[] line;
                try {
                    line = connection.reader().readLine(parsers.config().maxLineLength() - 2);
                } catch (LineTooLongException e) {
                    // RFC 5321 §4.5.3.1.4 / §4.2.2: 500 for a line too long; the rest was consumed
                    finishCommand("?", () -> reply(SmtpReply.of(500, EnhancedStatusCode.SYNTAX_ERROR, "Line too long")));
                    continue;
                }
                if (line == null) {
                    LOG.debug("client closed the connection");
                    return;
                }
                execute(line);
            }
            connection.flush();
        } catch (SocketTimeoutException e) {
            // RFC 5321 §4.5.3.2.7: the server may close after its timeout, with a 421 if it can
            LOG.info("timeout waiting for the client; closing");
            try {
                reply(SmtpReply.of(421, new EnhancedStatusCode(4, 4, 2), config.serverName() + " Timeout, closing connection"));
                connection.flush();
            } catch (IOException ignored) {
                // the client is gone or stuck; closing is all that is left
            }
        } finally {
            abortTransaction();
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void execute(byte[] line) throws IOException {
        String[] verb = {"?"};
        finishCommand(verb, () -> {
            if (connection.reader().lastLineEnding() == LineReader.LineEnding.LF
                    && !parsers.config().leniencies().contains(SmtpLeniency.LF_LINE_ENDING)) {
                reply(SmtpReply.of(500, EnhancedStatusCode.SYNTAX_ERROR, "Line must end with CRLF"));
                return;
            }
            SmtpCommand command;
            try {
                command = parsers.forExtensions(extensions()).parse(line, 0, line.length, smtpUtf8Transaction());
            } catch (SmtpSyntaxException e) {
                reply(e.reply());
                return;
            }
            verb[0] = command.verb();
            var refusal = CommandAdmission.check(state, command, facts());
            if (refusal.isPresent()) {
                if (command instanceof SmtpCommand.Bdat bdat) {
                    // RFC 3030 §2: the chunk follows the command whatever the answer; stay in step
                    withDataTimeout(() -> connection.reader().skipExactly(bdat.size()));
                }
                reply(refusal.get());
                return;
            }
            dispatcher.dispatch(command, this);
        });
    }

    private void finishCommand(String verb, Step step) throws IOException {
        finishCommand(new String[] {verb}, step);
    }

    /** Runs one command, then counts a negative reply and logs it once. */
    private void finishCommand(String[] verb, Step step) throws IOException {
        lastNegative = null;
        step.run();
        if (lastNegative != null) {
            errors++;
            LOG.info("refused {}: {}", verb[0], lastNegative);
            if (errors >= config.maxErrors() && !closing) {
                LOG.info("too many errors ({}); closing", errors);
                reply(SmtpReplies.closing(config.serverName(), "Too many errors"));
                close();
            }
        }
    }

    // ---- for command handlers ---------------------------------------------------------------

    public SmtpConfig config() {
        return config;
    }

    public SmtpServices services() {
        return services;
    }

    /** The client's address. */
    public InetAddress remoteAddress() {
        return connection.remoteAddress();
    }

    /** TLS is active (STARTTLS done, or an implicit-TLS listener). */
    public boolean secure() {
        return connection.isSecure();
    }

    /** STARTTLS can still be offered: the server has TLS and this connection is not yet secure. */
    public boolean canStartTls() {
        return connection.canStartTls();
    }

    /** "TLSv1.3 TLS_AES_128_GCM_SHA256", or null without TLS. */
    public String tlsDescription() {
        return connection.tlsDescription();
    }

    /**
     * The connection's input positioned after the current command line, for DATA and BDAT
     * content (read under {@link #withDataTimeout}). Readers must not consume beyond the content.
     */
    public InputStream content() {
        return connection.reader();
    }

    /** Octets the client already sent beyond the current command (RFC 2920 synchronization checks). */
    public int pipelinedInput() {
        return connection.reader().buffered();
    }

    /**
     * Reads one AUTH response line (RFC 4954 §4), without its line end.
     *
     * @return the line, or null when the client closed the connection
     * @throws LineTooLongException when the line exceeds {@code maxLength}; it has been consumed
     */
    public byte[] readResponseLine(int maxLength) throws IOException {
        return connection.reader().readLine(maxLength);
    }

    public SessionState state() {
        return state;
    }

    public void state(SessionState next) {
        state = next;
    }

    /** The account that authenticated on this connection, or null. */
    public Authenticated authenticated() {
        return authenticated;
    }

    /** Records a successful AUTH: the account joins every further log line. */
    public void authenticated(Authenticated who) {
        authenticated = who;
        accountMayRelay = who != null && services.policy().mayRelay(who);
        LogContext.account(who == null ? null : who.principal());
    }

    /**
     * Whether this client may send to non-local domains: never over LMTP (final delivery only);
     * otherwise when authenticated (and its AccessModes allow Relay) or when its address is in
     * ClientIPs/LANIPs. Loopback is not special: list 127.0.0.1 in ClientIPs to let local
     * programs relay without AUTH.
     */
    public boolean relayAllowed() {
        if (config.flavour().isLmtp()) {
            return false;
        }
        return authenticated != null ? accountMayRelay : rules.relayByAddress();
    }

    /** Clear-text SASL mechanisms are acceptable: TLS, loopback, or PlainTextLoginAllowed. */
    public boolean plaintextLoginAllowed() {
        return connection.isSecure() || connection.isLoopback() || rules.plaintextLoginAllowed();
    }

    /**
     * AUTH is offered on this connection: SASL is configured, the flavour is not LMTP, and
     * passwords are safe to exchange here ({@link #plaintextLoginAllowed()}).
     */
    public boolean authOffered() {
        return services.sasl() != null && !config.flavour().isLmtp() && plaintextLoginAllowed();
    }

    /** The SASL mechanisms to advertise; empty when AUTH is not offered. */
    public List<String> authMechanisms() {
        return authOffered() ? services.sasl().available(plaintextLoginAllowed()) : List.of();
    }

    public SessionFacts facts() {
        return new SessionFacts(config.flavour(), authenticated != null, connection.isSecure(),
                connection.isSecure() || connection.canStartTls(), authOffered());
    }

    /**
     * The extensions whose parameters MAIL and RCPT may carry now: none after HELO; after EHLO the
     * advertised ones, AUTH only when offered, REQUIRETLS only over TLS (RFC 8689 §4.1).
     */
    public Set<EsmtpExtension> extensions() {
        Hello hello = state.hello();
        if (hello == null || !hello.extended()) {
            return Set.of();
        }
        EnumSet<EsmtpExtension> set = EnumSet.of(EsmtpExtension.SIZE, EsmtpExtension.EIGHT_BIT_MIME,
                EsmtpExtension.BINARY_MIME, EsmtpExtension.CHUNKING, EsmtpExtension.SMTPUTF8, EsmtpExtension.DSN);
        if (authOffered()) {
            set.add(EsmtpExtension.AUTH);
        }
        if (connection.isSecure()) {
            set.add(EsmtpExtension.REQUIRETLS);
        }
        return set;
    }

    private boolean smtpUtf8Transaction() {
        return switch (state) {
            case SessionState.InTransaction t -> t.transaction().smtpUtf8();
            case SessionState.ReceivingChunks c -> c.transaction().smtpUtf8();
            default -> false;
        };
    }

    /** The RFC 3848 / RFC 6531 "with" keyword for a transaction started now. */
    public String withKeyword(boolean smtpUtf8) {
        Hello hello = state.hello();
        return WithKeyword.of(config.flavour().isLmtp(), hello != null && hello.extended(), connection.isSecure(),
                authenticated != null, smtpUtf8);
    }

    /** Buffers a reply; it is flushed before the session next waits for input. */
    public void reply(SmtpReply reply) throws IOException {
        if (reply.code() >= 400) {
            lastNegative = reply;
        }
        SmtpReplyWriter.write(reply, connection.output());
    }

    /** RFC 4954 §4: {@code 334 base64}, flushed, since the client waits for it. */
    public void challenge(String base64) throws IOException {
        connection.write("334 " + base64 + "\r\n");
        connection.flush();
    }

    public void flush() throws IOException {
        connection.flush();
    }

    /** Ends the session after the current command; its replies are still flushed. */
    public void close() {
        closing = true;
    }

    /** Aborts the open transaction, if any, and returns to the greeted state. */
    public void abortTransaction() {
        switch (state) {
            case SessionState.InTransaction t -> {
                t.transaction().delivery().abort();
                state = new SessionState.Greeted(t.hello());
            }
            case SessionState.ReceivingChunks c -> {
                c.transaction().delivery().abort();
                state = new SessionState.Greeted(c.hello());
            }
            default -> { }
        }
    }

    /**
     * RFC 3207 §4.2: after the handshake the session starts over (the client must EHLO again and
     * any earlier authentication is forgotten). Plaintext the client pipelined after STARTTLS is
     * dropped by {@link Connection#startTls()}, never executed.
     */
    public void startTls() throws IOException {
        int dropped = connection.startTls();
        if (dropped > 0) {
            LOG.info("dropped {} octets pipelined after STARTTLS", dropped);
        }
        state = new SessionState.Connected();
        authenticated(null);
        LOG.debug("TLS started: {}", connection.tlsDescription());
    }

    /** A blocking read of message content, under the data timeout (RFC 5321 §4.5.3.2.6). */
    public interface ContentRead {
        void run() throws IOException;
    }

    public void withDataTimeout(ContentRead read) throws IOException {
        connection.setIdleTimeout(config.dataTimeout());
        try {
            read.run();
        } finally {
            connection.setIdleTimeout(config.commandTimeout());
        }
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(services.clock());
    }
}
