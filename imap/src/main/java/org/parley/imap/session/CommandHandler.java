package org.parley.imap.session;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;

/**
 * Runs one parsed command for a session: the dispatcher of {@code org.parley.imap.command}.
 * Called on the session thread, with the session's output lock held, only for commands
 * {@link CommandPolicy} allows in the current state.
 *
 * <p>Handlers write untagged data through {@link ImapSession#out()} and return the tagged reply;
 * they fail with {@link ImapFailure} or a store exception, which the session maps.
 */
@FunctionalInterface
public interface CommandHandler {
    Reply handle(String tag, ImapCommand command, ImapSession session) throws IOException;
}
