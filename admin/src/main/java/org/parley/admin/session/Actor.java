package org.parley.admin.session;

import java.util.Set;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;

/**
 * The logged-in account as one command sees it: its current name and domain (renames apply at
 * once) and its current administrative rights.
 */
public record Actor(AccountRef account, Set<AccessRight> rights) {
    public Actor {
        rights = Set.copyOf(rights);
    }

    public boolean isMaster() {
        return rights.contains(AccessRight.MASTER);
    }

    /** Master, or administrator of its own domain. */
    public boolean isAdministrator() {
        return isMaster() || rights.contains(AccessRight.DOMAIN_ADMIN);
    }

    public String principal() {
        return account.principal();
    }
}
