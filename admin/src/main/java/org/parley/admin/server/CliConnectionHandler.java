package org.parley.admin.server;

import java.io.IOException;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.command.CommandTable;
import org.parley.admin.command.MailAdmin;
import org.parley.admin.command.ServerInfo;
import org.parley.admin.session.CliSession;
import org.parley.core.net.Connection;
import org.parley.core.net.ConnectionHandler;
import org.parley.directory.Directory;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.store.mail.MailStore;

/**
 * The CLI/API listener's entry point (port 106): one {@link CliSession} per connection. Thread-safe;
 * the command table is shared and immutable.
 */
public final class CliConnectionHandler implements ConnectionHandler {
    private final Directory directory;
    private final MailStore mailStore;
    private final ServerInfo info;
    private final CommandTable commands;
    private final CleartextPolicy cleartext;

    public CliConnectionHandler(Directory directory, MailStore mailStore, ServerInfo info) {
        this(directory, mailStore, info, null);
    }

    /** With the mail routing and queue verbs when {@code mail} is not null. */
    public CliConnectionHandler(Directory directory, MailStore mailStore, ServerInfo info, MailAdmin mail) {
        this.directory = directory;
        this.mailStore = mailStore;
        this.info = info;
        this.commands = CommandTable.standard(mail);
        this.cleartext = new CleartextPolicy(directory::getServerSettings, true);
    }

    private CliConnectionHandler(CliConnectionHandler base, boolean trustLoopback) {
        this.directory = base.directory;
        this.mailStore = base.mailStore;
        this.info = base.info;
        this.commands = base.commands;
        this.cleartext = new CleartextPolicy(directory::getServerSettings, trustLoopback);
    }

    /**
     * Whether loopback clients may send passwords in clear text without TLS (default yes); tests
     * turn it off to see what a remote client sees.
     */
    public CliConnectionHandler withLoopbackTrusted(boolean trusted) {
        return new CliConnectionHandler(this, trusted);
    }

    @Override
    public void serve(Connection connection) throws IOException {
        new CliSession(connection, directory, mailStore, commands, info, cleartext).run();
    }

    @Override
    public void refuse(Connection connection, String reason) {
        try {
            connection.writeLine(CliCodes.NOT_ALLOWED + " " + reason);
            connection.flush();
        } catch (IOException ignored) {
            // the client is being turned away anyway
        }
    }
}
