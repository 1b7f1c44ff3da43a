package org.parley.mail.delivery;

import java.net.InetAddress;
import java.util.Map;
import org.parley.core.net.IpRangeList;
import org.parley.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's {@code ClientIPs} and {@code LANIPs} lists: server settings holding multi-line
 * text, parsed by {@link IpRangeList}. Clients connecting from these addresses may relay without
 * authenticating. The CLI reads and sets the texts here (validated before they are stored);
 * {@link #mayRelay} answers from the stored settings as they are now, so a change made on another
 * cluster node or with UPDATESERVERSETTINGS counts at once. A parsed list is kept until its text
 * changes. Thread-safe.
 */
public final class ClientIpLists {
    private static final Logger LOG = LoggerFactory.getLogger(ClientIpLists.class);
    public static final String CLIENT_IPS = "ClientIPs";
    public static final String LAN_IPS = "LANIPs";

    private record Parsed(String text, IpRangeList list) {}

    private final Directory directory;
    private volatile Parsed clientIps = new Parsed("", IpRangeList.EMPTY);
    private volatile Parsed lanIps = new Parsed("", IpRangeList.EMPTY);

    public ClientIpLists(Directory directory) {
        this.directory = directory;
    }

    /** True when {@code remote} is in ClientIPs or LANIPs. */
    public boolean mayRelay(InetAddress remote) {
        return remote != null && mayRelay(remote, directory.getServerSettings());
    }

    /**
     * As {@link #mayRelay(InetAddress)}, from server settings the caller has just read: one read
     * serves both lists (and whatever else the caller decides from them).
     */
    public boolean mayRelay(InetAddress remote, Map<String, Object> serverSettings) {
        if (remote == null) {
            return false;
        }
        Parsed c = current(clientIps, CLIENT_IPS, serverSettings);
        clientIps = c;
        if (c.list().contains(remote)) {
            return true;
        }
        Parsed l = current(lanIps, LAN_IPS, serverSettings);
        lanIps = l;
        return l.list().contains(remote);
    }

    /** GETCLIENTIPS: the text as stored. */
    public String clientIpsText() {
        return text(directory.getServerSettings().get(CLIENT_IPS));
    }

    /** GETLANIPS: the text as stored. */
    public String lanIpsText() {
        return text(directory.getServerSettings().get(LAN_IPS));
    }

    /**
     * SETCLIENTIPS: validates, then stores (durable when this returns).
     *
     * @throws IllegalArgumentException naming the bad line; nothing changes
     */
    public void setClientIps(String text) {
        store(CLIENT_IPS, text);
    }

    /** SETLANIPS: as {@link #setClientIps}. */
    public void setLanIps(String text) {
        store(LAN_IPS, text);
    }

    private void store(String key, String text) {
        String t = text == null ? "" : text;
        IpRangeList.parse(t);
        directory.updateServerSettings(Map.of(key, t));
    }

    private static Parsed current(Parsed cached, String key, Map<String, Object> serverSettings) {
        String text = text(serverSettings.get(key));
        if (text.equals(cached.text())) {
            return cached;
        }
        try {
            return new Parsed(text, IpRangeList.parse(text));
        } catch (IllegalArgumentException e) {
            // a bad list never opens the relay
            LOG.warn("server setting {} is not a valid address list and is ignored: {}", key, e.getMessage());
            return new Parsed(text, IpRangeList.EMPTY);
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }
}
