/**
 * IMAP sessions: the read-parse-dispatch-write loop ({@link org.parley.imap.session.ImapSession}),
 * the connection states as a sealed type ({@link org.parley.imap.session.SessionState}) with the
 * allowed commands per state in one place ({@link org.parley.imap.session.CommandPolicy}), the
 * session's view of the selected mailbox ({@link org.parley.imap.session.SelectedMailbox}) and
 * the one mapping of store errors to response codes ({@link org.parley.imap.session.StoreErrors}).
 *
 * <h2>Implementation notes</h2>
 * <ul>
 * <li>Updates from other sessions: the change feed only marks the view changed (and wakes an
 *     IDLE notifier); the view then re-reads the store by modseq
 *     ({@code MailSession.changesSince}). Events are hints, so a lost cluster notification costs
 *     latency, never correctness: NOOP, CHECK and the start of IDLE always re-read. Without
 *     events a command costs no extra query.</li>
 * <li>EXPUNGE/VANISHED are held back while answering FETCH, STORE and SEARCH (RFC 9051 §7.5.1;
 *     the UID forms may carry them) and go out with the next command that allows them; EXISTS
 *     and flag FETCHes go out after any command.</li>
 * <li>IDLE: the session thread waits for DONE without the output lock; a short-lived virtual
 *     thread, started per burst of events, takes the lock, re-reads and writes. An idle
 *     connection therefore costs its socket buffers, the session object and (when selected)
 *     the view's UID array: no thread besides its own, no response buffer.</li>
 * <li>\Recent (IMAP4rev1 only) is what the store claimed at SELECT; messages that arrive later are
 *     not \Recent for this session (RFC 3501 allows it to be given to another session).</li>
 * <li>Timeouts: 5 minutes before login, 30 after (RFC 9051 §5.4), the same for IDLE, which
 *     restarts the timer; then {@code * BYE} and close.</li>
 * <li>Logging: one line per command (name, result, duration) at DEBUG for OK, at INFO for NO and
 *     BAD, with the account in the MDC; incidents (unexpected exceptions) at ERROR with their id,
 *     answered {@code NO [SERVERBUG]}.</li>
 * </ul>
 */
package org.parley.imap.session;
