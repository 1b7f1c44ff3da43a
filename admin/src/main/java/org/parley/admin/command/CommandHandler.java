package org.parley.admin.command;

import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;

/**
 * Executes one CLI verb. Called on the session's thread after the session has checked that the
 * account is logged in and, for non-session subjects, is an administrator; the handler parses its
 * arguments, asks the context for the domain- and object-level checks its verb needs, then acts.
 * Refusals are thrown ({@link org.parley.admin.codec.CliException},
 * {@link org.parley.directory.DirectoryException}, {@link CgpSyntaxException}); the session maps
 * them to status lines in one place.
 */
@FunctionalInterface
public interface CommandHandler {
    Reply execute(CommandContext ctx, Args args) throws CgpSyntaxException;
}
