package org.parley.directory.settings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings Parley knows, by owner, with their types and built-in defaults (names follow
 * CommuniGate, COMPAT-CGP §4.3). Keys not listed are accepted and stored as given, the way
 * CommuniGate keeps settings it does not interpret; known keys are matched case-insensitively and
 * stored in the catalog's spelling.
 *
 * <p>Decisions where CommuniGate's own defaults are not documented: sizes and counts default to
 * {@code unlimited} (limits are the administrator's choice, not ours); {@code RulesAllowed}
 * defaults to {@code All But Exec}; passwords are hashed ({@code PasswordEncryption=argon2id}) unless
 * an account opts into the reversible form with {@code clear}.
 */
public final class SettingsCatalog {
    /** Write-only account key holding the password; never stored in the settings dictionary. */
    public static final String PASSWORD = "Password";
    public static final String REAL_NAME = "RealName";
    public static final String PASSWORD_ENCRYPTION = "PasswordEncryption";
    /** {@link #PASSWORD_ENCRYPTION} value that keeps a reversible (encrypted) copy for CRAM-MD5 and APOP. */
    public static final String ENCRYPTION_CLEAR = "clear";
    public static final String ENCRYPTION_ARGON2 = "argon2id";
    public static final String ACCESS_MODES = "AccessModes";
    public static final String MAIL_TO_UNKNOWN = "MailToUnknown";
    public static final String MAIL_REROUTE_ADDRESS = "MailRerouteAddress";
    public static final String MEMBERS = "Members";

    private static final List<String> RULE_LEVELS = List.of("No", "Filter Only", "All But Exec", "Any");

    private static final Map<SettingOwner, Map<String, SettingKey>> KEYS = Map.of(
            SettingOwner.ACCOUNT, index(
                    SettingKey.of(REAL_NAME, SettingType.STRING, null),
                    new SettingKey(PASSWORD, SettingType.STRING, null, List.of(), true),
                    SettingKey.choice(PASSWORD_ENCRYPTION, ENCRYPTION_ARGON2, ENCRYPTION_ARGON2, ENCRYPTION_CLEAR),
                    SettingKey.of("CanModifyPassword", SettingType.BOOLEAN, "YES"),
                    SettingKey.of("MaxAccountSize", SettingType.SIZE, SettingValues.UNLIMITED),
                    SettingKey.of("MaxMessageCount", SettingType.LIMIT, SettingValues.UNLIMITED),
                    SettingKey.of("MaxMailboxes", SettingType.LIMIT, SettingValues.UNLIMITED),
                    SettingKey.of(ACCESS_MODES, SettingType.ACCESS_MODES, "All"),
                    rules("RulesAllowed"),
                    rules("SignalRulesAllowed"),
                    SettingKey.of("ServiceClass", SettingType.STRING, null),
                    SettingKey.of("ExternalINBOX", SettingType.BOOLEAN, "NO")),
            SettingOwner.DOMAIN, index(
                    SettingKey.choice(MAIL_TO_UNKNOWN, "Rejected", "Rejected", "Discarded", "Rerouted to", "Accepted and Bounced"),
                    SettingKey.of(MAIL_REROUTE_ADDRESS, SettingType.STRING, null),
                    SettingKey.of("ClientIPs", SettingType.STRING, null),
                    SettingKey.of("MaxAccounts", SettingType.LIMIT, SettingValues.UNLIMITED),
                    SettingKey.of(REAL_NAME, SettingType.STRING, null)),
            SettingOwner.GROUP, index(
                    SettingKey.of(MEMBERS, SettingType.LIST, List.of()),
                    SettingKey.of(REAL_NAME, SettingType.STRING, null),
                    SettingKey.of("EmailDisabled", SettingType.BOOLEAN, "NO"),
                    SettingKey.of("SignalDisabled", SettingType.BOOLEAN, "NO")),
            SettingOwner.SERVER, index());

    private SettingsCatalog() {}

    private static SettingKey rules(String name) {
        return new SettingKey(name, SettingType.CHOICE, "All But Exec", RULE_LEVELS, false);
    }

    private static Map<String, SettingKey> index(SettingKey... keys) {
        Map<String, SettingKey> m = new LinkedHashMap<>();
        for (SettingKey k : keys) {
            m.put(k.name().toLowerCase(Locale.ROOT), k);
        }
        return m;
    }

    /** The known key of that name (any case) for that owner. */
    public static Optional<SettingKey> find(SettingOwner owner, String name) {
        return Optional.ofNullable(KEYS.get(owner).get(name.toLowerCase(Locale.ROOT)));
    }

    /** All known keys of an owner, in catalog order. */
    public static Collection<SettingKey> keys(SettingOwner owner) {
        return KEYS.get(owner).values();
    }
}
