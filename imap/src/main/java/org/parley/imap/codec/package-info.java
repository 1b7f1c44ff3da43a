/**
 * The IMAP codec: command parser and response writer, with no sockets and no storage
 * (STYLE.md "Parse, then execute"). The session owns the connection; handlers receive
 * {@link org.parley.imap.codec.ImapCommand} records and answer through
 * {@link org.parley.imap.codec.ImapWriter}.
 *
 * <h2>Flow</h2>
 * <pre>
 *   ImapParser parser = new ImapParser(new StreamImapInput(in, () -&gt; { w.continuation("Ready"); w.flush(); }), limits);
 *   try {
 *       TaggedCommand c = parser.parse(context);      // null: the client closed the connection
 *       switch (c.command()) { case ImapCommand.Select s -&gt; ...; ... }
 *   } catch (ImapParseException e) {
 *       w.parseError(e);                              // tag BAD/NO [code] text, or * BAD text
 *       if (e.closeConnection()) { ...send * BYE and close... }
 *   }
 * </pre>
 * AUTHENTICATE continuation lines ({@link org.parley.imap.codec.SaslResponse#decode}) and IDLE's
 * DONE ({@link org.parley.imap.codec.ImapParser#isIdleDone}) are read by the session with
 * {@link org.parley.imap.codec.ImapInput#readLine(int)}.
 *
 * <h2>Grammar covered</h2>
 * RFC 9051 (IMAP4rev2) §6 and §9 with the IMAP4rev1 (RFC 3501) forms it dropped (LSUB, RECENT,
 * NEW/OLD/RECENT search keys, the UNSEEN code); STARTTLS; AUTHENTICATE with SASL-IR (RFC 4959);
 * ENABLE (RFC 5161); IDLE (RFC 2177); NAMESPACE (RFC 2342); ID (RFC 2971); UIDPLUS (RFC 4315);
 * MOVE (RFC 6851); UNSELECT; LIST-EXTENDED (RFC 5258), LIST-STATUS (RFC 5819), SPECIAL-USE and
 * CREATE-SPECIAL-USE (RFC 6154); CONDSTORE and QRESYNC (RFC 7162); ESEARCH (RFC 4731);
 * SEARCHRES (RFC 5182); SORT and THREAD (RFC 5256) with DISPLAYFROM/DISPLAYTO (RFC 5957); ACL
 * (RFC 4314); QUOTA (RFC 9208); LITERAL+ and LITERAL- (RFC 7888); BINARY (RFC 3516); MULTIAPPEND
 * (RFC 3502); APPENDLIMIT (RFC 7889); WITHIN (RFC 5032); STATUS=SIZE (RFC 8438); UTF8=ACCEPT
 * (RFC 6855); COMPRESS (RFC 4978, the command only).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Literals are read only after their size passed {@link org.parley.imap.codec.ParseLimits}:
 *     a refused synchronizing literal gets no "+" (the client never sends it); a refused
 *     non-synchronizing literal is read and dropped up to {@code maxDiscardLiteral}, else the
 *     connection must close (RFC 7888 §4 allows both). APPEND over the limit is
 *     {@code NO [TOOBIG]} (RFC 7889), other over-long literals {@code BAD [TOOBIG]}.</li>
 * <li>Quoted strings accept UTF-8 in every session (RFC 9051 §9 QUOTED-CHAR), decoded strictly;
 *     invalid UTF-8 is BAD. NUL is refused everywhere except in literal8.</li>
 * <li>Mailbox names are decoded to Unicode: modified UTF-7 (RFC 3501 §5.1.3, strict: no encoded
 *     printable ASCII, no bad padding) unless UTF-8 names are on; INBOX in any case becomes
 *     "INBOX" (RFC 9051 §5.1). LIST references and patterns are decoded the same way but not
 *     normalized.</li>
 * <li>SEARCH strings are decoded with the CHARSET (any charset the JDK knows; UTF-8 without
 *     CHARSET); an unknown one is {@code NO [BADCHARSET (US-ASCII UTF-8)]}.</li>
 * <li>Strings are written quoted when short and 7-bit (or UTF-8 in UTF-8 sessions), else as
 *     literals; NUL is dropped from strings; resp-text has CR/LF/NUL replaced by spaces.</li>
 * <li>ENVELOPE/BODYSTRUCTURE come from {@code org.parley.store.message} records; types and
 *     parameter names are upper-cased; INTERNALDATE days are zero-padded (RFC 9051 date-day-fixed
 *     allows 2DIGIT).</li>
 * </ul>
 *
 * <h2>Leniencies</h2>
 * Each tolerance is an entry of {@link org.parley.imap.codec.Leniency}, applied only when the
 * {@link org.parley.imap.codec.ParseContext} allows it and reported per command. Outside that
 * list: {@link org.parley.imap.codec.ImapLineReader} (so every input) accepts a bare LF as line
 * end, and {@code IDLE}'s DONE is compared case-insensitively.
 */
package org.parley.imap.codec;
