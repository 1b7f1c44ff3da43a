package org.parley.mail.smtp.codec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Client side: reads one (possibly multi-line) server reply (RFC 5321 §4.2) from a connection.
 * Bounded in line length and line count. Lines may end in CRLF or, tolerated, LF alone.
 * One instance per connection; not thread-safe.
 */
public final class SmtpReplyReader {

    /** RFC 5321 says 512; real servers send longer lines, so allow some slack. */
    public static final int DEFAULT_MAX_LINE = 2048;
    /** A multi-line EHLO reply rarely has 30 lines. */
    public static final int DEFAULT_MAX_LINES = 256;

    private final InputStream in;
    private final int maxLine;
    private final int maxLines;
    private final byte[] line;

    public SmtpReplyReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE, DEFAULT_MAX_LINES);
    }

    public SmtpReplyReader(InputStream in, int maxLine, int maxLines) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxLines = maxLines;
        this.line = new byte[maxLine];
    }

    /**
     * Reads the next reply. The enhanced status code is recognized when the first line's text
     * starts with {@code c.s.d} of the reply's class (RFC 2034 §4) and is then stripped from every
     * line that repeats it.
     *
     * @throws SmtpProtocolException on malformed or oversized replies
     * @throws EOFException          when the connection closes mid-reply
     */
    public SmtpReply read() throws IOException {
        List<String> texts = new ArrayList<>();
        int code = -1;
        while (true) {
            if (texts.size() >= maxLines) {
                throw new SmtpProtocolException("reply has more than " + maxLines + " lines");
            }
            String l = readLine();
            if (l.length() < 3 || !digit(l.charAt(0), '2', '5') || !digit(l.charAt(1), '0', '9')
                    || !digit(l.charAt(2), '0', '9')) {
                throw new SmtpProtocolException("malformed reply line: " + printable(l));
            }
            int c = Integer.parseInt(l.substring(0, 3));
            if (code >= 0 && c != code) {
                // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
                throw new SmtpProtocolException("reply code changed inside a multi-line reply");
            }
            code = c;
            if (l.length() == 3) {
                texts.add("");
                break;
            }
            char sep = l.charAt(3);
            if (sep != '-' && sep != ' ') {
                throw new SmtpProtocolException("malformed reply line: " + printable(l));
            }
            texts.add(l.substring(4));
            if (sep == ' ') {
                break;
            }
        }
        EnhancedStatusCode status = null;
        String first = texts.getFirst();
        int sp = first.indexOf(' ');
        String candidate = sp < 0 ? first : first.substring(0, sp);
        EnhancedStatusCode parsed = EnhancedStatusCode.parse(candidate);
        if (parsed != null && parsed.codeClass() == code / 100) {
            status = parsed;
            String prefix = candidate;
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                if (t.equals(prefix)) {
                    texts.set(i, "");
                } else if (t.startsWith(prefix + " ")) {
                    texts.set(i, t.substring(prefix.length() + 1));
                }
            }
        }
        return new SmtpReply(code, status, texts);
    }

    private String readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed while reading a reply");
            }
            if (b == '\n') {
                if (n > 0 && line[n - 1] == '\r') {
                    n--;
                }
                break;
            }
            if (n == maxLine) {
                throw new SmtpProtocolException("reply line longer than " + maxLine + " octets");
            }
            line[n++] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(line, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new SmtpProtocolException("undecodable reply line");
        }
    }

    private static boolean digit(char c, char lo, char hi) {
        return c >= lo && c <= hi;
    }

    private static String printable(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
