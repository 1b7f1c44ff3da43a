package org.parley.core.log;

import org.slf4j.MDC;

/**
 * The per-session fields of every log line: protocol, remote address and (after login) account.
 * They live in the SLF4J MDC of the session's thread, so each log call stays a one-liner and the
 * layout (time, level, protocol, remote, account, message) is decided once in the log config.
 */
public final class LogContext implements AutoCloseable {
    public static final String PROTOCOL = "proto";
    public static final String REMOTE = "remote";
    public static final String ACCOUNT = "account";

    private final String previousProtocol;
    private final String previousRemote;
    private final String previousAccount;

    private LogContext() {
        previousProtocol = MDC.get(PROTOCOL);
        previousRemote = MDC.get(REMOTE);
        previousAccount = MDC.get(ACCOUNT);
    }

    /** Sets protocol and remote address for the current thread until {@link #close}. */
    public static LogContext connection(String protocol, String remote) {
        LogContext ctx = new LogContext();
        put(PROTOCOL, protocol);
        put(REMOTE, remote);
        MDC.remove(ACCOUNT);
        return ctx;
    }

    /** Records the authenticated account for the rest of the session's log lines. */
    public static void account(String principal) {
        put(ACCOUNT, principal);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        put(PROTOCOL, previousProtocol);
        put(REMOTE, previousRemote);
        put(ACCOUNT, previousAccount);
    }
}
