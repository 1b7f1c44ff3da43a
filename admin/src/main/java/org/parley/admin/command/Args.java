package org.parley.admin.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.CliRequest;
import org.parley.core.format.CgpReader;
import org.parley.core.format.CgpSyntaxException;

/**
 * The arguments of one command line, read left to right: names (atoms or quoted strings),
 * dictionaries, arrays and keywords. Wrong kinds of argument are 501 errors naming what was
 * expected. For one handler call; not thread-safe.
 */
public final class Args {
    private final String text;
    private final CgpReader reader;

    public Args(CliRequest request) {
        this.text = request.text();
        this.reader = request.arguments();
    }

    /** The next char after whitespace, or 0 at the end. */
    private char peek() {
        reader.skipWhitespace();
        int at = reader.offset();
        return at < text.length() ? text.charAt(at) : 0;
    }

    public boolean atEnd() {
        return reader.atEnd();
    }

    /** A required name or string argument. */
    public String string(String what) throws CgpSyntaxException {
        char c = peek();
        if (c == 0 || c == '{' || c == '(' || c == '[' || c == '#') {
            throw CliException.badParameters("expected " + what);
        }
        return reader.readString();
    }

    /** A name that may be left out: null if the next argument is a dictionary or array, or there is none. */
    public String optionalString() throws CgpSyntaxException {
        char c = peek();
        if (c == 0 || c == '{' || c == '(') {
            return null;
        }
        return reader.readString();
    }

    /** A required dictionary. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> dictionary(String what) throws CgpSyntaxException {
        if (peek() != '{') {
            throw CliException.badParameters("expected " + what + " as a dictionary {key=value;}");
        }
        return (Map<String, Object>) reader.readObject();
    }

    /** A dictionary that may be left out (null). */
    public Map<String, Object> optionalDictionary(String what) throws CgpSyntaxException {
        return peek() == '{' ? dictionary(what) : null;
    }

    /** A required array of strings. */
    public List<String> stringArray(String what) throws CgpSyntaxException {
        if (peek() != '(') {
            throw CliException.badParameters("expected " + what + " as an array (a, b)");
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) reader.readObject()) {
            if (!(o instanceof String s)) {
                throw CliException.badParameters(what + " must hold strings only");
            }
            out.add(s);
        }
        return out;
    }

    /** Any object (ECHO). */
    public Object object(String what) throws CgpSyntaxException {
        if (atEnd()) {
            throw CliException.badParameters("expected " + what);
        }
        return reader.readObject();
    }

    /** Consumes the keyword if it comes next (any case). */
    public boolean keyword(String keyword) {
        return reader.tryKeyword(keyword);
    }

    /** Requires the keyword next. */
    public void expect(String keyword) {
        if (!reader.tryKeyword(keyword)) {
            throw CliException.badParameters("expected " + keyword);
        }
    }

    /**
     * Everything after the current position, minus the one space that separates it: for
     * {@code PASS} and {@code AUTH WEBUSER}, whose passwords clients send unquoted, spaces and all.
     */
    public String rest() {
        int at = reader.offset();
        if (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at >= text.length() ? "" : text.substring(at);
    }

    /** Requires that nothing follows. */
    public void end() throws CgpSyntaxException {
        reader.requireEnd();
    }
}
