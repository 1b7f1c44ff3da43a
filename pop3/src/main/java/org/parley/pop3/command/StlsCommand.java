package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/**
 * RFC 2595 §4 STLS: only before login; afterwards the session starts over in the AUTHORIZATION
 * state, forgetting any USER and anything the client pipelined in plaintext.
 */
public final class StlsCommand {
    private StlsCommand() {}

    public static void execute(Pop3Session s) throws IOException {
        if (s.isSecure()) {
            s.out().err("TLS is already active");
            return;
        }
        if (!s.canStartTls()) {
            s.out().err("TLS is not available");
            return;
        }
        s.out().ok("begin TLS negotiation");
        s.startTls();
        s.enter(Pop3State.Authorization.START);
    }
}
