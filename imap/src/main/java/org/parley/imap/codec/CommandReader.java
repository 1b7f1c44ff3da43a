package org.parley.imap.codec;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lexical layer of the command grammar (RFC 9051 §9, §4): a cursor over the current line
 * that fetches literals and continuation lines on demand and enforces {@link ParseLimits}. One
 * instance per command; not thread-safe.
 */
final class CommandReader {
    private final ImapInput input;
    private final ParseLimits limits;
    private final ParseContext context;
    private final EnumSet<Leniency> used = EnumSet.noneOf(Leniency.class);
    private byte[] line;
    private int pos;
    private String tag;
    private int depth;
    private int literals;
    private long literalOctets;
    private int sequenceRanges;
    private int searchKeys;

    CommandReader(ImapInput input, ParseLimits limits, ParseContext context, byte[] firstLine) {
        this.input = input;
        this.limits = limits;
        this.context = context;
        this.line = firstLine;
    }

    // ---- state -------------------------------------------------------------------------------

    String tag() {
        return tag;
    }

    /** The line being parsed: what error recovery inspects for a trailing literal. */
    byte[] currentLine() {
        return line;
    }

    ParseContext context() {
        return context;
    }

    ParseLimits limits() {
        return limits;
    }

    Set<Leniency> leniencies() {
        return used;
    }

    /** Whether a leniency is allowed; records its use when it is. */
    boolean lenient(Leniency leniency) {
        if (context.allows(leniency)) {
            used.add(leniency);
            return true;
        }
        return false;
    }

    ImapParseException bad(String message) {
        return new ImapParseException(tag, message);
    }

    ImapParseException refuse(ResponseStatus status, ResponseCode code, String message) {
        return new ImapParseException(tag, status, code, message, false);
    }

    // ---- characters --------------------------------------------------------------------------

    boolean atEnd() {
        return pos >= line.length;
    }

    /** The next octet (0..255) or -1 at the end of the line. */
    int peek() {
        return pos < line.length ? line[pos] & 0xff : -1;
    }

    /** The octet {@code offset} places ahead, or -1 past the end. */
    int peekAt(int offset) {
        int p = pos + offset;
        return p < line.length ? line[p] & 0xff : -1;
    }

    boolean peekIs(char c) {
        return peek() == c;
    }

