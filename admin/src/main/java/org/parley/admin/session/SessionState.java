package org.parley.admin.session;

/**
 * Where a CLI session is. Which commands each state allows is decided in {@link CliSession#dispatch}.
 */
public sealed interface SessionState {
    /**
     * Before login.
     *
     * @param pendingUser the name from {@code USER}, waiting for {@code PASS}; null otherwise
     */
    record NotAuthenticated(String pendingUser) implements SessionState {}

    /** Logged in as {@code who}; each command still checks the account's current rights. */
    record Authenticated(org.parley.directory.auth.Authenticated who) implements SessionState {}
}
