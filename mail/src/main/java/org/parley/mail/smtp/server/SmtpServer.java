package org.parley.mail.smtp.server;

import java.io.IOException;
import org.parley.core.net.Connection;
import org.parley.core.net.ConnectionHandler;
import org.parley.mail.smtp.codec.SmtpReplyWriter;
import org.parley.mail.smtp.command.SmtpCommands;
import org.parley.mail.smtp.session.CommandParsers;
import org.parley.mail.smtp.session.SmtpConfig;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpServices;
import org.parley.mail.smtp.session.SmtpSession;

/**
 * The {@link ConnectionHandler} of one SMTP, submission or LMTP listener: one
 * {@link SmtpSession} per accepted connection, on the listener's virtual thread. Implicit TLS
 * (port 465), connection limits and shutdown are the listener's job
 * ({@link org.parley.core.net.TcpListener}). Thread-safe; shared by all connections of a listener.
 *
 * <pre>
 * new TcpListener(ListenerSpec.of("smtp", "SMTP", bind, 25, false),
 *         new SmtpServer(SmtpConfig.defaults(SmtpFlavour.MX, serverName), services), tls).start();
 * </pre>
 */
public final class SmtpServer implements ConnectionHandler {
    private final SmtpConfig config;
    private final SmtpServices services;
    private final CommandParsers parsers;
    private final SmtpCommands commands = new SmtpCommands();

    public SmtpServer(SmtpConfig config, SmtpServices services) {
        this.config = config;
        this.services = services;
        this.parsers = new CommandParsers(config.parser());
    }

    public SmtpConfig config() {
        return config;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        new SmtpSession(connection, config, services, parsers, commands).run();
    }

    /** RFC 5321 §3.1: a server that cannot take the connection may greet with 421 and close. */
    @Override
    public void refuse(Connection connection, String reason) {
        try {
            SmtpReplyWriter.write(SmtpReplies.closing(config.serverName(), reason + ", try again later"),
                    connection.output());
            connection.flush();
        } catch (IOException ignored) {
            // the listener closes the connection either way
        }
    }
}
