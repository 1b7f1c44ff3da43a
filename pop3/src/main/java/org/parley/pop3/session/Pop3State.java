package org.parley.pop3.session;

import org.parley.directory.auth.Authenticated;
import org.parley.pop3.codec.Pop3Command;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailboxHandle;

/**
 * The session states of RFC 1939 §3. Which commands each state allows is decided here, in
 * {@link #allows}, and nowhere else.
 */
public sealed interface Pop3State {
    /**
     * Before login (RFC 1939 §4).
     *
     * @param user the name of an accepted USER command awaiting PASS, else null
     */
    record Authorization(String user) implements Pop3State {
        public static final Authorization START = new Authorization(null);
    }

    /** Logged in with the maildrop listed (RFC 1939 §5). */
    record Transaction(Authenticated who, MailSession mail, MailboxHandle inbox, Maildrop maildrop) implements Pop3State {}

    /** After QUIT in the transaction state: deletions are applied and the session ends (RFC 1939 §6). */
    record Update(Transaction from) implements Pop3State {}

    /** Whether {@code command} may be issued in this state. */
    default boolean allows(Pop3Command command) {
        return switch (this) {
            case Authorization a -> switch (command) {
                // RFC 2449 §5 (CAPA in either state), RFC 2595 §4 (STLS only here), RFC 5034 §4
                case Pop3Command.User u -> true;
                case Pop3Command.Pass p -> true;
                case Pop3Command.Apop p -> true;
                case Pop3Command.Auth p -> true;
                case Pop3Command.Capa c -> true;
                case Pop3Command.Stls s -> true;
                case Pop3Command.Quit q -> true;
                default -> false;
            };
            case Transaction t -> switch (command) {
                case Pop3Command.Stat s -> true;
                case Pop3Command.List l -> true;
                case Pop3Command.Uidl u -> true;
                case Pop3Command.Retr r -> true;
                case Pop3Command.Top p -> true;
                case Pop3Command.Dele d -> true;
                case Pop3Command.Rset r -> true;
                case Pop3Command.Noop n -> true;
                case Pop3Command.Capa c -> true;
                case Pop3Command.Quit q -> true;
                default -> false;
            };
            case Update u -> false;
        };
    }
}
