package org.parley.directory.settings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;

/**
 * Storage encoding of one setting value, private to Parley's database: a tagged, length-prefixed
 * text that round-trips every object-model value exactly (the CommuniGate printer in
 * {@code core.format} is for the wire; this encoding must never change meaning under it).
 *
 * <pre>
 * s&lt;n&gt;:&lt;n chars&gt;     string          n&lt;digits&gt;;        Long
 * b&lt;base64&gt;;            byte[]          z                    CgpNull
 * i&lt;port&gt;;s…          CgpIp           t&lt;iso date[Ttime]&gt;;  CgpDate
 * l&lt;count&gt;:…           List            d&lt;count&gt;:(s… value)… Map
 * </pre>
 *
 * Decoding is bounded by {@link SettingValues#MAX_DEPTH} and never allocates more than the input
 * length justifies; corrupt input gives {@link IllegalArgumentException}.
 */
public final class SettingsCodec {
    private SettingsCodec() {}

    public static String encode(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        switch (value) {
            case String s -> sb.append('s').append(s.length()).append(':').append(s);
            case Long n -> sb.append('n').append(n).append(';');
            case byte[] b -> sb.append('b').append(Base64.getEncoder().encodeToString(b)).append(';');
            case CgpNull n -> sb.append('z');
            case CgpIp ip -> {
                sb.append('i').append(ip.port()).append(';');
                write(sb, ip.address());
            }
            case CgpDate d -> {
                sb.append('t').append(d.date());
                if (d.hasTime()) {
                    sb.append('T').append(d.time());
                }
                sb.append(';');
            }
            case List<?> list -> {
                sb.append('l').append(list.size()).append(':');
                list.forEach(o -> write(sb, o));
            }
            case Map<?, ?> map -> {
                sb.append('d').append(map.size()).append(':');
                map.forEach((k, v) -> {
                    write(sb, (String) k);
                    write(sb, v);
                });
            }
            default -> throw new IllegalArgumentException("not an object-model value: " + value.getClass().getName());
        }
    }

    public static Object decode(String text) {
        Reader r = new Reader(text);
        Object value;
        try {
            value = r.value(0);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("corrupt date in stored setting", e);
        }
        if (r.pos != text.length()) {
            throw new IllegalArgumentException("trailing data in stored setting at " + r.pos);
        }
        return value;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Object value(int depth) {
            if (depth > SettingValues.MAX_DEPTH) {
                throw new IllegalArgumentException("stored setting nests too deep");
            }
            char tag = next();
            return switch (tag) {
                case 's' -> string();
                case 'n' -> Long.parseLong(until(';'));
                case 'b' -> Base64.getDecoder().decode(until(';'));
                case 'z' -> CgpNull.NULL;
                case 'i' -> {
                    int port = Integer.parseInt(until(';'));
                    if (next() != 's') {
                        throw corrupt();
                    }
                    yield new CgpIp(string(), port);
                }
                case 't' -> {
                    String s = until(';');
                    int t = s.indexOf('T');
                    yield t < 0 ? new CgpDate(LocalDate.parse(s), null)
                            : new CgpDate(LocalDate.parse(s.substring(0, t)), LocalTime.parse(s.substring(t + 1)));
                }
                case 'l' -> {
                    int n = count();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value(depth + 1));
                    }
                    yield List.copyOf(list);
                }
                case 'd' -> {
                    int n = count();
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        if (next() != 's') {
                            throw corrupt();
                        }
                        String key = string();
                        map.put(key, value(depth + 1));
                    }
                    yield map;
                }
                default -> throw corrupt();
            };
        }

        private String string() {
            int n = Integer.parseInt(until(':'));
            if (n < 0 || n > text.length() - pos) {
                throw corrupt();
            }
            String s = text.substring(pos, pos + n);
            pos += n;
            return s;
        }

        /** An element count; each element takes at least one character, which bounds allocation. */
        private int count() {
            int n = Integer.parseInt(until(':'));
            if (n < 0 || n > text.length() - pos) {
                throw corrupt();
            }
            return n;
        }

        private char next() {
            if (pos >= text.length()) {
                throw corrupt();
            }
            return text.charAt(pos++);
        }

        private String until(char end) {
            int i = text.indexOf(end, pos);
            if (i < 0 || i - pos > 1 << 26) {
                throw corrupt();
            }
            String s = text.substring(pos, i);
            pos = i + 1;
            return s;
        }

        private IllegalArgumentException corrupt() {
            return new IllegalArgumentException("corrupt stored setting at position " + pos);
        }
    }
}
