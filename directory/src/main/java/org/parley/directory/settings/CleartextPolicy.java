package org.parley.directory.settings;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Whether a connection may carry a password in clear text (USER/PASS, SASL PLAIN and LOGIN): yes
 * under TLS, yes from a loopback address (when trusted), and otherwise only if the server setting
 * {@value #SETTING} is {@code YES}. The setting is read on every decision, so a change applies to
 * the next login without a restart. Thread-safe.
 */
public final class CleartextPolicy {
    /** The server setting (Directory server settings, CommuniGate's name) that allows clear text anywhere. */
    public static final String SETTING = "PlainTextLoginAllowed";

    private final Supplier<Map<String, Object>> serverSettings;
    private final boolean trustLoopback;

    /** @param serverSettings the directory's explicit server settings (e.g. {@code directory::getServerSettings}) */
    public CleartextPolicy(Supplier<Map<String, Object>> serverSettings, boolean trustLoopback) {
        this.serverSettings = serverSettings;
        this.trustLoopback = trustLoopback;
    }

    public boolean allows(boolean secure, boolean loopback) {
        return secure || (loopback && trustLoopback) || settingAllows();
    }

    /**
     * Whether the server setting alone allows clear text everywhere: name case-insensitive, value
     * {@code YES} (CommuniGate's spelling) or {@code true}; anything else, or no setting, is no.
     */
    public boolean settingAllows() {
        for (Map.Entry<String, Object> e : serverSettings.get().entrySet()) {
            if (e.getKey().equalsIgnoreCase(SETTING)) {
                return e.getValue() instanceof String s && (s.equalsIgnoreCase("YES") || s.equalsIgnoreCase("true"));
            }
        }
        return false;
    }
}
