package org.parley.store.message;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * The readable text of an HTML part for search: tags removed (block-level ones become a line
 * break so that words of different blocks do not run together, inline ones vanish so that
 * {@code <b>au</b> lait} still reads "au lait"), script and style content and comments dropped,
 * numeric and common named character references decoded. A linear scan, not a parser: malformed
 * HTML still yields its text.
 */
final class HtmlText {
    private static final Set<String> BLOCK = Set.of(
            "p", "br", "div", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5",
            "h6", "hr", "blockquote", "pre", "title", "body", "head", "html", "section", "article", "header",
            "footer", "dd", "dt", "dl");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            entry("amp", "&"), entry("lt", "<"), entry("gt", ">"),
            entry("quot", "\""), entry("apos", "'"), entry("nbsp", " "),
            entry("eacute", "é"), entry("egrave", "è"), entry("ecirc", "ê"),
            entry("agrave", "à"), entry("aacute", "á"), entry("acirc", "â"),
            entry("auml", "ä"), entry("ouml", "ö"), entry("uuml", "ü"),
            entry("Auml", "Ä"), entry("Ouml", "Ö"), entry("Uuml", "Ü"),
            entry("szlig", "ß"), entry("ccedil", "ç"), entry("ntilde", "ñ"),
            entry("oacute", "ó"), entry("iacute", "í"), entry("uacute", "ú"),
            entry("Eacute", "É"), entry("copy", "©"), entry("reg", "®"),
            entry("euro", "€"), entry("pound", "£"), entry("hellip", "…"),
            entry("mdash", "—"), entry("ndash", "–"), entry("laquo", "«"),
            entry("raquo", "»"), entry("ldquo", "“"), entry("rdquo", "”"),
            entry("lsquo", "‘"), entry("rsquo", "’"), entry("bull", "•"));

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
                boolean closing = html.charAt(i + 1) == '/';
                i = end + 1;
                if (!closing && (tag.equals("script") || tag.equals("style"))) {
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    i = close < 0 ? n : close;
                }
                if (BLOCK.contains(tag)) {
                    sb.append('\n');
                }
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
        return ENTITIES.get(name);
    }
}
