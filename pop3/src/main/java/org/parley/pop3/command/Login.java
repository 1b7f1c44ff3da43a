package org.parley.pop3.command;

import java.io.IOException;
import org.parley.core.log.LogContext;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticated;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Maildrop;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MailboxHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of every login (USER/PASS, APOP, AUTH): on success the account's AccessModes are
 * checked, INBOX is listed once and the session enters TRANSACTION; on failure the RFC 3206 code
 * tells wrong credentials ({@code [AUTH]}) from throttling ({@code [SYS/TEMP]}).
 */
final class Login {
    private static final Logger LOG = LoggerFactory.getLogger(Login.class);
    /** The service name AccessModes lists for POP3 (COMPAT-CGP §4.3). */
    static final String SERVICE = "POP";

    private Login() {}

    static void finish(Pop3Session s, AuthResult result, String method) throws IOException {
        switch (result) {
            case AuthResult.Success ok -> succeeded(s, ok.who(), method);
            case AuthResult.Failed f -> failed(s, false, method);
            case AuthResult.Throttled t -> failed(s, true, method);
        }
    }

    static void succeeded(Pop3Session s, Authenticated who, String method) throws IOException {
        if (!s.services().directory().accountEffectiveSettings(who.accountId()).serviceAllowed(SERVICE)) {
            s.enter(Pop3State.Authorization.START);
            LOG.info("login of {} refused: POP not in AccessModes", who.principal());
            s.out().err(ResponseCode.SYS_PERM, "POP3 access is not enabled for this account");
            return;
        }
        MailSession mail = s.services().mailStore().session(who.accountId());
        MailboxHandle inbox;
        try {
            inbox = mail.open("INBOX");
        } catch (MailStoreException e) {
            if (e.error() != MailError.NONEXISTENT) {
                throw e;
            }
            // an account made before its mailboxes were: create them now (idempotent)
            s.services().mailStore().initializeAccount(who.accountId());
            inbox = mail.open("INBOX");
        }
        // RFC 1939 §5: the listing is fixed at login; later arrivals wait for the next session
        Maildrop maildrop = new Maildrop(mail.pop3Listing(inbox));
        s.enter(new Pop3State.Transaction(who, mail, inbox, maildrop));
        LogContext.account(who.principal());
        LOG.info("logged in with {}: {} messages", method, maildrop.count());
        s.out().ok("maildrop has " + maildrop.count() + " messages (" + maildrop.octets() + " octets)");
    }

    static void failed(Pop3Session s, boolean throttled, String method) throws IOException {
        s.enter(Pop3State.Authorization.START);
        boolean last = s.loginFailed();
        LOG.info("{} login failed{}", method, throttled ? " (throttled)" : "");
        if (throttled) {
            // RFC 3206 §4: a temporary condition; the same credentials may work later
            s.out().err(ResponseCode.SYS_TEMP, "too many failed logins, try again later");
        } else {
            // RFC 3206 §5
            s.out().err(ResponseCode.AUTH, last ? "authentication failed, closing connection" : "authentication failed");
        }
    }
}
