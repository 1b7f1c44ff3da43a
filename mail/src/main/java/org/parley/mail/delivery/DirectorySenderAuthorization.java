package org.parley.mail.delivery;

import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.auth.Authenticated;

/**
 * {@link SenderAuthorization} from the directory: {@code AllowAnySender = YES} in the server
 * settings, or in the effective settings of the submitter's domain (the domain's own value, else
 * the server-wide domain defaults), lets its accounts use any sender address.
 */
public final class DirectorySenderAuthorization implements SenderAuthorization {
    /** The setting's name, server or domain level. */
    public static final String ALLOW_ANY_SENDER = "AllowAnySender";

    private final Directory directory;

    public DirectorySenderAuthorization(Directory directory) {
        this.directory = directory;
    }

    @Override
    public boolean allowAnySender(Authenticated who) {
        if (yes(directory.getServerSettings().get(ALLOW_ANY_SENDER))) {
            return true;
        }
        try {
            return directory.getDomainEffectiveSettings(who.domain()).bool(ALLOW_ANY_SENDER);
        } catch (DirectoryException e) {
            return false; // the domain went away under the session: no privileges
        }
    }

    private static boolean yes(Object value) {
        return value instanceof String s && s.equalsIgnoreCase("YES");
    }
}
