package org.parley.directory;

import java.util.List;

/**
 * Told about directory changes, so services that keep per-account or per-domain data (the mail
 * store, the queue, registrations) can follow. Register with {@link Directory#addListener}.
 *
 * <p>Each call happens after the change is durable, on the thread that made it, in the order the
 * changes happened on that thread. Implementations must be quick and thread-safe; an exception
 * thrown here is logged and does not undo the change or stop other listeners.
 */
public interface DirectoryListener {
    default void domainCreated(DomainRef domain) {}

    default void domainRenamed(DomainRef before, DomainRef after) {}

    /** The domain and the listed accounts in it are gone; no accountDeleted call follows for them. */
    default void domainDeleted(DomainRef domain, List<AccountRef> accounts) {}

    default void accountCreated(AccountRef account) {}

    /** Same id, new name and possibly new domain. */
    default void accountRenamed(AccountRef before, AccountRef after) {}

    default void accountDeleted(AccountRef account) {}
}
