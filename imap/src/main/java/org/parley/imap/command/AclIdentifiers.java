package org.parley.imap.command;

import org.parley.imap.session.ImapSession;

/**
 * RFC 4314 identifiers as IMAP clients write them: a bare account name means the account in the
 * caller's domain, the way logins work; {@code anyone}, {@code #group} and full addresses are
 * kept (negative forms keep their {@code -}).
 */
final class AclIdentifiers {
    private AclIdentifiers() {}

    static String qualify(String identifier, ImapSession s) {
        boolean negative = identifier.startsWith("-");
        String bare = negative ? identifier.substring(1) : identifier;
        if (bare.equalsIgnoreCase("anyone") || bare.startsWith("#") || bare.contains("@") || bare.isEmpty()) {
            return identifier;
        }
        return (negative ? "-" : "") + bare + "@" + s.identity().domain();
    }
}
