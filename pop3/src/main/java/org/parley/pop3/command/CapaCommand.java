package org.parley.pop3.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/**
 * RFC 2449 §5 CAPA. Before login it lists how to log in from here: USER (RFC 2449 §6.2) and the
 * clear-text SASL mechanisms only where a password may be sent, so a client that needs them sees
 * them once it has done STLS; STLS while TLS can still start. After login, only what the
 * transaction state can use (capabilities may change after login, RFC 2449 §5).
 */
public final class CapaCommand {
    private CapaCommand() {}

    public static void execute(Pop3Session s) throws IOException {
        List<String> caps = new ArrayList<>();
        caps.add("TOP");
        caps.add("UIDL");
        caps.add("RESP-CODES");
        caps.add("AUTH-RESP-CODE"); // RFC 3206 §6
        caps.add("PIPELINING");
        if (s.state() instanceof Pop3State.Authorization) {
            boolean plaintext = s.plaintextAllowed();
            if (plaintext) {
                caps.add("USER");
            }
            caps.add("SASL " + String.join(" ", s.services().sasl().available(plaintext)));
            if (s.canStartTls()) {
                caps.add("STLS");
            }
        }
        caps.add("IMPLEMENTATION Parley");
        s.out().multiLine("capability list follows", caps);
    }
}
