package org.parley.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Conventional ports of every listener, by listener name; {@code --port-offset N} adds N to each. */
public final class StandardPorts {
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    static {
        PORTS.put("smtp", 25);
        PORTS.put("submission", 587);
        PORTS.put("smtps", 465);
        PORTS.put("lmtp", 24);
        PORTS.put("pop3", 110);
        PORTS.put("pop3s", 995);
        PORTS.put("imap", 143);
        PORTS.put("imaps", 993);
        PORTS.put("cli", 106);
        PORTS.put("sip", 5060);
        PORTS.put("sips", 5061);
        PORTS.put("xmpp", 5222);
        PORTS.put("xmpp-server", 5269);
        PORTS.put("ximss", 11024);
        PORTS.put("ximsss", 11025);
        PORTS.put("webadmin", 8010);
        PORTS.put("webadmins", 9010);
        PORTS.put("webuser", 8100);
        PORTS.put("webusers", 9100);
        PORTS.put("ldap", 389);
        PORTS.put("ldaps", 636);
    }

    private StandardPorts() {}

    /** The standard port of a listener; throws for an unknown name so typos fail loudly. */
    public static int of(String listener) {
        Integer p = PORTS.get(listener);
        if (p == null) {
            throw new IllegalArgumentException("unknown listener " + listener);
        }
        return p;
    }

    public static Map<String, Integer> all() {
        return Map.copyOf(PORTS);
    }
}
