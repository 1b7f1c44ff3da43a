package org.parley.mail.smtp.server;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.net.IpRangeList;
import org.parley.directory.AddressTarget;
import org.parley.directory.Directory;
import org.parley.directory.auth.Authenticated;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SessionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SessionPolicy} from the directory's live settings:
 * <ul>
 *   <li>server settings {@code ClientIPs} and {@code LANIPs} (multi-line address lists, see
 *       {@link IpRangeList}): clients there may relay without AUTH;</li>
 *   <li>server setting {@code PlainTextLoginAllowed = YES}: AUTH is offered without TLS;</li>
 *   <li>{@code AllowAnySender = YES} in the account's effective settings, its domain's effective
 *       settings or the server settings: the account may use any MAIL FROM address;</li>
 *   <li>the account's {@code AccessModes} must include {@code Relay} for it to relay.</li>
 * </ul>
 * Parsed address lists are cached until the setting's text changes. Thread-safe.
 */
public final class DirectorySessionPolicy implements SessionPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySessionPolicy.class);

    public static final String CLIENT_IPS = "ClientIPs";
    public static final String LAN_IPS = "LANIPs";
    public static final String PLAIN_TEXT_LOGIN_ALLOWED = "PlainTextLoginAllowed";
    public static final String ALLOW_ANY_SENDER = "AllowAnySender";

    /** RFC 6409 §6.1 / RFC 3463 X.7.1: the sender address is not the client's to use. */
    static final SmtpReply NOT_YOUR_ADDRESS = SmtpReply.of(553, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED,
            "Sender address not owned by the authenticated account");

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
        return directory.accountEffectiveSettings(who.accountId()).serviceAllowed("Relay");
    }

    @Override
    public Optional<SmtpReply> checkSender(Authenticated who, MailPath sender) {
        if (sender.isNull()) {
            return Optional.empty();
        }
        EmailAddress mailbox = sender.mailbox();
        if (!mailbox.isAddressLiteral() && !mailbox.isBarePostmaster()
                && directory.lookup(mailbox.localPart(), mailbox.asciiDomain()) instanceof AddressTarget.Account a
                && a.account().id() == who.accountId()) {
            return Optional.empty();
        }
        if (allowAnySender(who)) {
            return Optional.empty();
        }
        return Optional.of(NOT_YOUR_ADDRESS);
    }

    private boolean allowAnySender(Authenticated who) {
        return directory.accountEffectiveSettings(who.accountId()).bool(ALLOW_ANY_SENDER)
                || directory.getDomainEffectiveSettings(who.domain()).bool(ALLOW_ANY_SENDER)
                || yes(directory.getServerSettings().get(ALLOW_ANY_SENDER));
    }

    private static boolean yes(Object value) {
        return value instanceof String s && s.equalsIgnoreCase("YES");
    }
}
