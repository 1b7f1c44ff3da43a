package org.parley.core.format;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes values in the CGP textual object format. Stateless and thread-safe.
 *
 * <p>Accepted values are exactly those {@link CgpParser} returns: {@link String}, {@code byte[]},
 * {@link Long}, {@link CgpDate}, {@link CgpIp}, {@link CgpNull}, {@link List} of values and
 * {@link Map} from {@link String} to values. Anything else — {@code null}, {@link Integer},
 * {@link Boolean} (CGP booleans are the strings {@code YES} and {@code NO}), a map with a
 * non-String key, a string with NUL or an unpaired surrogate, a timestamp with fractions of a
 * second or a year outside 0000–9999, a malformed {@link CgpIp} address, nesting deeper than
 * {@link CgpLimits#DEPTH_CAP} (a cyclic list, say) — throws {@link IllegalArgumentException}, so
 * whatever is printed parses back to an equal value.
 */
public final class CgpPrinter {
    private static final String INDENT = "  ";

    private CgpPrinter() {
    }

    /**
     * Single-line form, as sent after {@code 201 } in INLINE mode:
     * {@code {RealName="Alice Smith";Aliases=(al, "a l");}}. Never contains CR or LF.
     */
    public static String print(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, -1);
        return out.toString();
    }

    /**
     * Multi-line form for files: one dictionary entry per line ({@code Key = value;}), arrays on one
     * line unless they hold a non-empty array or dictionary, two-space indentation, LF line ends,
     * no final line end.
     */
    public static String printPretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, 0);
        return out.toString();
    }

    /** {@code indent} is the pretty-printing level, or -1 for the single-line form. */
    private static void write(StringBuilder out, Object value, int depth, int indent) {
        switch (value) {
            case String s -> writeString(out, s);
            case byte[] bytes -> out.append('[').append(Base64.getEncoder().encodeToString(bytes)).append(']');
            case Long n -> out.append('#').append(n.longValue());
            case CgpDate d -> writeDate(out, d);
            case CgpIp ip -> writeIp(out, ip);
            case CgpNull _ -> out.append("#NULL#");
            case List<?> list -> writeArray(out, list, enter(depth), indent);
            case Map<?, ?> map -> writeDictionary(out, map, enter(depth), indent);
            case null -> throw new IllegalArgumentException("null is not a CGP value; use CgpNull.NULL");
            case Integer _ -> throw new IllegalArgumentException("Integer is not a CGP value; use Long");
            case Boolean _ -> throw new IllegalArgumentException("Boolean is not a CGP value; use the strings YES and NO");
            default -> throw new IllegalArgumentException("not a CGP value: " + value.getClass().getName());
        }
    }

    private static int enter(int depth) {
        if (depth + 1 > CgpLimits.DEPTH_CAP) {
            throw new IllegalArgumentException("nesting deeper than " + CgpLimits.DEPTH_CAP + " (a cyclic value?)");
        }
        return depth + 1;
    }

    private static void writeArray(StringBuilder out, List<?> list, int depth, int indent) {
        boolean multiLine = indent >= 0 && list.stream().anyMatch(CgpPrinter::isNonEmptyContainer);
        out.append('(');
        for (int i = 0; i < list.size(); i++) {
            if (multiLine) {
                newLine(out, indent + 1);
            } else if (i > 0) {
                out.append(", ");
            }
            write(out, list.get(i), depth, multiLine ? indent + 1 : indent);
            if (multiLine && i < list.size() - 1) {
                out.append(',');
            }
        }
        if (multiLine) {
            newLine(out, indent);
        }
        out.append(')');
    }

    private static void writeDictionary(StringBuilder out, Map<?, ?> map, int depth, int indent) {
        out.append('{');
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("dictionary keys must be Strings, not "
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
            }
            if (indent >= 0) {
                newLine(out, indent + 1);
                writeString(out, key);
                out.append(" = ");
                write(out, e.getValue(), depth, indent + 1);
            } else {
                writeString(out, key);
                out.append('=');
                write(out, e.getValue(), depth, indent);
            }
            out.append(';');
        }
        if (indent >= 0 && !map.isEmpty()) {
            newLine(out, indent);
        }
        out.append('}');
    }

    private static boolean isNonEmptyContainer(Object v) {
        return (v instanceof List<?> l && !l.isEmpty()) || (v instanceof Map<?, ?> m && !m.isEmpty());
    }

    private static void newLine(StringBuilder out, int indent) {
        out.append('\n');
        out.append(INDENT.repeat(indent));
    }

    /**
     * Atoms are printed only for the chars every known client parser accepts in an atom
     * (ASCII letters, digits, {@code - _ . @ ! % :}); the parser reads a wider set.
     */
    static boolean isAtomSafe(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.@!%:".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    private static void writeString(StringBuilder out, String s) {
        if (isAtomSafe(s)) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\e"); // CGP's own choice for line breaks inside values
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> throw new IllegalArgumentException("a CGP string cannot contain NUL");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append('\\').append(String.format(Locale.ROOT, "%03d", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                            throw new IllegalArgumentException("a CGP string must be valid Unicode: unpaired surrogate at " + i);
                        }
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void writeDate(StringBuilder out, CgpDate d) {
        int year = d.date().getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("CGP timestamps have four-digit years: " + year);
        }
        out.append(String.format(Locale.ROOT, "#T%02d-%02d-%04d", d.date().getDayOfMonth(), d.date().getMonthValue(), year));
        if (d.hasTime()) {
            if (d.time().getNano() != 0) {
                throw new IllegalArgumentException("CGP timestamps have whole seconds; use CgpDate.of or truncate");
            }
            out.append(String.format(Locale.ROOT, "_%02d:%02d:%02d", d.time().getHour(), d.time().getMinute(), d.time().getSecond()));
        }
    }

    private static void writeIp(StringBuilder out, CgpIp ip) {
        if (!CgpIp.isValidAddress(ip.address())) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 literal: " + ip.address());
        }
        out.append("#I[").append(ip.address()).append(']');
        if (ip.hasPort()) {
            out.append(':').append(ip.port());
        }
    }
}
