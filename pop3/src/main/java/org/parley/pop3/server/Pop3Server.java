package org.parley.pop3.server;

import java.io.IOException;
import java.time.Clock;
import org.parley.core.net.Connection;
import org.parley.core.net.ConnectionHandler;
import org.parley.directory.Directory;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.pop3.codec.Pop3Writer;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Pop3Config;
import org.parley.pop3.session.Pop3Services;
import org.parley.pop3.session.Pop3Session;
import org.parley.store.mail.MailStore;

/**
 * The POP3 entry point for a {@link org.parley.core.net.TcpListener}: one instance serves both
 * the plain listener (110, with STLS) and the implicit-TLS one (995). Thread-safe; each accepted
 * connection gets its own {@link Pop3Session}.
 */
public final class Pop3Server implements ConnectionHandler {
    private final Pop3Services services;

    /** Production wiring: SASL mechanisms over the directory's authenticator with random nonces. */
    public Pop3Server(Pop3Config config, Directory directory, MailStore mailStore, Clock clock) {
        this(Pop3Services.of(config, directory,
                new SaslMechanisms(directory.authenticator(), config.serverName(), clock, config.offerCramMd5()), mailStore));
    }

    public Pop3Server(Pop3Services services) {
        this.services = services;
    }

    public Pop3Services services() {
        return services;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        new Pop3Session(connection, services).run();
    }

    /** A listener limit refused the connection: one {@code -ERR [SYS/TEMP]} line instead of the greeting. */
    @Override
    public void refuse(Connection connection, String reason) {
        try {
            Pop3Writer w = new Pop3Writer(connection.output());
            w.err(ResponseCode.SYS_TEMP, reason);
            w.flush();
        } catch (IOException ignored) {
            // the client is gone already
        }
    }
}
