package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.SmtpSession;

/**
 * Executes one kind of command. Called only after
 * {@link org.parley.mail.smtp.session.CommandAdmission} admitted the command in the session's
 * current state, on the session's thread. Handlers are stateless and shared by every session.
 *
 * @param <C> the command record this handler takes
 */
public interface CommandHandler<C extends SmtpCommand> {
    /**
     * Replies through the session (at least one reply, none of them flushed unless the exchange
     * needs an answer from the client) and moves its state.
     *
     * @throws IOException when the connection fails; the session ends
     */
    void handle(C command, SmtpSession session) throws IOException;
}
