/**
 * The CLI/API wire format (COMPAT-CGP §2.1–2.4), without sockets or the directory: a command line
 * becomes a {@link org.parley.admin.codec.CliRequest} (upper-case verb + a
 * {@link org.parley.core.format.CgpReader} on the arguments); a {@link org.parley.admin.codec.Reply}
 * becomes wire lines through {@link org.parley.admin.codec.ReplyWriter}; clients read responses
 * with {@link org.parley.admin.codec.ResponseReader}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Command lines are UTF-8, end with LF (CRLF accepted) and are at most
 *       {@link org.parley.admin.codec.CliLimits#MAX_COMMAND_LINE} octets; replies end with CRLF.</li>
 *   <li>Data objects are printed on one line in both modes ({@code 201 obj} after INLINE,
 *       {@code 200 data follow} + one line otherwise): see {@link org.parley.admin.codec.ReplyWriter}.</li>
 *   <li>Status codes are listed in {@link org.parley.admin.codec.CliCodes}; the session's
 *       {@code ErrorMapping} chooses among them.</li>
 * </ul>
 */
package org.parley.admin.codec;
