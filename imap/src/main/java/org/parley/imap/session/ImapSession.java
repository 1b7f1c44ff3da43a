package org.parley.imap.session;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.parley.core.log.LogContext;
import org.parley.core.net.Connection;
import org.parley.directory.auth.Authenticated;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapParseException;
import org.parley.imap.codec.ImapParser;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.LineTooLongException;
import org.parley.imap.codec.ParseContext;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.ResponseStatus;
import org.parley.imap.codec.SaslResponse;
import org.parley.imap.codec.TaggedCommand;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.UidSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IMAP connection: the read-parse-dispatch-write loop (STYLE.md "Blocking code on virtual
 * threads"), its state, and the explicit steps through which handlers touch the connection
 * (continuations for AUTHENTICATE, STARTTLS, COMPRESS, IDLE).
 *
 * <p>Loop: read and parse one command (no lock held), take the output lock, check the state
 * allows it ({@link CommandPolicy}), run the handler, deliver pending mailbox updates (RFC 9051
 * §7.4.1; no EXPUNGE during FETCH, STORE and SEARCH, §7.5.1), write the tagged reply, flush,
 * release the lock, log one line. The only other thread that writes is the IDLE notifier, which
 * takes the same lock and writes only while the session thread is waiting for DONE.
 *
 * <p>Memory: besides the connection's own buffers a session keeps its state, its parser and,
 * when a mailbox is selected, the {@link SelectedMailbox} view. The response writer (with its
 * 8 kB buffer) exists only while a command is answered.
 */
public final class ImapSession {
    private static final Logger LOG = LoggerFactory.getLogger(ImapSession.class);

    private final Connection connection;
    private final ImapServices services;
    private final CommandHandler handler;
    private final Extensions extensions = new Extensions();
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean notifyScheduled = new AtomicBoolean();
    private final ConnectionInput input;
    private final ImapParser parser;
    private SessionState state = new SessionState.NotAuthenticated();
    private ImapWriter out;
    private boolean compressed;
    private volatile boolean idling;
    private long[] savedSearch;

    public ImapSession(Connection connection, ImapServices services, CommandHandler handler) {
        this.connection = connection;
        this.services = services;
        this.handler = handler;
        this.input = new ConnectionInput(connection, this::flushQuietly);
        this.parser = new ImapParser(input, services.options().limits());
    }

    // ---------------------------------------------------------------- the loop

    /** Serves the connection until LOGOUT, end of input, a timeout or an I/O error. */
    public void run() throws IOException {
        try {
            connection.setIdleTimeout(services.options().loginTimeout());
            lock.lock();
            try {
                out = newWriter();
                // RFC 9051 §7.1.1 greeting, with the capabilities so clients need not ask
                out.untagged(ResponseStatus.OK, new ResponseCode.Capability(capabilities()), "Parley IMAP ready");
                out.flush();
                out = null;
            } finally {
                lock.unlock();
            }
            while (!(state instanceof SessionState.Logout) && !connection.isClosed()) {
                if (!step()) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            bye("autologout: idle for too long");
        } catch (EOFException e) {
            LOG.debug("client closed the connection");
        } finally {
            endSelection();
        }
    }

    /** Reads and serves one command; false when the connection is to end. */
    private boolean step() throws IOException {
        TaggedCommand command;
        try {
            command = parser.parse(parseContext());
        } catch (ImapParseException e) {
            lock.lock();
            try {
                out = newWriter();
                out.parseError(e);
                if (e.closeConnection()) {
                    out.untagged(ResponseStatus.BYE, null, "protocol error, closing");
                }
                out.flush();
                out = null;
            } finally {
                lock.unlock();
            }
            LOG.debug("parse error: {}", e.getMessage());
            return !e.closeConnection();
        } catch (LineTooLongException e) {
            bye("line too long");
            return false;
        }
        if (command == null) {
            return false;
        }
        if (!command.leniencies().isEmpty()) {
            LOG.info("leniency used for {}: {}", command.command().commandName(), command.leniencies());
        }
        long start = System.nanoTime();
        Reply reply;
        lock.lock();
        try {
            out = newWriter();
            reply = execute(command);
            if (reply != Reply.SENT) {
                deliverUpdates(command.command());
                out.tagged(command.tag(), reply.status(), reply.code(), reply.text());
            }
            if (out != null) {
                out.flush();
            }
        } finally {
            out = null;
            lock.unlock();
        }
        logCommand(command.command(), reply, start);
        return true;
    }

    private Reply execute(TaggedCommand tc) throws IOException {
        ImapCommand command = tc.command();
        String refusal = CommandPolicy.refusal(state, command);
        if (refusal != null) {
            return Reply.bad(refusal);
        }
        try {
            return handler.handle(tc.tag(), command, this);
        } catch (ImapFailure f) {
            return f.reply();
        } catch (MailStoreException e) {
            return StoreErrors.reply(e, command);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            String incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            LOG.error("incident {}: {} failed", incident, command.commandName(), e);
            return Reply.no(ResponseCode.Simple.SERVERBUG, "internal error, incident " + incident);
        }
    }

    /** Untagged EXISTS/EXPUNGE/FETCH for changes made elsewhere, before the tagged reply. */
    private void deliverUpdates(ImapCommand command) throws IOException {
        if (!(state instanceof SessionState.Selected s) || command instanceof ImapCommand.Select) {
            return;
        }
        boolean force = command instanceof ImapCommand.Noop || command instanceof ImapCommand.Check;
        try {
            s.mailbox().sync(s.mail(), out, extensions, force, expungeAllowed(command));
        } catch (MailStoreException e) {
            mailboxGone();
        }
    }

    /** RFC 9051 §7.5.1: no EXPUNGE while answering FETCH, STORE or SEARCH (the UID forms may). */
    private static boolean expungeAllowed(ImapCommand command) {
        return switch (command) {
            case ImapCommand.Fetch f -> f.uid();
            case ImapCommand.Store s -> s.uid();
            case ImapCommand.Search s -> s.uid();
            case ImapCommand.Sort s -> s.uid();
            case ImapCommand.ThreadMessages t -> t.uid();
            default -> true;
        };
    }

    private void mailboxGone() throws IOException {
        out.untagged(ResponseStatus.BYE, ResponseCode.Simple.UNAVAILABLE, "the selected mailbox was deleted");
        endSelection();
        state = new SessionState.Logout();
    }

    private void logCommand(ImapCommand command, Reply reply, long start) {
        if (LOG.isDebugEnabled() || reply.status() != ResponseStatus.OK) {
            long micros = (System.nanoTime() - start) / 1000;
            String result = reply.status() + (reply.code() == null ? "" : " " + codeName(reply.code()));
            if (reply.status() == ResponseStatus.OK) {
                LOG.debug("{} {} {}us", command.commandName(), result, micros);
            } else {
                LOG.info("{} {} {}us", command.commandName(), result, micros);
            }
        }
    }

    private static String codeName(ResponseCode code) {
        return code instanceof ResponseCode.Simple s ? s.atom() : code.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    private void bye(String text) {
        lock.lock();
        try {
            ImapWriter w = newWriter();
            w.untagged(ResponseStatus.BYE, null, text);
            w.flush();
        } catch (IOException ignored) {
            // the client is gone; nothing to tell it
        } finally {
            lock.unlock();
        }
    }

    private ParseContext parseContext() {
        return ParseContext.DEFAULT.withUtf8Names(extensions.utf8());
    }

    private ImapWriter newWriter() {
        ImapWriter w = new ImapWriter(connection.output());
        w.utf8(extensions.utf8());
        return w;
    }

    private void flushQuietly() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException ignored) {
            // the literal read that follows fails the same way
        }
    }

    private void endSelection() {
        if (state instanceof SessionState.Selected s) {
            s.mailbox().close();
        }
    }

    // ---------------------------------------------------------------- what handlers see

    public ImapServices services() {
        return services;
    }

    public ImapOptions options() {
        return services.options();
    }

    public Extensions extensions() {
        return extensions;
    }

    /** The writer for the current command's untagged responses. */
    public ImapWriter out() {
        return out;
    }

    /** The store session; only in the authenticated and selected states. */
    public MailSession mail() {
        MailSession m = state.mailSession();
        if (m == null) {
            throw new IllegalStateException("not authenticated");
        }
        return m;
    }

    public Authenticated identity() {
        return state.identity();
    }

    /** The selected mailbox's view, or null. */
    public SelectedMailbox selected() {
        return state instanceof SessionState.Selected s ? s.mailbox() : null;
    }

    public java.net.InetAddress remoteAddress() {
        return connection.remoteAddress();
    }

    /**
     * Whether LOGIN and AUTH=PLAIN/LOGIN may be used: over TLS, from loopback (unless the options
     * say otherwise), or when the server setting {@code PlainTextLoginAllowed} is YES
     * (RFC 9051 §6.2.3 LOGINDISABLED otherwise).
     */
    public boolean plaintextAllowed() {
        return connection.isSecure()
                || (connection.isLoopback() && services.options().loopbackTrusted())
                || services.plainTextLoginAllowed().getAsBoolean();
    }

    public boolean compressed() {
        return compressed;
    }

    /** The CAPABILITY list for this connection now. */
    public List<String> capabilities() {
        return services.capabilities().capabilities(state.identity() != null, connection.canStartTls(),
                plaintextAllowed(), compressed);
    }

    /** The result saved by SEARCH RETURN (SAVE) as UIDs (RFC 5182), null when none. */
    public long[] savedSearch() {
        return savedSearch;
    }

    public void saveSearch(long[] uids) {
        this.savedSearch = uids;
    }

    /** After a successful login: the authenticated state with a store session (RFC 9051 §3.2). */
    public void loggedIn(Authenticated who) throws IOException {
        MailSession mail = services.store().session(who.accountId());
        state = new SessionState.Authenticated(who, mail);
        LogContext.account(who.principal());
        connection.setIdleTimeout(services.options().idleTimeout());
        LOG.info("logged in");
    }

    /** Enters the selected state with {@code view}, closing any previous selection. */
    public void select(SelectedMailbox view) {
        endSelection();
        state = new SessionState.Selected(state.identity(), mail(), view);
        savedSearch = null;
    }

    /** Back to the authenticated state (CLOSE, UNSELECT, a failed SELECT). */
    public void unselect() {
        endSelection();
        if (state.identity() != null) {
            state = new SessionState.Authenticated(state.identity(), mail());
        }
        savedSearch = null;
    }

    /** LOGOUT: {@code * BYE}, then the tagged OK (RFC 9051 §6.1.3). */
    public Reply logout(String tag) throws IOException {
        out.untagged(ResponseStatus.BYE, null, "Parley IMAP logging out");
        out.ok(tag, "LOGOUT completed");
        out.flush();
        endSelection();
        state = new SessionState.Logout();
        return Reply.SENT;
    }

    /**
     * STARTTLS (RFC 9051 §6.2.1): the tagged OK goes out in clear text, then the handshake; what
     * the client pipelined after the command is dropped by the connection.
     */
    public Reply startTls(String tag) throws IOException {
        if (!connection.canStartTls()) {
            return Reply.bad("TLS is already active or not available");
        }
        out.ok(tag, "begin TLS negotiation now");
        out.flush();
        int dropped = connection.startTls();
        if (dropped > 0) {
            LOG.info("dropped {} octets pipelined after STARTTLS", dropped);
        }
        out = null;
        return Reply.SENT;
    }

    /**
     * COMPRESS (RFC 4978 §3): the tagged OK uncompressed, then every octet both ways through the
     * given layers. The output layer must flush completely on {@code flush()} (SYNC_FLUSH), since
     * the session flushes after each response burst.
     */
    public Reply startCompression(String tag, UnaryOperator<InputStream> in, UnaryOperator<OutputStream> outLayer)
            throws IOException {
        out.ok(tag, "DEFLATE active");
        out.flush();
        connection.wrapStreams(in, outLayer);
        compressed = true;
        out = newWriter();
        return Reply.SENT;
    }

    /**
     * One step of an AUTHENTICATE exchange (RFC 9051 §6.2.2): sends {@code + base64(challenge)}
     * and reads the client's line.
     *
     * @return the decoded response, or {@link SaslResponse.Cancel} for {@code *}
     * @throws ImapFailure BAD for a line that is not base64
     */
    public SaslResponse challenge(String tag, byte[] challenge) throws IOException {
        out.continuationData(challenge);
        out.flush();
        byte[] line;
        try {
            line = input.readLine(services.options().limits().maxLineLength());
        } catch (LineTooLongException e) {
            throw ImapFailure.bad("SASL response too long");
        }
        if (line == null) {
            throw new EOFException("client closed during AUTHENTICATE");
        }
        try {
            return SaslResponse.decode(tag, line);
        } catch (ImapParseException e) {
            throw ImapFailure.bad(e.getMessage());
        }
    }

    /**
     * IDLE (RFC 2177, RFC 9051 §6.3.13): reports what is pending, sends {@code + idling}, then
     * waits for DONE while the change feed wakes a notifier that reports changes at once. The
     * autologout timer restarts with each IDLE.
     */
    public Reply idle() throws IOException {
        SelectedMailbox view = selected();
        if (view != null) {
            try {
                view.sync(mail(), out, extensions, true, true);
            } catch (MailStoreException e) {
                mailboxGone();
                return Reply.no(ResponseCode.Simple.NONEXISTENT, "mailbox was deleted");
            }
        }
        out.continuation("idling");
        out.flush();
        out = null;
        idling = true;
        if (view != null) {
            view.wakeup(this::scheduleNotify);
            if (view.pending()) {
                scheduleNotify(); // an event between the sync above and the hook
            }
        }
        connection.setIdleTimeout(services.options().idleTimeout());
        byte[] line;
        lock.unlock();
        try {
            line = input.readLine(services.options().limits().maxLineLength());
        } catch (LineTooLongException e) {
            line = new byte[0];
        } finally {
            lock.lock();
            idling = false;
            if (view != null) {
                view.wakeup(null);
            }
            out = newWriter();
        }
        if (line == null) {
            throw new EOFException("client closed during IDLE");
        }
        if (!ImapParser.isIdleDone(line)) {
            return Reply.bad("expected DONE");
        }
        return Reply.ok("IDLE terminated");
    }

    private void scheduleNotify() {
        if (notifyScheduled.compareAndSet(false, true)) {
            Thread.ofVirtual().name("imap-idle-notify").start(this::notifyIdle);
        }
    }

    /** Runs on its own short-lived virtual thread: reports changes to an IDLE client. */
    private void notifyIdle() {
        lock.lock();
        try {
            notifyScheduled.set(false);
            SelectedMailbox view = selected();
            if (!idling || view == null) {
                return;
            }
            ImapWriter w = newWriter();
            try {
                view.sync(mail(), w, extensions, false, true);
            } catch (MailStoreException e) {
                w.untagged(ResponseStatus.BYE, ResponseCode.Simple.UNAVAILABLE, "the selected mailbox was deleted");
                w.flush();
                connection.close();
                return;
            }
            w.flush();
        } catch (IOException | RuntimeException e) {
            LOG.debug("IDLE notification failed: {}", e.toString());
            connection.close();
        } finally {
            lock.unlock();
        }
    }

    /** Removes {@code gone} from the view and reports it (EXPUNGE, or VANISHED with QRESYNC). */
    public void reportExpunged(UidSet gone) throws IOException {
        SelectedMailbox view = selected();
        if (view != null) {
            view.expunged(gone, out, extensions.qresync());
        }
    }
}
