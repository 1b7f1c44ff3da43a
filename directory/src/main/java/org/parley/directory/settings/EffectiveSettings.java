package org.parley.directory.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Settings after inheritance: for every key the value of the most specific layer that has it,
 * with the layer it came from. Immutable and thread-safe.
 *
 * <p>Account settings resolve account → domain account defaults → server account defaults →
 * built-in; domain settings resolve domain → server domain defaults → built-in.
 */
public final class EffectiveSettings {
    /** One effective value and where it came from. */
    public record Entry(Object value, SettingSource source) {}

    /** One dictionary in the inheritance chain. */
    public record Layer(SettingSource source, Map<String, Object> values) {}

    private final SettingOwner owner;
    private final Map<String, Entry> entries;

    private EffectiveSettings(SettingOwner owner, Map<String, Entry> entries) {
        this.owner = owner;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Merges layers, most specific first; the catalog's built-in defaults form the last layer.
     * Write-only keys never appear.
     */
    public static EffectiveSettings resolve(SettingOwner owner, List<Layer> layers) {
        Map<String, Entry> out = new TreeMap<>();
        for (Layer layer : layers) {
            for (Map.Entry<String, Object> e : layer.values().entrySet()) {
                if (!isWriteOnly(owner, e.getKey())) {
                    out.putIfAbsent(e.getKey(), new Entry(e.getValue(), layer.source()));
                }
            }
        }
        for (SettingKey k : SettingsCatalog.keys(owner)) {
            if (k.builtIn() != null && !k.writeOnly()) {
                out.putIfAbsent(k.name(), new Entry(k.builtIn(), SettingSource.BUILT_IN));
            }
        }
        return new EffectiveSettings(owner, out);
    }

    private static boolean isWriteOnly(SettingOwner owner, String key) {
        return SettingsCatalog.find(owner, key).map(SettingKey::writeOnly).orElse(false);
    }

    /** Every effective key with its value and source, sorted by key. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The effective dictionary without sources (GETACCOUNTEFFECTIVESETTINGS), sorted by key. */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    /** The entry for a key; known keys match in any case. */
    public Optional<Entry> entry(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            e = SettingsCatalog.find(owner, key).map(k -> entries.get(k.name())).orElse(null);
        }
        return Optional.ofNullable(e);
    }

    public Optional<Object> get(String key) {
        return entry(key).map(Entry::value);
    }

    public Optional<SettingSource> source(String key) {
        return entry(key).map(Entry::source);
    }

    /** The value if it is a string. */
    public Optional<String> string(String key) {
        return get(key).filter(String.class::isInstance).map(String.class::cast);
    }

    /** True when the value is {@code YES} (any case). */
    public boolean bool(String key) {
        return string(key).map(s -> s.equalsIgnoreCase("YES")).orElse(false);
    }

    /** A size or limit in bytes or units; empty for {@code unlimited} or an absent/unreadable value. */
    public OptionalLong limit(String key) {
        Optional<Object> v = get(key);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return switch (v.get()) {
                case Long n -> OptionalLong.of(n);
                case String s -> SettingValues.parseSize(s);
                default -> OptionalLong.empty();
            };
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Whether {@code AccessModes} lets the account use a service ({@code IMAP}, {@code POP},
     * {@code Mail}, …): {@code All} allows everything, {@code None} nothing, an array names the
     * allowed services (a leading version number is skipped; names compare case-insensitively).
     */
    public boolean serviceAllowed(String service) {
        Object modes = get(SettingsCatalog.ACCESS_MODES).orElse("All");
        if (modes instanceof String s) {
            return s.equalsIgnoreCase("All");
        }
        if (modes instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String name && name.equalsIgnoreCase(service)) {
                    return true;
                }
            }
        }
        return false;
    }
}
