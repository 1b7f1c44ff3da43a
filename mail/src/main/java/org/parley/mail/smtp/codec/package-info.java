/**
 * The SMTP and LMTP wire format, without sockets or state: command parsing, replies, the DATA and
 * BDAT content streams, and the client-side pieces (reply reading, EHLO capabilities, command
 * formatting, dot-stuffing).
 *
 * <h2>Server side, in call order</h2>
 * <ol>
 *   <li>The session reads a line with its bounded line reader and calls
 *       {@link org.parley.mail.smtp.codec.SmtpCommandParser#parse(byte[], int, int, boolean)},
 *       passing whether the current transaction's MAIL carried SMTPUTF8. The result is a
 *       {@link org.parley.mail.smtp.codec.SmtpCommand} record, dispatched with an exhaustive
 *       switch, or a {@link org.parley.mail.smtp.codec.SmtpSyntaxException} whose
 *       {@code reply()} is written as is.</li>
 *   <li>After answering DATA with 354 the session calls
 *       {@link org.parley.mail.smtp.codec.DataReader#read} with the connection's buffered input
 *       and a sink (a spool file); then checks {@link org.parley.mail.smtp.codec.DataResult#rejection()}
 *       and its own policy for NUL, 8-bit under BODY=7BIT, long lines and Received: count.</li>
 *   <li>After BDAT the session calls {@link org.parley.mail.smtp.codec.ChunkReader#transfer}
 *       with the remaining size budget: the chunk is always consumed.</li>
 *   <li>Replies go out through {@link org.parley.mail.smtp.codec.SmtpReplyWriter}; the EHLO
 *       reply is built with {@link org.parley.mail.smtp.codec.EhloCapabilities#toReply()}.</li>
 * </ol>
 *
 * <h2>Client side</h2>
 * {@link org.parley.mail.smtp.codec.SmtpReplyReader} reads (multi-line) replies,
 * {@link org.parley.mail.smtp.codec.EhloCapabilities#parse} reads EHLO keywords,
 * {@link org.parley.mail.smtp.codec.SmtpCommandFormatter} writes commands and
 * {@link org.parley.core.io.DotStuffingOutputStream} (bare CR as a line end) writes DATA content.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Error replies: unknown verb 500 5.5.1; unusable line (too long, NUL, control characters,
 *       invalid UTF-8) 500 5.5.2; bad arguments 501 5.5.4; bad reverse-path 501 5.1.7, bad
 *       forward-path 501 5.1.3; unknown or not-enabled MAIL/RCPT parameter 555 5.5.4; duplicate
 *       parameter 501 5.5.4; UTF-8 address without SMTPUTF8 553 5.6.7.</li>
 *   <li>Source routes are parsed and kept in {@link org.parley.mail.smtp.codec.MailPath#route()}
 *       (RFC 5321 §4.1.2 says to ignore them; the Router and relay checks may want to see
 *       them).</li>
 *   <li>Local parts are stored unquoted with their case; domains lower-cased; IPv6 literals as
 *       {@code [IPv6:…]} with lower-case hex.</li>
 *   <li>A MAIL path is parsed as UTF-8-capable and refused afterwards when the same line has no
 *       SMTPUTF8 parameter, because the parameter follows the path.</li>
 *   <li>Leniencies are named in {@link org.parley.mail.smtp.codec.SmtpLeniency}; the defaults
 *       accept a space after the colon, trailing whitespace, LF-ended command lines and
 *       oversized (SRS/VERP) local parts, but not unbracketed paths. DATA is stricter: only
 *       {@code <CRLF>.<CRLF>} ends a message, and bare CR/LF are refused unless the session
 *       picks {@link org.parley.mail.smtp.codec.BareLineEndings#NORMALIZE}.</li>
 *   <li>Un-stuffing follows RFC 5321 §4.5.2 literally: a leading period is removed whenever the
 *       line has other characters, so {@code .x} becomes {@code x}.</li>
 *   <li>Not done here: RFC 6533 {@code utf-8-addr-xtext} decoding of ORCPT (the value is xtext
 *       decoded only), RFC 2920 command grouping (the session's job), IDNA2008 (A-label
 *       conversion uses {@link java.net.IDN}, which is IDNA2003).</li>
 * </ul>
 */
package org.parley.mail.smtp.codec;
