package org.parley.admin.session;

import java.util.Set;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.directory.DomainRef;
import org.parley.directory.auth.Authenticated;

/**
 * Who may do what over the CLI; every rule is here.
 *
 * <ul>
 *   <li>Any logged-in account may use the session commands (NOOP, GETVERSION, ECHO…). Accounts
 *       without administrative rights may log in, but every other command answers 530: login
 *       checks who you are, this class decides what you may do.</li>
 *   <li>An account with the Master right (postmaster) may do everything.</li>
 *   <li>An account with the {@code Domain} right administers its own domain only: it may read the
 *       domain's settings and objects and change accounts' settings, passwords and aliases; creating,
 *       renaming and deleting objects also needs the matching {@code CanCreate…} right, changing the
 *       domain's settings and account defaults needs {@code BasicSettings}, and account aliases need
 *       {@code CanCreateAliases}. Domains, domain aliases, rights and server-wide settings are Master
 *       only.</li>
 *   <li>An account holding the Master right can only be changed by a Master: a domain administrator
 *       of the main domain must not be able to take over postmaster by setting its password.</li>
 *   <li>Mailbox commands (LISTMAILBOXES, CREATEMAILBOX, SETMAILBOXACL…) and GETACCOUNTINFO follow
 *       the account-settings rules: reading needs administration of the account's domain, changing
 *       also that the account is not a Master (unless the actor is). No {@code CanCreate…} right is
 *       needed: a domain administrator may set the user's password and do the same over IMAP.
 *       Without {@code AUTH} the administrator acts as the mailbox owner (all rights); with
 *       {@code AUTH who}, {@code who} must be an account in a domain the actor administers (no
 *       probing for accounts elsewhere), and the mail store then checks {@code who}'s ACL rights
 *       (RFC 4314), exactly as it would for {@code who}'s own IMAP session.</li>
 * </ul>
 *
 * <p>Rights are read for every command, so a right granted or revoked applies to open sessions at
 * the next command. Thread-safe (stateless apart from the directory).
 */
public final class Permissions {
    private final Directory directory;

    public Permissions(Directory directory) {
        this.directory = directory;
    }

    /** The logged-in account now: current name, domain and rights; 530 if it was deleted meanwhile. */
    public Actor actor(Authenticated who) {
        AccountRef now = directory.account(who.accountId())
                .orElseThrow(() -> new CliException(CliCodes.NOT_ALLOWED, "the logged-in account no longer exists"));
        return new Actor(now, rightsOf(now));
    }

    public void requireAdministrator(Actor actor) {
        if (!actor.isAdministrator()) {
            throw denied("this command needs administrator rights");
        }
    }

    public void requireMaster(Actor actor) {
        if (!actor.isMaster()) {
            throw denied("this command needs the Master right");
        }
    }

    /**
     * Requires administration of {@code domain}, plus {@code right} unless it is null.
     */
    public void requireDomain(Actor actor, DomainRef domain, AccessRight right) {
        if (actor.isMaster()) {
            return;
        }
        if (!actor.rights().contains(AccessRight.DOMAIN_ADMIN) || actor.account().domainId() != domain.id()) {
            throw denied("you administer domain " + actor.account().domain() + " only");
        }
        if (right != null && !actor.rights().contains(right)) {
            throw denied("this needs the " + right.code() + " right");
        }
    }

    /** Requires that {@code actor} may change {@code target}: only Masters change Master accounts. */
    public void requireMayChange(Actor actor, AccountRef target) {
        if (!actor.isMaster() && rightsOf(target).contains(AccessRight.MASTER)) {
            throw denied("only a server administrator may change " + target.principal());
        }
    }

    private Set<AccessRight> rightsOf(AccountRef account) {
        try {
            return directory.getAccountRights(account.principal());
        } catch (DirectoryException e) {
            return Set.of(); // deleted between the lookup and now: no rights
        }
    }

    private static CliException denied(String text) {
        return new CliException(CliCodes.NOT_ALLOWED, "not allowed: " + text);
    }
}