    boolean tryChar(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(char c, String what) throws ImapParseException {
        if (!tryChar(c)) {
            throw bad(atEnd() ? "missing " + what : "expected " + what);
        }
    }

    void sp() throws ImapParseException {
        if (!tryChar(' ')) {
            throw bad(atEnd() ? "missing argument" : "expected a space");
        }
    }

    /** Consumes a space only when it is followed by more than spaces (so trailing-space leniency still sees it). */
    boolean trySpBeforeArgument() {
        if (spaceThenArgument()) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whether a space and then something other than a space come next; consumes nothing. */
    boolean spaceThenArgument() {
        return peek() == ' ' && pos + 1 < line.length && line[pos + 1] != ' ';
    }

    /** The command must end here (RFC 9051 §9: arguments end with CRLF). */
    void end() throws ImapParseException {
        if (atEnd()) {
            return;
        }
        int p = pos;
        while (p < line.length && line[p] == ' ') {
            p++;
        }
        if (p == line.length && lenient(Leniency.TRAILING_SPACE)) {
            pos = p;
            return;
        }
        throw bad("unexpected characters after the arguments");
    }

    void openParen() throws ImapParseException {
        expect('(', "(");
        enter();
    }

    void closeParen() throws ImapParseException {
        expect(')', ")");
        leave();
    }

    /** One level deeper: parentheses, NOT, OR. */
    void enter() throws ImapParseException {
        if (++depth > limits.maxNestingDepth()) {
            throw bad("nesting too deep");
        }
    }

    void leave() {
        depth--;
    }

    void countSearchKey() throws ImapParseException {
        if (++searchKeys > limits.maxSearchKeys()) {
            throw bad("too many search keys");
        }
    }

    void checkListSize(int size) throws ImapParseException {
        if (size > limits.maxListItems()) {
            throw bad("too many list elements");
        }
    }

    // ---- tokens ------------------------------------------------------------------------------

    static boolean isAtomChar(int c) {
        return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*'
                && c != '"' && c != '\\' && c != ']';
    }

    static boolean isAstringChar(int c) {
        return isAtomChar(c) || c == ']';
    }

    static boolean isTagChar(int c) {
        return isAstringChar(c) && c != '+';
    }

    /** RFC 9051 §9 tag: ASTRING-CHAR except "+". */
    String readTag() throws ImapParseException {
        int start = pos;
        while (isTagChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw new ImapParseException(null, "missing or invalid tag");
        }
        tag = ascii(start, pos);
        return tag;
    }

    String atom() throws ImapParseException {
        int start = pos;
        while (isAtomChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing argument" : "expected an atom");
        }
        return ascii(start, pos);
    }

    String atomUpper() throws ImapParseException {
        return atom().toUpperCase(Locale.ROOT);
    }

    /** The upper-cased run of letters at the cursor, without consuming it ("" if none). */
    String peekWord() {
        int p = pos;
        while (p < line.length && ((line[p] >= 'A' && line[p] <= 'Z') || (line[p] >= 'a' && line[p] <= 'z'))) {
            p++;
        }
        return ascii(pos, p).toUpperCase(Locale.ROOT);
    }

    /** Scans [A-Za-z0-9.-] (fetch item and search key names, which run into "[" or "<"). */
    String keyword() throws ImapParseException {
        int start = pos;
        int c;
        while ((c = peek()) >= 0 && (Character.isLetterOrDigit(c) && c < 0x80 || c == '.' || c == '-')) {
            pos++;
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing argument" : "expected a keyword");
        }
        return ascii(start, pos).toUpperCase(Locale.ROOT);
    }

    /** The octets up to the next space or the end of the line. */
    byte[] rawToken() {
        int start = pos;
        while (pos < line.length && line[pos] != ' ') {
            pos++;
        }
        return Arrays.copyOfRange(line, start, pos);
    }

    private String ascii(int from, int to) {
        return new String(line, from, to - from, StandardCharsets.US_ASCII);
    }

    /** number (RFC 9051 §9) up to {@code max}. */
    long number(long max) throws ImapParseException {
        int start = pos;
        long v = 0;
        int c;
        while ((c = peek()) >= '0' && c <= '9') {
            if (v > (max - (c - '0')) / 10) {
                throw bad("number too large");
            }
            v = v * 10 + (c - '0');
            pos++;
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing number" : "expected a number");
        }
        return v;
    }

    /** 32-bit number. */
    long number() throws ImapParseException {
        return number(SequenceSet.MAX_NUMBER);
    }

    long nzNumber() throws ImapParseException {
        long v = number();
        if (v == 0) {
            throw bad("zero is not allowed here");
        }
        return v;
    }

    /** number64 / mod-sequence-value (RFC 9051 §9, RFC 7162 §7): 63-bit. */
    long number64() throws ImapParseException {
        return number(Long.MAX_VALUE);
    }

    /** sequence-set or "$" (RFC 5182). */
    SequenceSet sequenceSet() throws ImapParseException {
        if (tryChar('$')) {
            countRanges(1);
            return SequenceSet.SAVED;
        }
        List<SequenceSet.Range> ranges = new ArrayList<>();
        do {
            long first = seqNumber();
            long last = tryChar(':') ? seqNumber() : first;
            countRanges(1);
            ranges.add(new SequenceSet.Range(first, last));
        } while (tryChar(','));
        return SequenceSet.of(ranges);
    }

    private long seqNumber() throws ImapParseException {
        if (tryChar('*')) {
            return SequenceSet.STAR;
        }
        if (!(peek() >= '0' && peek() <= '9')) {
            throw bad(atEnd() ? "missing sequence set" : "expected a sequence set");
        }
        return nzNumber();
    }

    private void countRanges(int n) throws ImapParseException {
        sequenceRanges += n;
        if (sequenceRanges > limits.maxSequenceRanges()) {
            throw bad("sequence set too long");
        }
    }

    /** Whether the next token starts a sequence set. */
    boolean atSequenceSet() {
        int c = peek();
        return (c >= '0' && c <= '9') || c == '*' || c == '$';
    }

    // ---- strings -----------------------------------------------------------------------------

    /** A string (quoted or literal) as octets. */
    byte[] stringBytes() throws ImapParseException, IOException {
        if (peekIs('"')) {
            return quotedBytes();
        }
        if (peekIs('{')) {
            return literal(false, false).data();
        }
        throw bad(atEnd() ? "missing string" : "expected a string");
    }

    /** astring (RFC 9051 §9) as octets. */
    byte[] astringBytes() throws ImapParseException, IOException {
        if (peekIs('"') || peekIs('{')) {
            return stringBytes();
        }
        int start = pos;
        while (isAstringChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing argument" : "expected a string or atom");
        }
        return Arrays.copyOfRange(line, start, pos);
    }

    /**
     * A search string: an astring, or with {@link Leniency#EIGHT_BIT_SEARCH_ATOM} an atom that may
     * also contain 8-bit octets.
     */
    byte[] searchStringBytes() throws ImapParseException, IOException {
        if (peekIs('"') || peekIs('{')) {
            return stringBytes();
        }
        int start = pos;
        while (isAstringChar(peek())) {
            pos++;
        }
        if (peek() >= 0x80 && lenient(Leniency.EIGHT_BIT_SEARCH_ATOM)) {
            while (isAstringChar(peek()) || peek() >= 0x80) {
                pos++;
            }
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing argument" : "expected a string or atom");
        }
        return Arrays.copyOfRange(line, start, pos);
    }

    /** header-fld-name (RFC 9051 §9: astring), restricted to RFC 5322 §3.6.8 ftext. */
    String headerFieldName() throws ImapParseException, IOException {
        byte[] name = astringBytes();
        if (name.length == 0) {
            throw bad("empty header field name");
        }
        for (byte b : name) {
            if (b < 33 || b > 126 || b == ':') {
                throw bad("invalid header field name");
            }
        }
        return new String(name, StandardCharsets.US_ASCII);
    }

    String astring() throws ImapParseException, IOException {
        return utf8(astringBytes());
    }

    String string() throws ImapParseException, IOException {
        return utf8(stringBytes());
    }

    /** nstring: a string or NIL (null). */
    String nstring() throws ImapParseException, IOException {
        if (peekIs('"') || peekIs('{')) {
            return string();
        }
        String atom = atom();
        if (!atom.equalsIgnoreCase("NIL")) {
            throw bad("expected a string or NIL");
        }
        return null;
    }

    byte[] quotedBytes() throws ImapParseException {
        expect('"', "quoted string");
        byte[] out = new byte[Math.min(64, line.length - pos)];
        int n = 0;
        while (true) {
            if (atEnd()) {
                throw bad("unterminated quoted string");
            }
            int c = line[pos++] & 0xff;
            if (c == '"') {
                return Arrays.copyOf(out, n);
            }
            if (c == '\\') {
                int d = peek();
                if (d != '"' && d != '\\') {
                    throw bad("invalid escape in quoted string");
                }
                pos++;
                c = d;
            } else if (c == 0 || c == '\r' || c == '\n') {
                throw bad("invalid character in quoted string");
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.max(16, n * 2));
            }
            out[n++] = (byte) c;
        }
    }

    /** A literal's octets and form. */
    record Literal(byte[] data, boolean binary) {}

    /**
     * Reads a literal announced at the current position: {@code {n}}, {@code {n+}}, or, when
     * {@code allowBinary}, {@code ~{n}} (RFC 3516 literal8). The announcement must end the line;
     * the continuation line is fetched before returning.
     */
    Literal literal(boolean allowBinary, boolean appendMessage) throws ImapParseException, IOException {
        boolean binary = false;
        if (peekIs('~')) {
            if (!allowBinary) {
                throw bad("literal8 not allowed here");
            }
            binary = true;
            pos++;
        }
        expect('{', "literal");
        long length = literalLength();
        boolean nonSync = tryChar('+');
        expect('}', "}");
        if (!atEnd()) {
            throw bad("a literal announcement must end the line");
        }
        if (nonSync && length > limits.maxNonSyncLiteral()) {
            // RFC 7888 §5: LITERAL- allows non-synchronizing literals up to 4096 octets
            throw refuse(ResponseStatus.BAD, ResponseCode.Simple.TOOBIG, "non-synchronizing literal too large");
        }
        long max = appendMessage ? limits.maxAppendLiteral() : limits.maxStringLiteral();
        if (length > max) {
            // RFC 7889 §4: an APPEND over the limit is refused with NO [TOOBIG]
            throw appendMessage
                    ? refuse(ResponseStatus.NO, ResponseCode.Simple.TOOBIG, "message larger than the APPENDLIMIT")
                    : refuse(ResponseStatus.BAD, ResponseCode.Simple.TOOBIG, "literal too large");
        }
        if (++literals > limits.maxLiteralsPerCommand()) {
            throw refuse(ResponseStatus.BAD, ResponseCode.Simple.LIMIT, "too many literals in one command");
        }
        if (literalOctets + length > limits.maxCommandLiterals()) {
            throw refuse(ResponseStatus.NO, ResponseCode.Simple.TOOBIG, "command too large");
        }
        literalOctets += length;
        byte[] data;
        try {
            data = input.readLiteral((int) length, !nonSync);
        } catch (EOFException e) {
            throw bad("end of input inside a literal").closing();
        }
        nextLine();
        if (!binary) {
            for (byte b : data) {
                if (b == 0) {
                    // RFC 9051 §9: literal is CHAR8, which excludes NUL; only literal8 may carry it
                    throw bad("NUL in literal");
                }
            }
        }
        return new Literal(data, binary);
    }

    private long literalLength() throws ImapParseException {
        int start = pos;
        long v = 0;
        int c;
        while ((c = peek()) >= '0' && c <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw bad("literal length too large");
            }
            v = v * 10 + (c - '0');
            pos++;
        }
        if (pos == start) {
            throw bad("missing literal length");
        }
        return v;
    }

