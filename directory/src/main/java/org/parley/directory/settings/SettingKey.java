package org.parley.directory.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A known setting: its CommuniGate name, type, built-in default (null when the key has none and
 * is simply absent) and, for {@link SettingType#CHOICE}, the accepted values.
 *
 * @param writeOnly true for keys that may be set but are never returned (Password)
 */
public record SettingKey(String name, SettingType type, Object builtIn, List<String> choices, boolean writeOnly) {
    public SettingKey {
        choices = List.copyOf(choices);
    }

    static SettingKey of(String name, SettingType type, Object builtIn) {
        return new SettingKey(name, type, builtIn, List.of(), false);
    }

    static SettingKey choice(String name, String builtIn, String... choices) {
        return new SettingKey(name, SettingType.CHOICE, builtIn, List.of(choices), false);
    }

    /**
     * Checks a value against this key's type and returns its canonical form.
     *
     * @throws InvalidSettingException naming the key and the expected type
     */
    public Object normalize(Object value) {
        try {
            return switch (type) {
                case STRING -> string(value);
                case NUMBER -> Long.toString(number(value));
                case LIMIT -> value instanceof String s && s.equalsIgnoreCase(SettingValues.UNLIMITED)
                        ? SettingValues.UNLIMITED
                        : Long.toString(nonNegative(number(value)));
                case BOOLEAN -> bool(value);
                case SIZE -> value instanceof Long n ? Long.toString(nonNegative(n)) : SettingValues.normalizeSize(string(value));
                case LIST -> stringList(value);
                case DICTIONARY -> dictionary(value);
                case CHOICE -> choose(string(value));
                case ACCESS_MODES -> accessModes(value);
            };
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidSettingException(name, name + ": expected " + describe() + ", got " + show(value));
        }
    }

    private String describe() {
        return type == SettingType.CHOICE ? "one of " + String.join(", ", choices) : type.description();
    }

    private static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException();
    }

    private static long number(Object value) {
        return switch (value) {
            case Long n -> n;
            case String s -> SettingValues.parseNumber(s);
            default -> throw new IllegalArgumentException();
        };
    }

    private static long nonNegative(long n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        return n;
    }

    private static String bool(Object value) {
        String s = string(value);
        if (s.equalsIgnoreCase("YES")) {
            return "YES";
        }
        if (s.equalsIgnoreCase("NO")) {
            return "NO";
        }
        throw new IllegalArgumentException();
    }

    private static List<Object> stringList(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException();
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(string(o));
        }
        return List.copyOf(out);
    }

    private static Map<?, ?> dictionary(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException();
        }
        return map;
    }

    private String choose(String s) {
        for (String c : choices) {
            if (c.equalsIgnoreCase(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException();
    }

    private static Object accessModes(Object value) {
        if (value instanceof String s) {
            if (s.equalsIgnoreCase("All")) {
                return "All";
            }
            if (s.equalsIgnoreCase("None")) {
                return "None";
            }
            throw new IllegalArgumentException();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException();
        }
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            // COMPAT-CGP §4.3: the first element may be a version number
            if (i == 0 && o instanceof Long n) {
                out.add(Long.toString(n));
            } else if (i == 0 && o instanceof String s && !s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                out.add(s);
            } else {
                out.add(string(o));
            }
        }
        return List.copyOf(out);
    }

    private static String show(Object value) {
        String s = switch (value) {
            case null -> "nothing";
            case String str -> "\"" + str + "\"";
            case List<?> l -> "an array";
            case Map<?, ?> m -> "a dictionary";
            case byte[] b -> "a data block";
            default -> String.valueOf(value);
        };
        String cut = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
