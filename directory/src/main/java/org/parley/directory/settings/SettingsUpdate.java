package org.parley.directory.settings;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated change to one settings dictionary: keys to store (canonical names, normalized
 * values), keys to remove (those given the value {@code default}), and a new password when the
 * change carried the write-only {@code Password} key.
 */
public record SettingsUpdate(Map<String, Object> put, Set<String> remove, Optional<String> password) {
    /** The value that removes a key so the inherited one applies again (UPDATEACCOUNTSETTINGS). */
    public static final String DEFAULT = "default";
    /** Longest setting key accepted. */
    public static final int MAX_KEY = 128;

    public SettingsUpdate {
        put = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(put));
        remove = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(remove));
    }

    /**
     * Validates a dictionary of changes for an owner.
     *
     * @param passwordAllowed whether {@code Password} may appear (account settings, not defaults)
     * @throws InvalidSettingException naming the first offending key
     */
    public static SettingsUpdate of(SettingOwner owner, Map<String, ?> changes, boolean passwordAllowed) {
        Map<String, Object> put = new LinkedHashMap<>();
        Set<String> remove = new LinkedHashSet<>();
        String password = null;
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            String key = checkKey(e.getKey());
            Object value = e.getValue();
            SettingKey known = SettingsCatalog.find(owner, key).orElse(null);
            String name = known == null ? key : known.name();
            if (known != null && known.writeOnly()) {
                if (!passwordAllowed) {
                    throw new InvalidSettingException(key, name + " cannot be set here");
                }
                if (!(value instanceof String s)) {
                    throw new InvalidSettingException(key, name + ": expected a string");
                }
                if (DEFAULT.equals(s)) {
                    // "default" would otherwise become the password itself, or silently remove it
                    throw new InvalidSettingException(key, name + " has no default; set a new password instead");
                }
                password = s;
                continue;
            }
            if (DEFAULT.equals(value)) {
                remove.add(name);
                put.remove(name);
                continue;
            }
            SettingValues.checkModel(name, value);
            put.put(name, known == null ? value : known.normalize(value));
            remove.remove(name);
        }
        return new SettingsUpdate(put, remove, Optional.ofNullable(password));
    }

    private static String checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidSettingException("", "a setting key must not be empty");
        }
        if (key.length() > MAX_KEY) {
            throw new InvalidSettingException(key, "setting key longer than " + MAX_KEY + " characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidSettingException(key, "setting key contains a control character");
            }
        }
        return key;
    }
}
