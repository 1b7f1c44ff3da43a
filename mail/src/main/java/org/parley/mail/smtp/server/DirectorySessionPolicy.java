package org.parley.mail.smtp.server;

import java.net.InetAddress;
import java.util.Map;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.mail.delivery.ClientIpLists;
import org.parley.mail.smtp.session.SessionPolicy;

/**
 * {@link SessionPolicy} from the directory's live settings:
 * <ul>
 *   <li>the server's {@code ClientIPs} and {@code LANIPs} lists, through {@link ClientIpLists}
 *       (the same object the CLI's GET/SETCLIENTIPS use): clients there may relay without AUTH;</li>
 *   <li>server setting {@code PlainTextLoginAllowed = YES}: AUTH is offered without TLS;</li>
 *   <li>the account's {@code AccessModes} must include {@code Relay} for it to relay.</li>
 * </ul>
 * Every value is read when a connection starts or authenticates, so changes (also from other
 * cluster nodes) apply to the next connection. Thread-safe.
 */
public final class DirectorySessionPolicy implements SessionPolicy {
    private final Directory directory;
    private final ClientIpLists clientIps;

    public DirectorySessionPolicy(Directory directory, ClientIpLists clientIps) {
        this.directory = directory;
        this.clientIps = clientIps;
    }

    /** With its own view of the address lists (tests, tools). */
    public DirectorySessionPolicy(Directory directory) {
        this(directory, new ClientIpLists(directory));
    }

    @Override
    public ClientRules rulesFor(InetAddress remote) {
        // one read of the server settings per connection serves both rules
        Map<String, Object> settings = directory.getServerSettings();
        // TLS and loopback are judged by the session (SmtpSession.plaintextLoginAllowed)
        boolean plaintext = new CleartextPolicy(() -> settings, false).settingAllows();
        return new ClientRules(clientIps.mayRelay(remote, settings), plaintext);
    }

    @Override
    public boolean mayRelay(Authenticated who) {
        try {
            return directory.accountEffectiveSettings(who.accountId()).serviceAllowed("Relay");
        } catch (DirectoryException e) {
            return false; // the account went away under the session: no privileges
        }
    }
}
