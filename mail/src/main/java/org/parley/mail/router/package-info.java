/**
 * The Router: turns an e-mail address, a signal address or a login name into a
 * {@link org.parley.mail.router.Route} — local account, remote system, forwarder, group, discard,
 * accept-then-bounce or reject — using a CommuniGate Pro–style Router table (COMPAT-CGP.md §3).
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * Router router = new Router(directoryAdapter);           // implements RouterDirectory
 * router.setTable(text);                                   // SETROUTERTABLE; throws RoutingTableException, old table kept
 * String text = router.table().text();                     // GETROUTERTABLE
 * Route r = router.route("bob@example.com", RouteKind.MAIL);
 * List<String> triple = r.cli().toList();                  // ROUTE bob@example.com mail
 * if (r.relay() && !senderMayRelay) { 550 5.7.1 }          // SMTP RCPT relay check
 * }</pre>
 * {@code Router} is thread-safe; the table is replaced atomically. The directory is reached
 * through the small {@link org.parley.mail.router.RouterDirectory} interface.
 *
 * <h2>Router table syntax</h2>
 * The table is text, one record per line (the CLI carries it as one string with {@code \e}
 * between lines; the caller converts those to LF before {@link org.parley.mail.router.RoutingTable#parse}).
 * LF or CRLF line ends. Blank lines are ignored. A line whose first non-blank character is
 * {@code ;} is a comment, and {@code ;} preceded by white space (outside a quoted string) starts
 * a comment at the end of a record. The text is kept verbatim for GETROUTERTABLE.
 * <pre>
 * record   = *prefix ( address-record / domain-record )
 * prefix   = ( "Mail" / "M" / "Signal" / "S" / "Access" / "A" / "NoRelay" / "N" / "Relay" / "R" ) ":"
 * address-record = "&lt;" local-pattern "@" domain-pattern "&gt;" *WSP "=" *WSP address-target
 * domain-record  = domain-pattern *WSP "=" *WSP domain-target
 * </pre>
 * Examples:
 * <pre>
 * ; gateway routing from the seed
 * NoRelay:Signal:&lt;1*@example.com&gt; = 1*@192.168.1.2     ; calls to numbers starting with 1
 * N:S:&lt;(10+d)@example.com&gt; = *@192.168.1.2            ; 10 or more digits
 * N:S:&lt;9*@example.com&gt; = *@192.168.1.2                 ; strip a leading 9
 * N:S:&lt;+(10+d)@*&gt; = +*@192.168.1.2                     ; + and 10+ digits, any domain
 * old.example = example.com                                ; domain record
 * *.client.com = client.com
 * sp.client.com = sp.client.com.smtp                       ; force SMTP to that domain (MX)
 * partner.test = gw.partner.test.smtp:2525                 ; SMTP to that host and port
 * &lt;*@legacy.test&gt; = *@example.org.local                ; local delivery in example.org
 * &lt;*@lab.test&gt; = lab-*@[10.0.0.1]:2525                 ; that host, that port
 * &lt;spam@*&gt; = null                                      ; accept and discard
 * &lt;abuse@example.com&gt; = error: go away                 ; reject with this text
 * &lt;boss@example.com&gt; = alice                           ; no domain: the main domain
 * </pre>
 *
 * <h3>Prefixes</h3>
 * {@code Mail:}, {@code Signal:} and {@code Access:} (or {@code M:}, {@code S:}, {@code A:})
 * restrict a record to e-mail, real-time signals or login names; several may be combined
 * ({@code M:S:}); a record without any applies to all three. {@code NoRelay:} ({@code N:}) makes
 * every result reached through the record non-relaying, so unauthenticated senders and callers may
 * use it (the gateway case). {@code Relay:} ({@code R:}) makes every result reached through it
 * relaying, even local delivery, so only clients allowed to relay may use it. Both on one record is
 * an error. Prefixes are case-insensitive and may come in any order.
 *
 * <h3>Patterns</h3>
 * Local-part and domain patterns are literal text with two kinds of wildcards:
 * <ul>
 *   <li>{@code *} matches any run of characters, including none;</li>
 *   <li>{@code (Nd)} matches exactly N digits, {@code (N+d)} N or more digits, 1 ≤ N ≤ 99.</li>
 * </ul>
 * Matching ignores case. A pattern holds at most 16 wildcards. When a pattern can match in several
 * ways, each wildcard takes as few characters as it can, left to right ({@code <*-*@x>} on
 * {@code a-b-c} captures {@code a} and {@code b-c}). A local pattern may be a quoted string
 * ({@code <"john doe"@x>}). Domain patterns must be ASCII (write IDN domains in their
 * {@code xn--} form), because addresses are compared in A-label form.
 *
 * <h3>Substitution</h3>
 * Every wildcard of the left side (both {@code *} and digit classes) is a capture, numbered left
 * to right across local part and domain. Each {@code *} on the right side takes the next capture
 * in that order; captures left over are dropped, and a right side with more {@code *} than the
 * left has captures is an error. So in {@code <+(10+d)@*> = +*@192.168.1.2} the right-hand
 * {@code *} receives the digits (the first capture) while the domain {@code *} only matches, as
 * the seed describes; {@code <*@*.old.test> = *@*.new.test} maps local part and subdomain.
 *
 * <h3>Targets</h3>
 * <ul>
 *   <li>{@code local@domain}: the address is rewritten and routed again from the first record
 *       (a domain record keeps the local part and replaces the domain).</li>
 *   <li>A target domain that is an IP address — bare IPv4 ({@code 192.168.1.2}) or an address
 *       literal ({@code [10.0.0.1]}, {@code [IPv6:2001:db8::1]}) — ends routing: deliver to that
 *       host (SMTP for mail, SIP for signals), no MX lookup. An optional {@code :port} follows
 *       ({@code [10.0.0.1]:2525}, {@code 10.0.0.1:2525}).</li>
 *   <li>{@code domain.smtp}: SMTP to {@code domain} (suffix removed), no further records; MX lookup
 *       unless a {@code :port} follows, then that host directly.</li>
 *   <li>{@code domain.local}: local delivery in {@code domain}, which must be a local domain; the
 *       local part is then looked up as usual (accounts, aliases, forwarders, groups,
 *       MailToUnknown) without further table records. No port.</li>
 *   <li>{@code null}: accept and discard. {@code error} or {@code error: text}: reject.</li>
 *   <li>An address record target without {@code @} is a local part in the main domain.</li>
 *   <li>Other CommuniGate module suffixes ({@code .sip .list .lists .pipe .via .rules .rpop .xmpp
 *       .lmtp .ximss}) are refused with an error rather than taken as domain names. A port on a
 *       plain domain name or a {@code .local} target is an error.</li>
 *   <li>Optional angle brackets around the target are allowed.</li>
 * </ul>
 *
 * <h3>Errors and limits</h3>
 * A table is installed whole or not at all: the first bad line throws
 * {@link org.parley.mail.router.RoutingTableException} with its 1-based line number and the
 * reason ({@code line 3: unterminated < in pattern}). Limits: 1 MiB of text, 4096 characters a
 * line, 10,000 records, 16 wildcards a pattern; control characters other than tab are refused.
 *
 * <h2>Address forms</h2>
 * {@link org.parley.mail.router.RouterAddress} splits an address into the next system (the
 * domain) and what that system must still resolve (the local part), as CommuniGate does:
 * {@code <@relay:user@dom>}, {@code relay!dom!user} and {@code user%dom@relay} all go to
 * {@code relay} first. When that system is local, the local part is split again
 * ({@code user@dom}, {@code dom!user} → {@code dom}, {@code user%dom} → {@code dom}, the rightmost
 * {@code %} first) and routed on; so {@code user%other.test@ourdomain} is relayed to
 * {@code user@other.test} and marked as relaying. When the next hop is not local, the address goes
 * there unchanged (for a source route: the rest of the route). A quoted local part is never
 * split. Domains are lower-cased, a trailing dot is dropped, U-labels become A-labels; address
 * literals are kept in brackets ({@code [IPv6:…]} in lower case). An address without a domain
 * belongs to the main domain. Addresses longer than 1024 characters or with control characters
 * are refused.
 *
 * <h2>Resolution order</h2>
 * <ol>
 *   <li>Router table: the first record that applies to the routing kind and matches. A rewrite
 *       starts again at the first record.</li>
 *   <li>The domain: {@link org.parley.mail.router.RouterDirectory#canonicalDomain} says whether it
 *       is local (main, secondary, domain alias, or one of the server's own IP literals). Not
 *       local: {@link org.parley.mail.router.Route.Remote} to that domain (MX lookup later, in
 *       the queue) or, for an address literal, to that IP.</li>
 *   <li>A complex local part in a local domain is split and routed again (above).</li>
 *   <li>The object: {@link org.parley.mail.router.RouterDirectory#lookup} — account (or account
 *       alias) → {@code Local}; forwarder → {@code Forward}; group → {@code Group}. Forwarders and
 *       groups are returned, not followed: the queue routes their targets as new recipients.</li>
 *   <li>Unknown local part, mail only: the domain's {@code MailToUnknown} — {@code Rejected} →
 *       {@code Reject}; {@code Discarded} → {@code Discard}; {@code Rerouted to} → route the
 *       {@code MailRerouteAddress}; {@code Accepted and Bounced} → {@code AcceptThenBounce}.
 *       For signals and login names an unknown local part is always a {@code Reject}.</li>
 * </ol>
 * Every table rewrite, address split and reroute counts; more than 10 (configurable) ends with
 * {@code Reject} reason {@code LOOP} whose text shows the chain of addresses.
 *
 * <h2>Relaying</h2>
 * {@link org.parley.mail.router.Route#relay()} is true when the result leaves this server
 * (Remote), unless a {@code NoRelay:} record was applied on the way; it is always true when a
 * {@code Relay:} record was applied; otherwise false. It answers "does accepting this recipient
 * need a sender who may relay"; it says nothing about forwarders' or groups' targets, which the
 * queue routes later on the account's behalf.
 *
 * <h2>ROUTE (CLI) output</h2>
 * {@link org.parley.mail.router.Route#cli()} gives {@code (module, host, address)}:
 * <table>
 *   <caption>ROUTE triples</caption>
 *   <tr><th>Route</th><th>module</th><th>host</th><th>address</th></tr>
 *   <tr><td>Local</td><td>LOCAL</td><td>account@domain</td><td>local part used (alias or name)</td></tr>
 *   <tr><td>Remote, mail or access</td><td>SMTP</td><td>domain, IP or [IPv6], with :port if set</td><td>address for that system</td></tr>
 *   <tr><td>Remote, signal</td><td>SIP</td><td>as above</td><td>as above</td></tr>
 *   <tr><td>Forward</td><td>FORWARD</td><td>forwarder@domain</td><td>target address</td></tr>
 *   <tr><td>Group</td><td>GROUP</td><td>group@domain</td><td>members, comma-separated</td></tr>
 *   <tr><td>Discard</td><td>SYSTEM</td><td>NULL</td><td>address</td></tr>
 *   <tr><td>AcceptThenBounce</td><td>SYSTEM</td><td>BOUNCE</td><td>address</td></tr>
 *   <tr><td>Reject</td><td>SYSTEM</td><td>ERROR</td><td>reason text</td></tr>
 * </table>
 * The COMPAT notes show {@code (LOCAL, bob, bob)} for an account in the main domain [unconfirmed];
 * we always qualify the account so the answer does not depend on which domain is main.
 *
 * <h2>Not supported (yet)</h2>
 * Module suffixes other than {@code .smtp} and {@code .local}; {@code #name} real-time
 * application addresses; mailing lists and named tasks as directory objects; explicit capture
 * numbers on the right side; IDNA2008 (U-label conversion uses {@link java.net.IDN}, IDNA2003).
 */
package org.parley.mail.router;
