package org.parley.core.format;

import static org.parley.core.format.CgpScanner.describe;
import static org.parley.core.format.CgpScanner.isAtomStart;
import static org.parley.core.format.CgpScanner.isWhitespace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads CGP objects and bare words from one text, left to right: a CLI command line
 * ({@code SETMAILBOXACL alice MAILBOX "Shared/Team" {bob="lrs";}}) or a whole settings file.
 *
 * <p>Every read method first skips whitespace (space, tab, CR, LF), then either consumes exactly
 * the token(s) it returns or throws {@link CgpSyntaxException}; after an exception the position is
 * unspecified and the reader should be dropped. Objects are returned as the plain values listed in
 * {@code package-info}; lists and maps are fresh mutable {@link ArrayList}/{@link LinkedHashMap}
 * instances owned by the caller. A reader is not thread-safe; it is meant for one parse.
 */
public final class CgpReader {
    private final CgpScanner in;
    private final CgpLimits limits;
    private final Set<CgpLeniency> allowed;
    private final EnumSet<CgpLeniency> used = EnumSet.noneOf(CgpLeniency.class);
    private int elements;

    /** A reader with {@link CgpLimits#DEFAULT} and {@link CgpLeniency#DEFAULTS}. */
    public CgpReader(String text) throws CgpSyntaxException {
        this(text, CgpLimits.DEFAULT, CgpLeniency.DEFAULTS);
    }

    public CgpReader(String text, CgpLimits limits) throws CgpSyntaxException {
        this(text, limits, CgpLeniency.DEFAULTS);
    }

    /**
     * @param allowed the leniencies to apply when the input needs them; anything else is an error
     * @throws CgpSyntaxException if {@code text} is longer than {@code limits.maxLength()}
     */
    public CgpReader(String text, CgpLimits limits, Set<CgpLeniency> allowed) throws CgpSyntaxException {
        this.in = new CgpScanner(Objects.requireNonNull(text, "text"));
        this.limits = Objects.requireNonNull(limits, "limits");
        this.allowed = Set.copyOf(allowed);
        if (text.length() > limits.maxLength()) {
            throw new CgpSyntaxException("input longer than " + limits.maxLength() + " characters", limits.maxLength());
        }
    }

    /** Current index into the text. */
    public int offset() {
        return in.pos;
    }

    /** The leniencies this reader had to apply so far. */
    public Set<CgpLeniency> usedLeniencies() {
        return Set.copyOf(used);
    }

    public void skipWhitespace() {
        in.skipWhitespace();
    }

    /** Skips whitespace; true if nothing else is left. */
    public boolean atEnd() {
        in.skipWhitespace();
        return in.atEnd();
    }

    /** Throws unless only whitespace is left: the end of a CLI command or of a file. */
    public void requireEnd() throws CgpSyntaxException {
        if (!atEnd()) {
            throw new CgpSyntaxException("unexpected " + describe(in.peek()) + " after the end", in.pos);
        }
    }

    /** Reads one object of any kind. */
    public Object readObject() throws CgpSyntaxException {
        in.skipWhitespace();
        return value(0);
    }

    /** Reads an atom or a quoted string; anything else is an error. */
    public String readString() throws CgpSyntaxException {
        in.skipWhitespace();
        if (!in.atEnd() && in.peek() == '"') {
            return in.quoted();
        }
        if (!in.atEnd() && isAtomStart(in.peek())) {
            return in.atom();
        }
        throw in.expected("a string");
    }

    /**
     * Reads a bare word: the longest run of chars that are neither whitespace nor one of
     * {@code " ( ) [ ] { } , ; =}. Used for verbs and keywords ({@code INTO}, {@code *},
     * {@code alice@example.com}); it does not unquote, so names that may be quoted should be read
     * with {@link #readString()}.
     */
    public String readWord() throws CgpSyntaxException {
        in.skipWhitespace();
        int end = wordEnd();
        if (end == in.pos) {
            throw in.expected("a word");
        }
        in.requireWellFormed(in.pos, end);
        String word = in.text.substring(in.pos, end);
        in.pos = end;
        return word;
    }

    /**
     * The word {@link #readWord()} would return, or null if the next token is not a word.
     * Consumes nothing but whitespace.
     */
    public String peekWord() {
        in.skipWhitespace();
        int end = wordEnd();
        return end == in.pos ? null : in.text.substring(in.pos, end);
    }

