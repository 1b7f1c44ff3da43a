/**
 * The SMTP, submission and LMTP session: one {@link org.parley.mail.smtp.session.SmtpSession} per
 * connection, a loop of read line → parse ({@code smtp.codec}) → admit
 * ({@link org.parley.mail.smtp.session.CommandAdmission}, the one place that knows which command
 * runs in which {@link org.parley.mail.smtp.session.SessionState}) → dispatch to the command's
 * handler ({@code smtp.command}) → reply.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Bare CR/LF in content.</b> Port 25 refuses the message with {@code 550 5.6.0}
 *       ({@link org.parley.mail.smtp.codec.BareLineEndings#REJECT}); submission and LMTP turn them
 *       into CRLF (NORMALIZE), because their clients are authenticated users' programs or a
 *       trusted local MTA that already accepted the message. On every port only
 *       {@code <CRLF>.<CRLF>} ends DATA, so SMTP smuggling is closed either way; the MX refusal
 *       also keeps relayed DKIM signatures honest. BDAT content gets the same policy unless it is
 *       {@code BODY=BINARYMIME}.</li>
 *   <li><b>Relaying.</b> {@code SubmissionContext.relayAllowed} is true only for an authenticated
 *       account whose AccessModes include Relay, or a client address in the server settings
 *       {@code ClientIPs} or {@code LANIPs}. Loopback is not special: local programs that should
 *       relay without AUTH need 127.0.0.1 listed. LMTP never relays. Before asking the delivery
 *       service, RCPT refuses indirect address forms (source routes, {@code %}, {@code !}, a
 *       quoted local part holding {@code @}) with 5.7.1 to clients that may not relay.</li>
 *   <li><b>Sender addresses.</b> Whether an authenticated client may use a MAIL FROM address is
 *       the delivery service's decision at {@code begin} (its contract); the session forwards its
 *       refusal. An untrusted client's {@code AUTH=} parameter becomes {@code <>} (RFC 4954 §5).</li>
 *   <li><b>AUTH</b> is offered on MX and submission when the connection is TLS, from loopback, or
 *       the server setting {@code PlainTextLoginAllowed} is YES; otherwise {@code 538 5.7.11}.
 *       Throttled logins get {@code 454 4.7.0}, failures {@code 535 5.7.8}. SASL success data
 *       (SCRAM {@code v=}) goes out as a last 334 challenge. STARTTLS forgets the login.</li>
 *   <li><b>Pipelining.</b> Replies are flushed only when no further input is buffered (RFC 2920
 *       §3.2). Message content already buffered when DATA is about to be answered with 354 is a
 *       synchronization error: {@code 554 5.5.0} and the connection is closed, since those lines
 *       would otherwise run as commands. BDAT chunks are always consumed, even when refused.</li>
 *   <li><b>Limits.</b> SIZE 50 MiB by default (declared: 552 at MAIL; actual: drained, then 552);
 *       100 recipients (452 4.5.3); more than 50 {@code Received:} fields is a loop (554 5.4.6);
 *       NUL in text content 554 5.6.0; lines over 1000 octets in content are kept; over-long
 *       command lines 500 5.5.2. After 20 negative replies (100 on LMTP) the session ends with
 *       421. Timeouts: 5 minutes for a command, 10 minutes for each block of content, then
 *       {@code 421 4.4.2}.</li>
 *   <li><b>Replies after content.</b> The 250 is sent only after
 *       {@link org.parley.mail.delivery.DeliveryTransaction#commit} returned (durable). SMTP
 *       answers 250 if any recipient got the message (the delivery service bounces the rest),
 *       else the first temporary failure, else the first permanent one. LMTP answers each
 *       accepted recipient in RCPT order (RFC 2033 §4.2), also when the message is refused as a
 *       whole.</li>
 *   <li><b>Trace.</b> Every message gets {@code Received:} (RFC 5321 §4.4) with the RFC 3848 /
 *       RFC 6531 {@code with} keyword, the TLS protocol and cipher as a comment and
 *       {@code for <rcpt>} only when there is exactly one recipient; no DNS is used. Submission
 *       adds {@code Date:} and {@code Message-ID:} when missing (RFC 6409 §8). Return-Path is the
 *       delivery service's job at final delivery.</li>
 *   <li><b>Logging.</b> One line per message (id, sender, size, recipients, result) and one per
 *       refused command, with the account in the MDC after AUTH.</li>
 *   <li>VRFY always answers 252 and EXPN 502: replies never reveal whether an account exists.</li>
 * </ul>
 */
package org.parley.mail.smtp.session;
