package org.parley.pop3.codec;

import java.util.Arrays;

/**
 * A parsed POP3 command: one record per command of RFC 1939, CAPA (RFC 2449), STLS (RFC 2595)
 * and AUTH (RFC 5034). Records are immutable and hold decoded values; which commands a session
 * state allows is the session's check, not the parser's.
 *
 * <p>Message numbers are 1-based as on the wire and already checked to be positive; whether a
 * message of that number exists is the session's business.
 */
public sealed interface Pop3Command {
    /** The command keyword in upper case, for logs and metrics. */
    default String keyword() {
        return switch (this) {
            case User u -> "USER";
            case Pass p -> "PASS";
            case Apop a -> "APOP";
            case Auth a -> "AUTH";
            case Capa c -> "CAPA";
            case Stls s -> "STLS";
            case Stat s -> "STAT";
            case List l -> "LIST";
            case Uidl u -> "UIDL";
            case Retr r -> "RETR";
            case Top t -> "TOP";
            case Dele d -> "DELE";
            case Rset r -> "RSET";
            case Noop n -> "NOOP";
            case Quit q -> "QUIT";
        };
    }

    /** RFC 1939 §7 USER name. */
    record User(String name) implements Pop3Command {}

    /** RFC 1939 §7 PASS: the rest of the line, spaces included. */
    record Pass(String password) implements Pop3Command {
        @Override
        public String toString() {
            return "Pass[***]";
        }
    }

    /** RFC 1939 §7 APOP name digest; {@code digest} is the hex string as sent. */
    record Apop(String name, String digest) implements Pop3Command {}

    /**
     * RFC 5034 §4 AUTH mechanism [initial-response].
     *
     * @param mechanism       upper-cased; null for a bare {@code AUTH} (see {@link Pop3Parser})
     * @param initialResponse decoded; null when none was sent, empty for {@code =}
     */
    record Auth(String mechanism, byte[] initialResponse) implements Pop3Command {
        @Override
        public boolean equals(Object o) {
            return o instanceof Auth a && java.util.Objects.equals(a.mechanism, mechanism)
                    && Arrays.equals(a.initialResponse, initialResponse);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(mechanism) * 31 + Arrays.hashCode(initialResponse);
        }

        @Override
        public String toString() {
            return "Auth[" + mechanism + (initialResponse == null ? "" : ", " + initialResponse.length + " octets") + "]";
        }
    }

    /** RFC 2449 §5. */
    record Capa() implements Pop3Command {}

    /** RFC 2595 §4. */
    record Stls() implements Pop3Command {}

    /** RFC 1939 §5. */
    record Stat() implements Pop3Command {}

    /** RFC 1939 §5 LIST [msg]; {@code message} is 0 when absent (the whole scan listing). */
    record List(int message) implements Pop3Command {}

    /** RFC 1939 §7 UIDL [msg]; {@code message} is 0 when absent. */
    record Uidl(int message) implements Pop3Command {}

    /** RFC 1939 §5 RETR msg. */
    record Retr(int message) implements Pop3Command {}

    /** RFC 1939 §7 TOP msg n; {@code lines} is capped at {@link Integer#MAX_VALUE}. */
    record Top(int message, int lines) implements Pop3Command {}

    /** RFC 1939 §5 DELE msg. */
    record Dele(int message) implements Pop3Command {}

    /** RFC 1939 §5. */
    record Rset() implements Pop3Command {}

    /** RFC 1939 §5. */
    record Noop() implements Pop3Command {}

    /** RFC 1939 §4 and §6. */
    record Quit() implements Pop3Command {}
}
