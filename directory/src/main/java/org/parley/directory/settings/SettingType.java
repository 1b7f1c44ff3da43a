package org.parley.directory.settings;

/**
 * Value types of known settings. Scalars are kept as CommuniGate writes them (strings), so a
 * dictionary read back prints exactly as it was written; {@link EffectiveSettings} offers typed
 * accessors.
 */
public enum SettingType {
    /** Any string. */
    STRING("a string"),
    /** A decimal integer, given as a number or a string; kept as a string. */
    NUMBER("a whole number"),
    /** A non-negative integer or {@code unlimited}. */
    LIMIT("a whole number or unlimited"),
    /** {@code YES} or {@code NO}, any case; kept upper case. */
    BOOLEAN("YES or NO"),
    /** Bytes with an optional K, M, G or T suffix ({@code 100M}, {@code 10K}) or {@code unlimited}. */
    SIZE("a size such as 100M, 10K or unlimited"),
    /** An array of strings. */
    LIST("an array of strings"),
    /** A dictionary. */
    DICTIONARY("a dictionary"),
    /** One of a fixed set of strings, any case; kept in the catalog's spelling. */
    CHOICE("one of the listed values"),
    /** {@code All}, {@code None}, or an array of service names optionally led by a version number. */
    ACCESS_MODES("All, None or an array of service names");

    private final String description;

    SettingType(String description) {
        this.description = description;
    }

    /** Human text used in validation errors ("expected …"). */
    public String description() {
        return description;
    }
}
