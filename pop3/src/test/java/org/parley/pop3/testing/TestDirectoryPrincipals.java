package org.parley.pop3.testing;

import java.util.OptionalLong;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryException;
import org.parley.store.mail.PrincipalResolver;

/** Account names for the mail store from the test's directory (groups are not needed here). */
final class TestDirectoryPrincipals implements PrincipalResolver {
    private final Directory directory;

    TestDirectoryPrincipals(Directory directory) {
        this.directory = directory;
    }

    @Override
    public OptionalLong accountId(String nameOrAddress, String contextDomain) {
        String address = nameOrAddress.contains("@") ? nameOrAddress : nameOrAddress + "@" + contextDomain;
        try {
            return OptionalLong.of(directory.findAccount(address).id());
        } catch (DirectoryException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String principal(long accountId) {
        return directory.account(accountId).map(AccountRef::principal).orElse(null);
    }

    @Override
    public boolean isMember(long accountId, String group) {
        return false;
    }
}
