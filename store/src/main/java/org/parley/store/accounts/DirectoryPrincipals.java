package org.parley.store.accounts;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.store.mail.PrincipalResolver;

/**
 * The mail store's view of accounts and groups, answered by the directory: a group's members are
 * matched by address, alias or domain alias; a deleted account's principal is
 * {@code #deleted-<id>}. Thread-safe: it keeps nothing but the directory.
 */
public final class DirectoryPrincipals implements PrincipalResolver {
    private final Directory directory;

    public DirectoryPrincipals(Directory directory) {
        this.directory = directory;
    }

    @Override
    public OptionalLong accountId(String nameOrAddress, String contextDomain) {
        String address = nameOrAddress.contains("@") || contextDomain == null ? nameOrAddress : nameOrAddress + "@" + contextDomain;
        try {
            return OptionalLong.of(directory.findAccount(address).id());
        } catch (DirectoryException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String principal(long accountId) {
        return directory.account(accountId).map(AccountRef::principal).orElse("#deleted-" + accountId);
    }

    @Override
    public boolean isMember(long accountId, String group) {
        AccountRef account = directory.account(accountId).orElse(null);
        if (account == null) {
            return false;
        }
        String groupAddress = group.contains("@") ? group : group + "@" + account.domain();
        Object members;
        try {
            members = directory.getGroup(groupAddress).get("Members");
        } catch (DirectoryException e) {
            return false;
        }
        if (!(members instanceof List<?> list)) {
            return false;
        }
        for (Object m : list) {
            if (m instanceof String member && refersTo(member, account)) {
                return true;
            }
        }
        return false;
    }

    private boolean refersTo(String member, AccountRef account) {
        String address = member.contains("@") ? member : member + "@" + account.domain();
        if (address.toLowerCase(Locale.ROOT).equals(account.principal().toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            // aliases and domain aliases name the same account
            return directory.findAccount(address).id() == account.id();
        } catch (DirectoryException e) {
            return false;
        }
    }
}
