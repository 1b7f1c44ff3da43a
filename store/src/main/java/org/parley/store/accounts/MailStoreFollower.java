package org.parley.store.accounts;

import java.util.List;
import org.parley.directory.AccountRef;
import org.parley.directory.DirectoryListener;
import org.parley.directory.DomainRef;
import org.parley.store.mail.MailStore;

/**
 * Keeps the mail store in step with the directory: new accounts get their mailboxes, deleted ones
 * (alone or with their domain) lose them. Register it with {@code Directory.addListener} before
 * accounts are created.
 */
public final class MailStoreFollower implements DirectoryListener {
    private final MailStore store;

    public MailStoreFollower(MailStore store) {
        this.store = store;
    }

    @Override
    public void accountCreated(AccountRef account) {
        store.initializeAccount(account.id());
    }

    @Override
    public void accountDeleted(AccountRef account) {
        store.deleteAccount(account.id());
    }

    @Override
    public void domainDeleted(DomainRef domain, List<AccountRef> accounts) {
        accounts.forEach(a -> store.deleteAccount(a.id()));
    }
}
