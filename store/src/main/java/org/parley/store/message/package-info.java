/**
 * Message analysis for the mail store: what is computed once when a message is appended, and how
 * FETCH, SEARCH, SORT and THREAD use it without re-parsing.
 *
 * <h2>At append</h2>
 * {@link org.parley.store.message.MessageAnalyzer#analyze} ({@link
 * org.parley.store.message.MessageParser}) turns the raw bytes into a {@link
 * org.parley.store.message.ParsedMessage}: the MIME tree ({@link org.parley.store.message.BodyPart})
 * with exact byte offsets, the ENVELOPE, and the SORT/THREAD keys. The store keeps
 * {@link org.parley.store.message.ParsedMessage#encode()} next to the message and reads it back with
 * {@link org.parley.store.message.ParsedMessage#decode(byte[])}.
 *
 * <h2>At FETCH</h2>
 * {@link org.parley.store.message.MessageSections} maps section specifiers (RFC 9051 §6.4.5,
 * RFC 3516 BINARY) to {@link org.parley.store.message.ByteRange}s of the stored bytes, read
 * through {@link org.parley.store.message.MessageBytes} (an array or a blob's file channel).
 *
 * <h2>At SEARCH and SORT</h2>
 * {@link org.parley.store.message.MessageText} decodes headers and text parts, bounded per
 * message; {@link org.parley.store.message.TextMatcher} does the case-insensitive substring
 * match; {@link org.parley.store.message.AsciiCasemap} is the SORT collation;
 * {@link org.parley.store.message.MessageIds} normalizes Message-IDs for THREAD.
 *
 * <h2>Implementation notes</h2>
 * <ul>
 *   <li>Structure is located by our own scanner ({@code PartScanner}, {@code HeaderBlock}) because
 *       IMAP sections are byte ranges and mime4j's streaming parser reads ahead through internal
 *       buffers without reporting positions; a counting stream under it only sees the read-ahead.
 *       {@code Mime4jAgreementTest} checks the scanner against mime4j's reading of the same mail,
 *       and the whole SpamAssassin corpus (6,046 messages) parsed with the same leaves except
 *       where a multipart has no parts at all (we add IMAP's placeholder).
 *   <li>mime4j does what it is good at: RFC 2047 encoded-words, base64 and quoted-printable
 *       decoding, charset aliases. Address lists, dates and MIME parameters are parsed here
 *       because ENVELOPE needs raw display names (mime4j decodes them), mime4j's lenient date
 *       parser ignores named zones, and its Content-Type parameters are neither RFC 2231-decoded
 *       nor kept in order.
 *   <li>Nothing here refuses mail: every parser is lenient, bounded ({@code MessageParser.Limits},
 *       {@code MessageText} character bound, codec counts checked against the bytes left) and
 *       fuzzed ({@code MessageFuzzTest}).
 * </ul>
 */
package org.parley.store.message;
