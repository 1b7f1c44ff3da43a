/**
 * One handler class per IMAP command, reached through
 * {@link org.parley.imap.command.CommandDispatcher}'s exhaustive switch. Handlers get the parsed
 * record and the {@link org.parley.imap.session.ImapSession}, write untagged data, and return the
 * tagged {@link org.parley.imap.session.Reply}; they touch the connection only through the
 * session's explicit steps (AUTHENTICATE continuations, STARTTLS, COMPRESS, IDLE).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>FETCH reads metadata in chunks of 500 messages per store query (structures only when an
 *     item needs them) and streams BODY[] sections from the blob store; BINARY parts and
 *     RFC822 items are decoded/read into memory (bounded by the append limit).</li>
 * <li>STORE reports FETCH only for messages whose flags changed.</li>
 * <li>NAMESPACE: personal {@code ""}, other users {@code "~"} ({@code ~account/mailbox}), no
 *     shared namespace. LIST of {@code ~} patterns shows a \Noselect {@code ~owner} level.</li>
 * <li>ACL identifiers without a domain are taken in the caller's domain.</li>
 * <li>QUOTA: root {@code ""} for own mailboxes, {@code ~owner} for others'; STORAGE in KiB and
 *     MESSAGE, only the limited ones; SETQUOTA is refused (administrators set limits).</li>
 * <li>CRAM-MD5 is offered; it succeeds only for accounts with a reversible password.</li>
 * </ul>
 */
package org.parley.imap.command;
