/**
 * One CLI/API session: {@link org.parley.admin.session.CliSession} (the loop),
 * {@link org.parley.admin.session.SessionState} (NotAuthenticated, Authenticated),
 * {@link org.parley.admin.session.Permissions} (every rule about who may do what) and
 * {@link org.parley.admin.session.ErrorMapping} (every error to a status code).
 *
 * <p>Implementation notes:
 * <ul>
 *   <li>Before login: USER/PASS, APOP (token from the greeting; accounts with
 *       {@code PasswordEncryption=clear} only), AUTH WEBUSER, plus INLINE, NOOP, QUIT and STLS.
 *       Other known verbs answer 503, unknown ones 500. Throttling is the directory
 *       Authenticator's; failed and throttled logins get the same 515 text.</li>
 *   <li>Accounts without administrative rights may log in; they may use the session commands
 *       only. Deciding at login would have needed a second "refused" reply that tells a user their
 *       password was right anyway, and rights are checked per command regardless.</li>
 *   <li>STLS (CommuniGate PWD's name; STARTTLS is accepted too) upgrades the connection;
 *       plaintext pipelined behind it is dropped by {@link org.parley.core.net.Connection#startTls}.</li>
 *   <li>A bad line never ends the session; only more than twenty errors in a row before login
 *       do, so a port scanner or a confused client does not hold a session for ever.</li>
 *   <li>Log: one INFO line per command, {@code VERB code}, with protocol, remote address and (after
 *       login) account in the MDC. Arguments are never logged: they carry passwords.</li>
 * </ul>
 */
package org.parley.admin.session;
