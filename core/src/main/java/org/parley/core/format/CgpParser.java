package org.parley.core.format;

import java.util.Set;

/**
 * Parses a text that holds exactly one CGP object (a CLI response after {@code 201 }, a settings
 * file). Stateless and thread-safe. To see which {@link CgpLeniency} an input needed, or to read
 * several objects and words from one line, use a {@link CgpReader}.
 */
public final class CgpParser {
    private CgpParser() {
    }

    /** Parses with {@link CgpLimits#DEFAULT} and {@link CgpLeniency#DEFAULTS}. */
    public static Object parse(String text) throws CgpSyntaxException {
        return parse(text, CgpLimits.DEFAULT, CgpLeniency.DEFAULTS);
    }

    public static Object parse(String text, CgpLimits limits) throws CgpSyntaxException {
        return parse(text, limits, CgpLeniency.DEFAULTS);
    }

    /**
     * @return the one object in {@code text}; surrounding whitespace is allowed, anything else
     *         after the object is a {@link CgpSyntaxException}
     */
    public static Object parse(String text, CgpLimits limits, Set<CgpLeniency> allowed) throws CgpSyntaxException {
        CgpReader reader = new CgpReader(text, limits, allowed);
        Object value = reader.readObject();
        reader.requireEnd();
        return value;
    }
}
