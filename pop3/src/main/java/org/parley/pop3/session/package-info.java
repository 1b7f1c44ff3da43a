/**
 * POP3 sessions: the read–parse–dispatch loop ({@link org.parley.pop3.session.Pop3Session}), the
 * sealed state ({@link org.parley.pop3.session.Pop3State}: Authorization, Transaction, Update)
 * and the maildrop of one session ({@link org.parley.pop3.session.Maildrop}).
 *
 * <h2>Implementation notes</h2>
 * <ul>
 * <li><b>No maildrop lock.</b> RFC 1939 §4 has the server lock the maildrop; Parley does not,
 *     because IMAP, XIMSS and webmail sessions of the same account may be open at the same time.
 *     Instead the listing is fixed at login, numbers map to UIDs, and QUIT removes only the UIDs
 *     this session marked, in one store transaction. A message removed by another session in the
 *     meantime answers RETR/TOP with {@code -ERR} and is skipped at QUIT; new arrivals appear at
 *     the next login. Two POP3 sessions of one account work the same way.</li>
 * <li><b>Clear-text passwords</b> (USER/PASS, SASL PLAIN and LOGIN) are accepted under TLS, from
 *     loopback, or anywhere when the server setting {@code PlainTextLoginAllowed} is YES
 *     ({@link org.parley.pop3.session.CleartextPolicy}). Elsewhere USER is refused before the
 *     password is sent, and CAPA does not list USER, PLAIN or LOGIN. APOP, CRAM-MD5 and
 *     SCRAM-SHA-256 are always allowed: the password never travels.</li>
 * <li><b>Login failures</b> answer {@code -ERR [AUTH]}; refusals by the directory's throttling
 *     {@code -ERR [SYS/TEMP]} (RFC 3206). Neither says whether the account exists. After
 *     {@code maxAuthFailures} failures the connection closes.</li>
 * <li><b>AccessModes</b>: an account whose AccessModes do not include {@code POP} gets
 *     {@code -ERR [SYS/PERM]} after correct credentials.</li>
 * <li><b>Hostile input</b>: over-long lines are skipped by the reader and answered with
 *     {@code -ERR}; unknown, malformed and out-of-state commands likewise; after
 *     {@code maxBadCommands} of them the connection closes. SASL responses are bounded by
 *     {@code SaslCodec.MAX_RESPONSE_BYTES}.</li>
 * <li><b>STLS</b> drops whatever the client pipelined in plaintext after it (Connection#startTls)
 *     and forgets a pending USER.</li>
 * <li><b>Errors</b>: store refusals become {@code -ERR [SYS/TEMP]}; anything unexpected
 *     {@code -ERR [SYS/TEMP] internal error, incident N} with N in the log.</li>
 * </ul>
 */
package org.parley.pop3.session;

import org.parley.directory.settings.CleartextPolicy;
