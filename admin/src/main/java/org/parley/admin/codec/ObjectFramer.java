package org.parley.admin.codec;

/**
 * Finds where a data object that spans lines ends (COMPAT-CGP §2.2: "clients read lines until the
 * bracket that opened the object is closed"). Fed line by line; counts brackets outside quoted
 * strings, so a {@code ")"} inside {@code "a)b"} does not end an array. An object that does not
 * start with a bracket (a string, a number) ends with its first line. Not thread-safe.
 */
public final class ObjectFramer {
    private boolean started;
    private boolean container;
    private int depth;
    private boolean inQuote;
    private boolean escaped;
    private boolean done;

    /** Feeds the next line (without terminator); true once the object is complete. */
    public boolean feed(CharSequence line) {
        for (int i = 0; i < line.length() && !done; i++) {
            char c = line.charAt(i);
            if (!started) {
                if (c == ' ' || c == '\t' || c == '\r') {
                    continue;
                }
                started = true;
                container = c == '(' || c == '{' || c == '[';
                if (!container) {
                    done = true;
                    break;
                }
            }
            step(c);
        }
        if (started && !container) {
            done = true;
        }
        return done;
    }

    private void step(char c) {
        if (inQuote) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inQuote = false;
            }
            return;
        }
        switch (c) {
            case '"' -> inQuote = true;
            case '(', '{', '[' -> depth++;
            case ')', '}', ']' -> {
                depth--;
                if (depth <= 0) {
                    done = true;
                }
            }
            default -> { }
        }
    }

    public boolean isDone() {
        return done;
    }
}
