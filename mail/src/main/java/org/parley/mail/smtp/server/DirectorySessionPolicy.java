package org.parley.mail.smtp.server;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.parley.core.net.IpRangeList;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.auth.Authenticated;
import org.parley.mail.smtp.session.SessionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SessionPolicy} from the directory's live settings:
 * <ul>
 *   <li>server settings {@code ClientIPs} and {@code LANIPs} (multi-line address lists, see
 *       {@link IpRangeList}): clients there may relay without AUTH;</li>
 *   <li>server setting {@code PlainTextLoginAllowed = YES}: AUTH is offered without TLS;</li>
 *   <li>the account's {@code AccessModes} must include {@code Relay} for it to relay.</li>
 * </ul>
 * Parsed address lists are cached until the setting's text changes. Thread-safe.
 */
public final class DirectorySessionPolicy implements SessionPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySessionPolicy.class);

    public static final String CLIENT_IPS = "ClientIPs";
    public static final String LAN_IPS = "LANIPs";
    public static final String PLAIN_TEXT_LOGIN_ALLOWED = "PlainTextLoginAllowed";

    private final Directory directory;
    private volatile ParsedList clientIps = new ParsedList("", IpRangeList.EMPTY);
    private volatile ParsedList lanIps = new ParsedList("", IpRangeList.EMPTY);

    private record ParsedList(String text, IpRangeList list) {}

    public DirectorySessionPolicy(Directory directory) {
        this.directory = directory;
    }

    @Override
    public ClientRules rulesFor(InetAddress remote) {
        Map<String, Object> server = directory.getServerSettings();
        ParsedList clients = refresh(clientIps, CLIENT_IPS, server.get(CLIENT_IPS));
        clientIps = clients;
        ParsedList lan = refresh(lanIps, LAN_IPS, server.get(LAN_IPS));
        lanIps = lan;
        boolean relay = clients.list().contains(remote) || lan.list().contains(remote);
        return new ClientRules(relay, yes(server.get(PLAIN_TEXT_LOGIN_ALLOWED)));
    }

    private static ParsedList refresh(ParsedList cached, String key, Object value) {
        String text = switch (value) {
            case null -> "";
            case String s -> s;
            case List<?> list -> String.join("\n", list.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
        if (text.equals(cached.text())) {
            return cached;
        }
        try {
            return new ParsedList(text, IpRangeList.parse(text));
        } catch (IllegalArgumentException e) {
            // a bad list must not open the relay: treat it as empty and say so
            LOG.warn("server setting {} is not a valid address list ({}); ignoring it", key, e.getMessage());
            return new ParsedList(text, IpRangeList.EMPTY);
        }
    }

    @Override
    public boolean mayRelay(Authenticated who) {
        try {
            return directory.accountEffectiveSettings(who.accountId()).serviceAllowed("Relay");
        } catch (DirectoryException e) {
            return false; // the account went away under the session: no privileges
        }
    }

    private static boolean yes(Object value) {
        return value instanceof String s && s.equalsIgnoreCase("YES");
    }
}
