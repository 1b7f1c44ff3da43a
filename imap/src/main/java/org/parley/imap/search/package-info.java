/**
 * The evaluation engine behind SEARCH, ESEARCH, SORT and THREAD: no sockets, no storage queries.
 * The session fetches the selected mailbox's metadata in bulk ({@code MailSession.fetch}, with
 * structure when {@link org.parley.imap.search.SearchEvaluator#needsStructure} says so), wraps
 * each message as a {@link org.parley.imap.search.SearchItem}, and calls:
 * <pre>
 *   List&lt;SearchItem&gt; hits = new SearchEvaluator(contentSource).filter(view, cmd.criteria(), ctx);
 *   List&lt;SearchItem&gt; sorted = Sorter.sort(hits, sort.sortCriteria());                     // SORT
 *   List&lt;ThreadNode&gt; threads = Threader.thread(hits, thread.algorithm(), thread.uid());    // THREAD
 * </pre>
 * and maps the items to sequence numbers or UIDs for its response.
 *
 * <h2>Decisions where the RFCs leave room</h2>
 * <ul>
 * <li>BEFORE/ON/SINCE compare the internal date's calendar day in the server's time zone, the
 *     zone of {@link org.parley.imap.search.SearchContext#clock()} (RFC 9051 §6.4.4 "disregarding
 *     time and timezone"; the store keeps the internal date as an instant, so the zone given at
 *     APPEND is not known any more). Dovecot does the same.</li>
 * <li>SENTBEFORE/SENTON/SENTSINCE compare the day written in the Date header, in the header's own
 *     zone ("disregarding time and timezone" taken literally, as Dovecot does). A message without
 *     a valid Date uses its internal date (in the server's zone), as RFC 5256 §2.2 does for the
 *     sent date of SORT and THREAD.</li>
 * <li>OLDER n matches an internal date at least n seconds before now, YOUNGER n one at most n
 *     seconds before now (RFC 5032 §3, as the codec documents them); "now" is read once per
 *     search.</li>
 * <li>FROM, TO, CC, BCC and SUBJECT search the ENVELOPE field (RFC 9051 §6.4.4), RFC 2047
 *     decoded, an address as {@code Name <mailbox@host>}. Of repeated header fields the first
 *     counts, as in the ENVELOPE. A key matches only a message that has the field; the empty
 *     string then matches any value. HEADER searches every field of that name (decoded);
 *     {@code HEADER name ""} matches when the field exists. TEXT searches the decoded top-level
 *     header fields and the text parts; BODY the text parts (transfer and charset decoding, HTML
 *     reduced to text, bounded by {@code MessageText}). Known gap: RFC 9051 §6.4.4 has TEXT cover
 *     MIME part headers too, and those (like the headers of attached messages) are not in
 *     {@code MessageText}. Matching is case-insensitive substring matching
 *     with {@code TextMatcher}'s folding; nothing else is normalized.</li>
 * <li>{@code \Recent} belongs to the session (RFC 3501 §2.3.2): RECENT, NEW and OLD read it as
 *     the keyword {@code \Recent} in the item's flags, which the session adds.</li>
 * <li>MODSEQ with an entry name compares the message's mod-sequence: per-flag mod-sequences are
 *     not stored, and RFC 7162 §3.1.5 lets such a server ignore the entry name and type.</li>
 * <li>{@code $} means the saved UIDs wherever it stands, also as a bare sequence set (RFC 5182
 *     §2.1); with nothing saved it matches nothing.</li>
 * <li>SORT and THREAD compare strings by {@code i;ascii-casemap} (RFC 5256 §2.3); ties keep
 *     sequence order (RFC 5256 §2.2, §3). THREAD returns sequence numbers by default; UID THREAD
 *     asks for UIDs.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * A key is compiled once per search ({@code SearchCompiler}): sets resolved, dates turned into
 * instants and day numbers, strings folded, AND/OR children ordered cheapest first. Evaluation is
 * three-valued by data level (metadata, structure, content), so a message is decided without
 * its content whenever its flags, numbers, sizes, dates or envelope can decide it, also under
 * NOT and OR; only then is the content opened, once, and released before the next message. Each
 * text is folded once per message and each key is a {@link java.lang.String#contains}; no regular
 * expressions. SORT computes each key once per message before sorting; THREAD is linear apart
 * from sorting and loop checks.
 */
package org.parley.imap.search;
