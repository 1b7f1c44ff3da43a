/**
 * The directory service: who exists and how they log in.
 *
 * <p>{@link org.parley.directory.Directory} is the one entry point (built by the composition root
 * with a {@link org.parley.directory.DirectoryRepository}, a clock, password parameters and the
 * server secret key). Its methods follow the CommuniGate CLI one-to-one so the admin module can map
 * commands directly; protocols use {@link org.parley.directory.Directory#authenticator()} and
 * {@code sasl.SaslMechanisms}; the Router uses {@link org.parley.directory.Directory#lookup} and
 * {@link org.parley.directory.Directory#resolveDomain}.
 *
 * <p>Implementation notes:
 * <ul>
 *   <li>Namespaces (COMPAT-CGP §4.1): domain names and domain aliases share one; inside a domain,
 *       accounts, account aliases, forwarders and groups share one. The repository enforces both in
 *       the writing transaction, backed by unique indexes.</li>
 *   <li>Address resolution order inside a domain (COMPAT-CGP §3.3 step 3) does not arise: one
 *       namespace means a name is at most one object. Mailing lists and named tasks will join the
 *       same namespace.</li>
 *   <li>Identity: a principal is {@code account@domain} with the account's canonical names, whatever
 *       alias the client used. Account ids are stable across renames and never reused.</li>
 *   <li>Changes are durable before methods return; listeners are told afterwards, on the caller's
 *       thread.</li>
 *   <li>The main domain's {@code postmaster} cannot be renamed or deleted and the main domain cannot
 *       be deleted, so {@link org.parley.directory.Directory#bootstrap} stays idempotent and the
 *       server never loses its administrator.</li>
 * </ul>
 */
package org.parley.directory;
