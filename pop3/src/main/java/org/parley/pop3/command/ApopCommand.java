package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Pop3Session;

/**
 * RFC 1939 §7 APOP: the digest of the greeting's timestamp and the password. Allowed without TLS
 * (the password never travels); works only for accounts that keep a reversible password.
 */
public final class ApopCommand {
    private ApopCommand() {}

    public static void execute(Pop3Session s, Pop3Command.Apop c) throws IOException {
        Login.finish(s, s.services().directory().authenticator()
                .authenticateApop(c.name(), s.apopToken(), c.digest(), s.remoteAddress()), "APOP");
    }
}
