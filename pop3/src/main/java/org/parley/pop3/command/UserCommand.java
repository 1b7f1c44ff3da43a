package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/** RFC 1939 §7 USER: remembers the name for PASS; never says whether the account exists. */
public final class UserCommand {
    private UserCommand() {}

    public static void execute(Pop3Session s, Pop3Command.User c) throws IOException {
        if (!s.plaintextAllowed()) {
            // refused before the client sends the password in the clear
            s.enter(Pop3State.Authorization.START);
            s.out().err(ResponseCode.AUTH, "plain-text login needs TLS: use STLS, APOP or AUTH");
            return;
        }
        s.enter(new Pop3State.Authorization(c.name()));
        s.out().ok("send PASS");
    }
}
