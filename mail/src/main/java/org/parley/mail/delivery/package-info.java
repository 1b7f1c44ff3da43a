/**
 * How a message enters Parley and reaches its recipients: the {@link
 * org.parley.mail.delivery.DeliveryService} transaction every receiving protocol drives, address
 * resolution through the Router, local delivery into the store and hand-over of remote recipients
 * to the durable queue.
 *
 * <p>Durability rule (ARCHITECTURE.md principle 3): {@code commit} returns only after every copy it
 * reports as accepted is on disk; the SMTP session sends its 250 after that.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * DeliveryTransaction tx = delivery.begin(context, sender, mailParameters); // 553 5.7.1 via DeliveryRefusedException
 * RecipientVerdict v = tx.addRecipient(rcpt, rcptParameters);              // Accepted(250 2.1.5) or Rejected(reply)
 * List<RecipientResult> results = tx.commit(messageWithTraceHeaders);       // one per accepted RCPT, in order
 * }</pre>
 * {@link org.parley.mail.delivery.MailDeliveryService} is the implementation; the server builds
 * it with the Router, {@link org.parley.mail.delivery.LocalDelivery} over the mail store, the
 * {@link org.parley.mail.queue.MessageQueue} and a {@link org.parley.mail.delivery.SenderAuthorization}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>The sender check for authenticated submitters lives here (the SMTP session leaves it to
 *       the service): addresses that the Router resolves, as a login name, to the submitter's own
 *       account; {@code AllowAnySender = YES} (server setting, or domain setting with the server's
 *       domain defaults) lifts it. Refusal: {@code 553 5.7.1}.</li>
 *   <li>Relaying is judged on the RCPT's own route ({@code Route.relay()}); forwarders and group
 *       members are routed afterwards without a relay check (the owner forwards). NoRelay records
 *       make a remote route open to everyone.</li>
 *   <li>Replies for refused recipients: unknown user {@code 550 5.1.1 no such user here} (never
 *       which part was unknown); relaying {@code 550 5.7.1}; routing loops and forward chains
 *       deeper than {@code maxForwardDepth} {@code 550 5.4.6}; bad syntax {@code 553 5.1.3};
 *       Router {@code error:} records their own text; too many recipients {@code 452 4.5.3}.</li>
 *   <li>One copy per place: targets are de-duplicated per transaction (an account named by
 *       alias, group member and RCPT gets one copy); an address met twice while following
 *       forwarders and groups is followed once.</li>
 *   <li>Commit order (see {@link org.parley.mail.delivery.MailTransaction}): queue the remote
 *       copies first (all or nothing), then file local copies, then queue local copies that failed
 *       temporarily; notices last. Over LMTP a temporary failure of a single-copy recipient is
 *       returned instead of queued (RFC 2033: the client retries).</li>
 *   <li>Notices go through this same service with the null sender
 *       ({@link org.parley.mail.delivery.SubmissionContext#internal()}), so they are routed like any
 *       message and never bounced.</li>
 *   <li>{@link org.parley.mail.delivery.RouterTableSettings} keeps the Router table in the server
 *       setting {@code RouterTable}; {@link org.parley.mail.delivery.ClientIpLists} the
 *       {@code ClientIPs}/{@code LANIPs} server settings.</li>
 * </ul>
 */
package org.parley.mail.delivery;
