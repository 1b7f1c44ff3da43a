package org.parley.mail.smtp.command;

import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailPath;

/**
 * Address forms that ask the receiving system to pass the message on elsewhere: source routes
 * ({@code <@relay:user@other>}), the percent hack ({@code user%other@us}), bang paths
 * ({@code other!user@us}) and quoted local parts holding another address
 * ({@code "user@other"@us}). The Router understands them (COMPAT-CGP §3.1) and would relay, so a
 * client that may not relay is refused them outright with 5.7.1, whatever the Router and the
 * delivery service later make of them. Open-relay probes use exactly these forms.
 */
public final class RelayGuard {
    private RelayGuard() {}

    /** True when {@code path} names its final destination only indirectly. */
    public static boolean isIndirect(MailPath path) {
        if (path.isNull()) {
            return false;
        }
        if (!path.route().isEmpty()) {
            return true;
        }
        EmailAddress mailbox = path.mailbox();
        String local = mailbox.localPart();
        return local.indexOf('@') >= 0 || local.indexOf('%') >= 0 || local.indexOf('!') >= 0;
    }
}