    private void nextLine() throws ImapParseException, IOException {
        byte[] next;
        try {
            next = input.readLine(limits.maxLineLength());
        } catch (LineTooLongException e) {
            line = e.tail();
            pos = line.length;
            throw bad("line too long");
        } catch (EOFException e) {
            throw bad("end of input inside a command").closing();
        }
        if (next == null) {
            throw bad("end of input inside a command").closing();
        }
        line = next;
        pos = 0;
    }

    /** Decodes octets as strict UTF-8 (RFC 9051 §9 allows UTF-8 in quoted strings). */
    String utf8(byte[] bytes) throws ImapParseException {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    String decode(byte[] bytes, Charset charset) throws ImapParseException {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii && charset.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw bad("invalid " + charset.name() + " in string");
        }
    }

    // ---- mailbox names and flags -------------------------------------------------------------

    /** mailbox (RFC 9051 §9): astring, decoded per {@link ParseContext#utf8Names()}, INBOX normalized. */
    String mailbox() throws ImapParseException, IOException {
        String name = mailboxText(astringBytes());
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** A LIST reference: decoded like a mailbox name but not normalized. */
    String mailboxForList() throws ImapParseException, IOException {
        return mailboxText(astringBytes());
    }

    /** list-mailbox (RFC 9051 §9): like a mailbox but with wildcards allowed unquoted. */
    String listMailbox() throws ImapParseException, IOException {
        if (peekIs('"') || peekIs('{')) {
            return mailboxText(stringBytes());
        }
        int start = pos;
        int c;
        while ((c = peek()) >= 0 && (isAstringChar(c) || c == '%' || c == '*')) {
            pos++;
        }
        if (pos == start) {
            throw bad(atEnd() ? "missing mailbox pattern" : "expected a mailbox pattern");
        }
        return mailboxText(Arrays.copyOfRange(line, start, pos));
    }

    private String mailboxText(byte[] raw) throws ImapParseException {
        String text = utf8(raw);
        if (context.utf8Names()) {
            return text;
        }
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            if (lenient(Leniency.UTF8_MAILBOX_NAME)) {
                return text;
            }
            throw bad("8-bit mailbox name without UTF8=ACCEPT");
        }
        try {
            return ModifiedUtf7.decode(text);
        } catch (IllegalArgumentException e) {
            // RFC 3501 §5.1.3
            throw bad("mailbox name is not valid modified UTF-7");
        }
    }

    /** flag (RFC 9051 §9): a system flag in canonical case, a \extension, or a keyword. */
    String flag() throws ImapParseException {
        if (tryChar('\\')) {
            String name = atom();
            return "\\" + canonicalSystemFlag(name);
        }
        return atom();
    }

    private static String canonicalSystemFlag(String name) {
        for (String f : new String[] {"Answered", "Flagged", "Deleted", "Seen", "Draft", "Recent"}) {
            if (f.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return name;
    }

    /** flag-list: "(" [flag *(SP flag)] ")". {@code \Recent} is rejected (RFC 9051 §9 flag). */
    List<String> flagList() throws ImapParseException {
        openParen();
        List<String> flags = new ArrayList<>();
        if (!peekIs(')')) {
            do {
                flags.add(storableFlag());
                checkListSize(flags.size());
            } while (tryChar(' '));
        }
        closeParen();
        return flags;
    }

    String storableFlag() throws ImapParseException {
        String f = flag();
        if (f.equals("\\Recent")) {
            throw bad("\\Recent cannot be set by clients");
        }
        return f;
    }
}
