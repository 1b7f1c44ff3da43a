/**
 * The durable mail queue and its runner.
 *
 * <h2>Storage</h2>
 * {@link org.parley.mail.queue.MessageQueue} keeps messages in the metadata database (schema V003:
 * {@code queue_messages}, {@code queue_bodies}, {@code queue_recipients}). The body is a column of
 * its own table, written in the same transaction as the entry, rather than a blob of the store's
 * {@code BlobStore}: the store's garbage collector deletes blobs that no mailbox references, the
 * queue would need its own reference counting to share them, and one transaction makes an entry
 * all-or-nothing on both back-ends (on PostgreSQL the queue is then shared by every node). Queue
 * bodies are short-lived, so the database does not grow with them.
 *
 * <h2>Work</h2>
 * Each recipient has its own state: attempts, next attempt, last error, whether the delay notice
 * went out, and a lease ({@code lease_until}, {@code lease_owner}) while an attempt runs.
 * {@link org.parley.mail.queue.QueueRunner} claims due recipients grouped per message and
 * destination (one SMTP transaction each), within global and per-destination limits, and runs each
 * group on a virtual thread; the outcome is recorded in one transaction
 * ({@link org.parley.mail.queue.JobOutcomes}: done, bounced, retried, expired; notices). The clock
 * is injected: tests move it and call {@link org.parley.mail.queue.QueueRunner#runDue()}.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>An enqueued message is durable when {@code enqueue} returns (the SMTP 250 follows).</li>
 *   <li>A recipient leaves the queue only in the transaction that records the remote 250, a
 *       bounce or an expiry; after a crash in between it is tried again (possibly one duplicate,
 *       never a loss). Notices are stored before that transaction.</li>
 *   <li>A clean stop lets running attempts finish (bounded by the grace period), so a clean
 *       restart delivers nothing twice.</li>
 * </ul>
 *
 * <h2>Not done</h2>
 * Queue settings in the store (schedule, expiry and limits are {@link org.parley.mail.queue.QueueOptions}
 * built in), reusing one connection for several messages, renewing leases of attempts longer than
 * the lease (an hour; the client's timeouts add up to less).
 */
package org.parley.mail.queue;