    /**
     * If the next word equals {@code keyword}, ignoring ASCII case, consumes it and returns true;
     * otherwise consumes nothing but whitespace. {@code INTO} does not match {@code INTOX}.
     */
    public boolean tryKeyword(String keyword) {
        String word = peekWord();
        if (word == null || !equalsIgnoreAsciiCase(word, keyword)) {
            return false;
        }
        in.pos += word.length();
        return true;
    }

    // The grammar of COMPAT-CGP.md §2.4. Recursion is one value() frame per container level,
    // bounded by limits.maxDepth() <= CgpLimits.DEPTH_CAP.

    private Object value(int depth) throws CgpSyntaxException {
        if (in.atEnd()) {
            throw in.expected("an object");
        }
        char c = in.peek();
        return switch (c) {
            case '"' -> in.quoted();
            case '[' -> in.dataBlock();
            case '#' -> in.hashObject();
            case '(' -> array(depth + 1);
            case '{' -> dictionary(depth + 1);
            default -> {
                if (!isAtomStart(c)) {
                    throw in.expected("an object");
                }
                yield in.atom();
            }
        };
    }

    private List<Object> array(int depth) throws CgpSyntaxException {
        int start = enter(depth);
        List<Object> list = new ArrayList<>();
        in.skipWhitespace();
        if (!in.atEnd() && in.peek() == ')') {
            in.pos++;
            return list;
        }
        while (true) {
            in.skipWhitespace();
            if (in.atEnd()) {
                throw new CgpSyntaxException("unterminated array", start);
            }
            countElement();
            list.add(value(depth));
            in.skipWhitespace();
            if (in.atEnd()) {
                throw new CgpSyntaxException("unterminated array", start);
            }
            char c = in.peek();
            if (c != ',' && c != ')') {
                throw new CgpSyntaxException("expected ',' or ')' in array but found " + describe(c), in.pos);
            }
            in.pos++;
            if (c == ')') {
                return list;
            }
        }
    }

    private Map<String, Object> dictionary(int depth) throws CgpSyntaxException {
        int start = enter(depth);
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            in.skipWhitespace();
            if (in.atEnd()) {
                throw new CgpSyntaxException("unterminated dictionary", start);
            }
            if (in.peek() == '}') {
                in.pos++;
                return map;
            }
            int keyAt = in.pos;
            countElement();
            String key = key();
            expect('=', "'=' after dictionary key", start);
            in.skipWhitespace();
            if (in.atEnd()) {
                throw new CgpSyntaxException("unterminated dictionary", start);
            }
            Object v = value(depth);
            if (map.putIfAbsent(key, v) != null) {
                throw new CgpSyntaxException("duplicate dictionary key", keyAt);
            }
            in.skipWhitespace();
            if (!in.atEnd() && in.peek() == '}' && allowed.contains(CgpLeniency.MISSING_FINAL_SEMICOLON)) {
                used.add(CgpLeniency.MISSING_FINAL_SEMICOLON);
                continue; // the loop head consumes the '}'
            }
            expect(';', "';' after dictionary value", start);
        }
    }

    private String key() throws CgpSyntaxException {
        char c = in.peek();
        if (c == '"') {
            return in.quoted();
        }
        if (isAtomStart(c)) {
            return in.atom();
        }
        throw in.expected("a dictionary key");
    }

    private int enter(int depth) throws CgpSyntaxException {
        if (depth > limits.maxDepth()) {
            throw new CgpSyntaxException("nesting deeper than " + limits.maxDepth(), in.pos);
        }
        return in.pos++;
    }

    private void countElement() throws CgpSyntaxException {
        if (++elements > limits.maxElements()) {
            throw new CgpSyntaxException("more than " + limits.maxElements() + " elements", in.pos);
        }
    }

    private void expect(char c, String what, int dictionaryStart) throws CgpSyntaxException {
        in.skipWhitespace();
        if (in.atEnd()) {
            throw new CgpSyntaxException("unterminated dictionary", dictionaryStart);
        }
        if (in.peek() != c) {
            throw new CgpSyntaxException("expected " + what + " but found " + describe(in.peek()), in.pos);
        }
        in.pos++;
    }

    private int wordEnd() {
        int end = in.pos;
        while (end < in.text.length() && isWordChar(in.text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return !isWhitespace(c) && "\"()[]{},;=".indexOf(c) < 0;
    }

    private static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !(isAsciiLetter(x) && isAsciiLetter(y) && (x | 0x20) == (y | 0x20))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
