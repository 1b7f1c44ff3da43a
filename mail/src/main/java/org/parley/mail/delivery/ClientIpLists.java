package org.parley.mail.delivery;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.core.net.IpRangeList;
import org.parley.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's {@code ClientIPs} and {@code LANIPs} lists (server settings holding multi-line text,
 * parsed by {@link IpRangeList}): clients connecting from these addresses may relay without
 * authenticating. The SMTP session asks {@link #mayRelay} when it builds its
 * {@link SubmissionContext}; the CLI reads and sets the texts. Thread-safe; reads come from
 * memory.
 */
public final class ClientIpLists {
    private static final Logger LOG = LoggerFactory.getLogger(ClientIpLists.class);
    public static final String CLIENT_IPS = "ClientIPs";
    public static final String LAN_IPS = "LANIPs";

    private final Directory directory;
    private final AtomicReference<IpRangeList> clientIps = new AtomicReference<>(IpRangeList.EMPTY);
    private final AtomicReference<IpRangeList> lanIps = new AtomicReference<>(IpRangeList.EMPTY);

    public ClientIpLists(Directory directory) {
        this.directory = directory;
    }

    /** Reads both lists from the server settings; a list that no longer parses is logged and left empty. */
    public void load() {
        Map<String, Object> settings = directory.getServerSettings();
        clientIps.set(parseStored(settings.get(CLIENT_IPS), CLIENT_IPS));
        lanIps.set(parseStored(settings.get(LAN_IPS), LAN_IPS));
    }

    private static IpRangeList parseStored(Object value, String name) {
        try {
            return IpRangeList.parse(value instanceof String s ? s : "");
        } catch (IllegalArgumentException e) {
            LOG.error("the stored {} list is not valid and is ignored: {}", name, e.getMessage());
            return IpRangeList.EMPTY;
        }
    }

    /** True when {@code remote} is in ClientIPs or LANIPs. */
    public boolean mayRelay(InetAddress remote) {
        return remote != null && (clientIps.get().contains(remote) || lanIps.get().contains(remote));
    }

    public IpRangeList clientIps() {
        return clientIps.get();
    }

    public IpRangeList lanIps() {
        return lanIps.get();
    }

    /** GETCLIENTIPS: the text as set. */
    public String clientIpsText() {
        return clientIps.get().text();
    }

    /** GETLANIPS: the text as set. */
    public String lanIpsText() {
        return lanIps.get().text();
    }

    /**
     * SETCLIENTIPS: validates, stores, installs.
     *
     * @throws IllegalArgumentException naming the bad line; nothing changes
     */
    public void setClientIps(String text) {
        clientIps.set(store(CLIENT_IPS, text));
    }

    /** SETLANIPS: as {@link #setClientIps}. */
    public void setLanIps(String text) {
        lanIps.set(store(LAN_IPS, text));
    }

    private IpRangeList store(String key, String text) {
        String t = text == null ? "" : text;
        IpRangeList parsed = IpRangeList.parse(t);
        directory.updateServerSettings(Map.of(key, t));
        return parsed;
    }
}
