package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/** RFC 1939 §7 PASS, right after a successful USER. */
public final class PassCommand {
    private PassCommand() {}

    public static void execute(Pop3Session s, Pop3State.Authorization state, Pop3Command.Pass c) throws IOException {
        if (state.user() == null) {
            s.out().err("send USER first");
            return;
        }
        if (!s.plaintextAllowed()) {
            s.enter(Pop3State.Authorization.START);
            s.out().err(ResponseCode.AUTH, "plain-text login needs TLS: use STLS, APOP or AUTH");
            return;
        }
        Login.finish(s, s.services().directory().authenticator().authenticate(state.user(), c.password(), s.remoteAddress()),
                "USER/PASS");
    }
}
