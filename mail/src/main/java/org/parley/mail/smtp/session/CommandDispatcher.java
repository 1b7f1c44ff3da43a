package org.parley.mail.smtp.session;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;

/**
 * Runs one admitted command: the session parses a line, asks {@link CommandAdmission} and hands
 * the command here. Implemented by {@code org.parley.mail.smtp.command.SmtpCommands} (one handler
 * per command), so this package does not depend on the handlers. Called on the session's thread.
 */
@FunctionalInterface
public interface CommandDispatcher {
    /**
     * Executes {@code command}, writing its replies through the session and moving its state.
     *
     * @throws IOException when the connection fails; the session ends
     */
    void dispatch(SmtpCommand command, SmtpSession session) throws IOException;
}
