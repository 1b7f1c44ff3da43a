package org.parley.directory.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;

/**
 * Checks and reads values of the CommuniGate object model (see {@code org.parley.core.format}):
 * String, Long, byte[], List, Map with String keys, CgpNull, CgpIp, CgpDate.
 */
public final class SettingValues {
    /** Deepest nesting of arrays and dictionaries accepted in a setting value. */
    public static final int MAX_DEPTH = 32;
    /** Largest number of scalars, arrays and dictionaries in one setting value. */
    public static final int MAX_NODES = 100_000;
    /** The literal {@code unlimited} used by sizes and limits. */
    public static final String UNLIMITED = "unlimited";
    private static final long MAX_SIZE = 1L << 60;

    private SettingValues() {}

    /**
     * Throws unless {@code value} is made only of object-model types, nests at most
     * {@value #MAX_DEPTH} deep and holds at most {@value #MAX_NODES} nodes.
     */
    public static void checkModel(String key, Object value) {
        int[] nodes = {0};
        checkModel(key, value, 0, nodes);
    }

    private static void checkModel(String key, Object value, int depth, int[] nodes) {
        if (++nodes[0] > MAX_NODES) {
            throw new InvalidSettingException(key, key + ": value has more than " + MAX_NODES + " elements");
        }
        if (depth > MAX_DEPTH) {
            throw new InvalidSettingException(key, key + ": value nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (value) {
            case String s -> { }
            case Long n -> { }
            case byte[] b -> { }
            case CgpNull n -> { }
            case CgpIp ip -> { }
            case CgpDate d -> { }
            case List<?> list -> {
                for (Object o : list) {
                    if (o == null) {
                        throw new InvalidSettingException(key, key + ": an array element is missing");
                    }
                    checkModel(key, o, depth + 1, nodes);
                }
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String) || e.getValue() == null) {
                        throw new InvalidSettingException(key, key + ": a dictionary needs string keys and values");
                    }
                    checkModel(key, e.getValue(), depth + 1, nodes);
                }
            }
            case null -> throw new InvalidSettingException(key, key + ": value is missing");
            default -> throw new InvalidSettingException(key,
                    key + ": " + value.getClass().getSimpleName() + " is not a CommuniGate object value");
        }
    }

    /**
     * Parses a size: digits with an optional K/M/G/T suffix (binary multiples, as CommuniGate
     * uses), or {@code unlimited} (empty result).
     *
     * @throws IllegalArgumentException if the text is not a size
     */
    public static OptionalLong parseSize(String text) {
        if (text.equalsIgnoreCase(UNLIMITED)) {
            return OptionalLong.empty();
        }
        if (text.isEmpty() || text.length() > 20) {
            throw new IllegalArgumentException("not a size: " + text);
        }
        char last = Character.toUpperCase(text.charAt(text.length() - 1));
        int shift = switch (last) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
        long n = parseDigits(digits);
        if (n > (MAX_SIZE >> shift)) {
            throw new IllegalArgumentException("size too large: " + text);
        }
        return OptionalLong.of(n << shift);
    }

    /** Canonical text of a size: suffix upper case, {@code unlimited} lower case. */
    static String normalizeSize(String text) {
        parseSize(text);
        return text.equalsIgnoreCase(UNLIMITED) ? UNLIMITED : text.toUpperCase(Locale.ROOT);
    }

    /** Parses an optionally signed decimal integer of at most 18 digits. */
    public static long parseNumber(String text) {
        if (text.startsWith("-")) {
            return -parseDigits(text.substring(1));
        }
        return parseDigits(text);
    }

    private static long parseDigits(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            throw new IllegalArgumentException("not a number: " + digits);
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a number: " + digits);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
