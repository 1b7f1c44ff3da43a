package org.parley.store.message;

/**
 * The readable text of an HTML part for search: tags removed (each replaced by a space so words
 * do not run together), script and style content dropped, comments dropped, common character
 * references decoded. A linear scan, not a parser: malformed HTML still yields its text.
 */
final class HtmlText {
    private HtmlText() {}

    static String strip(String html) {
        StringBuilder sb = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    break;
                }
                String tag = tagName(html, i + 1, end);
                i = end + 1;
                if (tag.equals("script") || tag.equals("style")) {
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    i = close < 0 ? n : close;
                }
                sb.append(' ');
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 10) {
                    String decoded = entity(html.substring(i + 1, semi));
                    if (decoded != null) {
                        sb.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
                sb.append(c);
                i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static String tagName(String html, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return AsciiCasemap.fold(html.substring(start, i));
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> null;
        };
    }
}
