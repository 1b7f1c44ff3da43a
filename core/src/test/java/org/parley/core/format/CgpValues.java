package org.parley.core.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Random CGP values for property tests, and equality that compares byte[] by content. */
final class CgpValues {
    private static final String SPECIALS = " \"\\\n\r\t(){}[];,=#-_.@!%:/+*~";
    private static final String[] NON_ASCII = {"é", "ü", "中", "\u00A0", "\u2028", "😀", "\u0080", "ÿ"};
    private static final String[] IPV6 = {"::1", "::", "2001:db8::1", "fe80::1", "::ffff:10.0.0.1", "2001:DB8:0:0:8:800:200C:417A"};

    private CgpValues() {
    }

    static boolean deepEquals(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> j = y.entrySet().iterator();
            while (i.hasNext()) { // insertion order is part of the value
                Map.Entry<?, ?> e = i.next();
                Map.Entry<?, ?> f = j.next();
                if (!Objects.equals(e.getKey(), f.getKey()) || !deepEquals(e.getValue(), f.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    static Object value(Random r, int depth) {
        int kinds = depth >= 4 ? 7 : 9;
        return switch (r.nextInt(kinds)) {
            case 0, 1 -> string(r);
            case 2 -> bytes(r);
            case 3 -> number(r);
            case 4 -> date(r);
            case 5 -> ip(r);
            case 6 -> CgpNull.NULL;
            case 7 -> {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(value(r, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    map.put(string(r), value(r, depth + 1));
                }
                yield map;
            }
        };
    }

    static String string(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(12);
        boolean atomLike = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            int pick = atomLike ? 0 : r.nextInt(5);
            switch (pick) {
                case 0 -> sb.append("abcXYZ019-_.@!%:".charAt(r.nextInt(16)));
                case 1 -> sb.append(SPECIALS.charAt(r.nextInt(SPECIALS.length())));
                case 2 -> sb.append((char) (1 + r.nextInt(31))); // controls, never NUL
                case 3 -> sb.append(NON_ASCII[r.nextInt(NON_ASCII.length)]);
                default -> sb.append(r.nextBoolean() ? '\u007F' : 'q');
            }
        }
        return sb.toString();
    }

    static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(20)];
        r.nextBytes(b);
        return b;
    }

    static Long number(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> (long) r.nextInt(200) - 100;
            default -> r.nextLong();
        };
    }

    static CgpDate date(Random r) {
        LocalDate d = LocalDate.of(r.nextInt(10000), 1 + r.nextInt(12), 1).plusDays(r.nextInt(31));
        LocalTime t = r.nextBoolean() ? null : LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(60));
        return new CgpDate(d, t);
    }

    static CgpIp ip(Random r) {
        String address;
        switch (r.nextInt(3)) {
            case 0 -> address = r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
            case 1 -> address = IPV6[r.nextInt(IPV6.length)];
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    sb.append(i == 0 ? "" : ":").append(Integer.toHexString(r.nextInt(65536)));
                }
                address = sb.toString();
            }
        }
        return new CgpIp(address, r.nextBoolean() ? -1 : r.nextInt(65536));
    }
}
