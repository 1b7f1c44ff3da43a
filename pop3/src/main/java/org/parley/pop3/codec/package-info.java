/**
 * The POP3 codec: command parser and response writer, with no sockets and no storage
 * (STYLE.md "Parse, then execute").
 *
 * <h2>Flow</h2>
 * <pre>
 *   Pop3Parser parser = new Pop3Parser(leniencies);
 *   byte[] line = reader.readLine(Pop3Parser.MAX_LINE);     // LineReader: bounded
 *   try {
 *       Pop3Command c = parser.parse(line);
 *       switch (c) { case Pop3Command.Retr r -&gt; ...; ... }
 *   } catch (Pop3SyntaxException e) {
 *       writer.err(e.getMessage());
 *   }
 * </pre>
 * Message bodies go through {@link org.parley.pop3.codec.DotStuffingOutputStream} (from
 * {@link org.parley.pop3.codec.Pop3Writer#beginBody}), optionally behind a
 * {@link org.parley.pop3.codec.TopOutputStream} for TOP, so a message streams from the blob store
 * to the socket without being held in memory.
 *
 * <h2>Grammar covered</h2>
 * RFC 1939 (USER, PASS, APOP, STAT, LIST, RETR, DELE, NOOP, RSET, QUIT, TOP, UIDL), RFC 2449
 * (CAPA, response codes), RFC 2595 (STLS), RFC 5034 (AUTH with initial response), RFC 3206
 * (SYS and AUTH response codes). Not supported: RPOP, LAST, UTF8 (RFC 6856), LANG.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Lines are at most {@link org.parley.pop3.codec.Pop3Parser#MAX_LINE} octets, more than the
 *     255 of RFC 2449 §4 so long passwords fit; arguments other than PASS's at most 255.</li>
 * <li>Keywords are case-insensitive; arguments are separated by exactly one space (RFC 1939 §3).
 *     PASS takes the rest of the line, spaces included (RFC 1939 §7).</li>
 * <li>Control characters anywhere in a command and malformed UTF-8 are refused; NUL never
 *     reaches a handler.</li>
 * <li>Message numbers are 1 to 2^31-1, digits only (no sign, at most 10 digits). TOP's line count
 *     is any run of digits, capped at 2^31-1.</li>
 * <li>Responses: text is sanitized (control characters become spaces); multi-line bodies are
 *     byte-stuffed and bare LF becomes CRLF.</li>
 * </ul>
 *
 * <h2>Leniencies</h2>
 * Each tolerance is an entry of {@link org.parley.pop3.codec.Leniency}: trailing spaces after the
 * arguments, and a bare {@code AUTH} that lists the mechanisms.
 */
package org.parley.pop3.codec;
