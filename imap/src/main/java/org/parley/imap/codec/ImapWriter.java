package org.parley.imap.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes server responses (RFC 9051 §7) to an {@link OutputStream}: status responses with
 * response codes, continuation requests, {@link UntaggedResponse}s, FETCH responses through
 * {@link #fetch(long)}, and the primitives (atoms, strings, literals, mailbox names) for anything
 * else.
 *
 * <p>Output is buffered here; nothing reaches the stream before {@link #flush()} or a full buffer.
 * Strings are written quoted when they can be and as literals otherwise (CR, LF, over 1 KiB, or
 * 8-bit text in a session without UTF-8); mailbox names are modified UTF-7 unless
 * {@link #utf8(boolean)} is on (UTF8=ACCEPT or IMAP4rev2 enabled). Not thread-safe: a session
 * writing from more than one thread (IDLE notifications) guards the writer with one lock and
 * writes whole responses under it.
 */
public final class ImapWriter {
    private static final int MAX_QUOTED = 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final OutputStream out;
    private final byte[] buf = new byte[8192];
    private int len;
    private boolean utf8;

    public ImapWriter(OutputStream out) {
        this.out = out;
    }

    /** Turns UTF-8 mailbox names and UTF-8 quoted strings on (after ENABLE UTF8=ACCEPT or IMAP4rev2). */
    public void utf8(boolean on) {
        this.utf8 = on;
    }

    public boolean utf8() {
        return utf8;
    }

    public void flush() throws IOException {
        drain();
        out.flush();
    }

    // ---- status responses --------------------------------------------------------------------

    /**
     * {@code tag STATUS [code] text}.
     *
     * @param code null for none
     * @param text human-readable; CR, LF and NUL are replaced by spaces
     */
    public void tagged(String tag, ResponseStatus status, ResponseCode code, String text) throws IOException {
        if (!status.taggable()) {
            throw new IllegalArgumentException(status + " cannot be tagged");
        }
        if (tag.isEmpty() || !tag.chars().allMatch(CommandReader::isTagChar)) {
            throw new IllegalArgumentException("not a tag");
        }
        raw(tag).sp();
        condition(status, code, text);
    }

    public void ok(String tag, String text) throws IOException {
        tagged(tag, ResponseStatus.OK, null, text);
    }

    public void ok(String tag, ResponseCode code, String text) throws IOException {
        tagged(tag, ResponseStatus.OK, code, text);
    }

    public void no(String tag, ResponseCode code, String text) throws IOException {
        tagged(tag, ResponseStatus.NO, code, text);
    }

    public void bad(String tag, String text) throws IOException {
        tagged(tag, ResponseStatus.BAD, null, text);
    }

    /** {@code * STATUS [code] text}, e.g. {@code * OK [UIDVALIDITY 3] UIDs valid} or {@code * BYE}. */
    public void untagged(ResponseStatus status, ResponseCode code, String text) throws IOException {
        raw("* ");
        condition(status, code, text);
    }

    /** The response to a rejected command: {@code tag BAD/NO [code] message} or {@code * BAD message}. */
    public void parseError(ImapParseException e) throws IOException {
        if (e.tag() == null) {
            untagged(e.status(), e.code(), e.getMessage());
        } else {
            tagged(e.tag(), e.status(), e.code(), e.getMessage());
        }
    }

    private void condition(ResponseStatus status, ResponseCode code, String text) throws IOException {
        raw(status.name());
        if (code != null) {
            raw(" [");
            ResponseCodeRenderer.write(this, code);
            raw("]");
        }
        String clean = text == null || text.isEmpty() ? status.name().toLowerCase(java.util.Locale.ROOT) : sanitize(text);
        if (code == null && clean.startsWith("[")) {
            // a leading "[" would read as a response code
            clean = " " + clean;
        }
        sp();
        rawUtf8(clean);
        crlf();
    }

    /** {@code + text} (RFC 9051 §7.5), e.g. before a literal or as an empty SASL challenge. */
    public void continuation(String text) throws IOException {
        raw("+ ");
        rawUtf8(text == null ? "" : sanitize(text));
        crlf();
    }

    /** {@code + base64} with a SASL challenge (RFC 9051 §6.2.2). */
    public void continuationData(byte[] challenge) throws IOException {
        raw("+ ");
        raw(java.util.Base64.getEncoder().encodeToString(challenge));
        crlf();
    }

    /** Writes one untagged data response. */
    public void write(UntaggedResponse response) throws IOException {
        UntaggedRenderer.write(this, response);
    }

    /**
     * Starts {@code * seq FETCH (}; add items to the returned writer and call
     * {@link FetchResponseWriter#end()}. Nothing else may be written in between.
     */
    public FetchResponseWriter fetch(long sequenceNumber) throws IOException {
        return new FetchResponseWriter(this, sequenceNumber);
    }

    private static String sanitize(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? text : sb.toString();
    }

    // ---- primitives --------------------------------------------------------------------------

    /** US-ASCII text as is: the caller guarantees it is valid where it goes. */
    public ImapWriter raw(String ascii) throws IOException {
        for (int i = 0; i < ascii.length(); i++) {
            put((byte) ascii.charAt(i));
        }
        return this;
    }

    private void rawUtf8(String text) throws IOException {
        bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public ImapWriter sp() throws IOException {
        put((byte) ' ');
        return this;
    }

    public ImapWriter crlf() throws IOException {
        bytes(CRLF);
        return this;
    }

    public ImapWriter number(long n) throws IOException {
        return raw(Long.toString(n));
    }

    public ImapWriter nil() throws IOException {
        return raw("NIL");
    }

    public ImapWriter openParen() throws IOException {
        put((byte) '(');
        return this;
    }

    public ImapWriter closeParen() throws IOException {
        put((byte) ')');
        return this;
    }

    /** An atom; throws IllegalArgumentException when {@code atom} has a character atoms cannot. */
    public ImapWriter atom(String atom) throws IOException {
        if (atom.isEmpty() || !atom.chars().allMatch(CommandReader::isAtomChar)) {
            throw new IllegalArgumentException("not an atom: " + atom);
        }
        return raw(atom);
    }

    /** A flag: {@code \Name}, a keyword, or {@code \*} (PERMANENTFLAGS). */
    public ImapWriter flag(String flag) throws IOException {
        if (flag.equals("\\*")) {
            return raw(flag);
        }
        String name = flag.startsWith("\\") ? flag.substring(1) : flag;
        if (name.isEmpty() || !name.chars().allMatch(CommandReader::isAtomChar)) {
            throw new IllegalArgumentException("not a flag: " + flag);
        }
        return raw(flag);
    }

    /** {@code (flag flag ...)}. */
    public ImapWriter flagList(Collection<String> flags) throws IOException {
        openParen();
        boolean first = true;
        for (String f : flags) {
            if (!first) {
                sp();
            }
            first = false;
            flag(f);
        }
        return closeParen();
    }

    /** A string: quoted when possible, else a literal. NUL characters are dropped (no string may hold them). */
    public ImapWriter string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (quotable(b)) {
            return quoted(b);
        }
        return literal(withoutNul(b));
    }

    /** A string, or NIL for null. */
    public ImapWriter nstring(String s) throws IOException {
        return s == null ? nil() : string(s);
    }

    /** An atom when {@code s} is a valid astring atom (and not NIL), else a string. */
    public ImapWriter astring(String s) throws IOException {
        return isAstringAtom(s) ? raw(s) : string(s);
    }

    /** A mailbox name: modified UTF-7 unless UTF-8 is on, then a string. */
    public ImapWriter mailbox(String name) throws IOException {
        return string(utf8 ? name : ModifiedUtf7.encode(name));
    }

    /** {@code {n}} CRLF and the octets (RFC 9051 §4.3). */
    public ImapWriter literal(byte[] data) throws IOException {
        raw("{").number(data.length).raw("}").crlf();
        bytes(data);
        return this;
    }

    /** {@code ~{n}} CRLF and the octets (RFC 3516 §4.4): may carry NUL. */
    public ImapWriter literal8(byte[] data) throws IOException {
        raw("~{").number(data.length).raw("}").crlf();
        bytes(data);
        return this;
    }

    /** A literal streamed from {@code in}: exactly {@code length} octets are copied. */
    public ImapWriter literal(long length, InputStream in, boolean binary) throws IOException {
        raw(binary ? "~{" : "{").number(length).raw("}").crlf();
        drain();
        long left = length;
        byte[] chunk = new byte[8192];
        while (left > 0) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
            if (n < 0) {
                throw new java.io.EOFException("literal source ended " + left + " octets early");
            }
            out.write(chunk, 0, n);
            left -= n;
        }
        return this;
    }

    private ImapWriter quoted(byte[] b) throws IOException {
        put((byte) '"');
        for (byte c : b) {
            if (c == '"' || c == '\\') {
                put((byte) '\\');
            }
            put(c);
        }
        put((byte) '"');
        return this;
    }

    private boolean quotable(byte[] b) {
        if (b.length > MAX_QUOTED) {
            return false;
        }
        for (byte c : b) {
            if (c == '\r' || c == '\n' || c == 0 || (c < 0 && !utf8)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withoutNul(byte[] b) {
        int n = 0;
        for (byte c : b) {
            if (c != 0) {
                n++;
            }
        }
        if (n == b.length) {
            return b;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte c : b) {
            if (c != 0) {
                out[i++] = c;
            }
        }
        return out;
    }

    private static boolean isAstringAtom(String s) {
        return !s.isEmpty() && !s.equalsIgnoreCase("NIL") && s.chars().allMatch(CommandReader::isAstringChar);
    }

    /** How {@code s} reads as an astring in ASCII-only contexts such as section specs: atom or quoted. */
    static String astringText(String s) {
        if (isAstringAtom(s)) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public ImapWriter bytes(byte[] data) throws IOException {
        if (data.length > buf.length - len) {
            drain();
            if (data.length > buf.length) {
                out.write(data);
                return this;
            }
        }
        System.arraycopy(data, 0, buf, len, data.length);
        len += data.length;
        return this;
    }

    private void put(byte b) throws IOException {
        if (len == buf.length) {
            drain();
        }
        buf[len++] = b;
    }

    private void drain() throws IOException {
        if (len > 0) {
            out.write(buf, 0, len);
            len = 0;
        }
    }
}
