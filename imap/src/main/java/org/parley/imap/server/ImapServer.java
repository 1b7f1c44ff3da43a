package org.parley.imap.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.parley.core.net.Connection;
import org.parley.core.net.ConnectionHandler;
import org.parley.directory.Directory;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.imap.command.CommandDispatcher;
import org.parley.imap.session.ImapOptions;
import org.parley.imap.session.ImapServices;
import org.parley.imap.session.ImapSession;
import org.parley.store.mail.MailStore;

/**
 * The IMAP service behind the {@code imap} (143, STARTTLS) and {@code imaps} (993, implicit TLS)
 * listeners: one {@link ImapSession} per connection. Thread-safe; one instance serves both
 * listeners.
 */
public final class ImapServer implements ConnectionHandler {
    private final ImapServices services;

    public ImapServer(ImapServices services) {
        this.services = services;
    }

    /**
     * Production wiring: logins and SASL through the directory (CRAM-MD5 offered: it works for
     * accounts with reversible passwords), {@code PlainTextLoginAllowed} read from the server
     * settings (cached for a few seconds).
     */
    public static ImapServer create(MailStore store, Directory directory, ImapOptions options) {
        SaslMechanisms sasl = new SaslMechanisms(directory.authenticator(), options.serverName(), options.clock(), true);
        Capabilities caps = new Capabilities(sasl, options.limits().maxAppendLiteral());
        return new ImapServer(new ImapServices(store, directory.authenticator(), sasl, caps, options,
                new ServerSetting(directory, options.clock())));
    }

    public ImapServices services() {
        return services;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        new ImapSession(connection, services, CommandDispatcher.INSTANCE).run();
    }

    /** RFC 9051 §7.1.5: a server that will not serve the connection greets with BYE. */
    @Override
    public void refuse(Connection connection, String reason) {
        try {
            connection.output().write(("* BYE " + reason + "\r\n").getBytes(StandardCharsets.US_ASCII));
            connection.flush();
        } catch (IOException ignored) {
            // the client is gone already
        }
    }

    /** The server setting {@code PlainTextLoginAllowed}, re-read at most every few seconds. */
    private static final class ServerSetting implements BooleanSupplier {
        private static final long TTL_MILLIS = 2_000;
        private final CleartextPolicy policy;
        private final Clock clock;
        private volatile long readAt;
        private volatile boolean loaded;
        private volatile boolean value;

        ServerSetting(Directory directory, Clock clock) {
            // loopback and TLS are the session's to judge (ImapOptions.loopbackTrusted)
            this.policy = new CleartextPolicy(directory::getServerSettings, false);
            this.clock = clock;
        }

        @Override
        public boolean getAsBoolean() {
            long now = clock.millis();
            if (!loaded || now - readAt > TTL_MILLIS || now < readAt) {
                value = policy.settingAllows();
                readAt = now;
                loaded = true;
            }
            return value;
        }
    }
}
