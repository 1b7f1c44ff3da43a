package org.parley.mail.smtp.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One SMTP reply: a three-digit code (RFC 5321 §4.2), an optional enhanced status code
 * (RFC 3463, RFC 2034) and one or more text lines without the code.
 *
 * <p>The constructor makes the reply safe to send whatever the text came from: every control
 * character (CR and LF included) becomes a space, so text echoed from client input can never
 * start a new reply line, and each line is cut so the line on the wire stays within 512 octets
 * (RFC 5321 §4.5.3.1.5). Immutable and thread-safe.
 *
 * @param code   200–599 (RFC 5321 §4.2.1; 1yz is unused by SMTP)
 * @param status enhanced status code or null when none is sent (greeting, EHLO, 354, 334)
 * @param lines  at least one line; an empty list becomes one empty line
 */
public record SmtpReply(int code, EnhancedStatusCode status, List<String> lines) {

    /** RFC 5321 §4.5.3.1.5: reply line including code and CRLF. */
    public static final int MAX_LINE_OCTETS = 512;

    public SmtpReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("SMTP reply code out of range: " + code);
        }
        // RFC 3463 §2 / RFC 2034 §4: the status class must agree with the reply class.
        if (status != null && status.codeClass() != code / 100) {
            throw new IllegalArgumentException("enhanced status " + status + " does not match reply " + code);
        }
        int room = MAX_LINE_OCTETS - 2 - 4 - (status == null ? 0 : status.toString().length() + 1);
        List<String> clean = new ArrayList<>(Math.max(1, lines.size()));
        for (String line : lines) {
            clean.add(truncate(sanitize(line), room));
        }
        if (clean.isEmpty()) {
            clean.add("");
        }
        lines = List.copyOf(clean);
    }

    public static SmtpReply of(int code, EnhancedStatusCode status, String text) {
        return new SmtpReply(code, status, List.of(text));
    }

    public static SmtpReply of(int code, String text) {
        return new SmtpReply(code, null, List.of(text));
    }

    /** The text lines joined by a single space, for logs and exception messages. */
    public String text() {
        return String.join(" ", lines);
    }

    /** 2yz: positive completion. */
    public boolean isPositive() {
        return code / 100 == 2;
    }

    /** 3yz: positive intermediate (354 after DATA, 334 during AUTH). */
    public boolean isIntermediate() {
        return code / 100 == 3;
    }

    /** 4yz: transient negative completion. */
    public boolean isTransientFailure() {
        return code / 100 == 4;
    }

    /** 5yz: permanent negative completion. */
    public boolean isPermanentFailure() {
        return code / 100 == 5;
    }

    @Override
    public String toString() {
        return code + (status == null ? "" : " " + status) + " " + String.join(" / ", lines);
    }

    private static String sanitize(String line) {
        if (line == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(line);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? line : out.toString();
    }

    private static String truncate(String line, int maxOctets) {
        if (line.length() <= maxOctets / 4 || line.getBytes(StandardCharsets.UTF_8).length <= maxOctets) {
            return line;
        }
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > maxOctets) {
                break;
            }
            octets += n;
            i += Character.charCount(cp);
        }
        return line.substring(0, i);
    }
}
