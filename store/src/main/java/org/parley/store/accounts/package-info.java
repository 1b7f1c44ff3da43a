/**
 * The mail store joined to the directory: {@link org.parley.store.accounts.DirectoryPrincipals}
 * (the store's {@code PrincipalResolver}), {@link org.parley.store.accounts.DirectoryQuotas} (its
 * {@code QuotaPolicy}) and {@link org.parley.store.accounts.MailStoreFollower} (a
 * {@code DirectoryListener} that creates and removes accounts' mailboxes). The composition root
 * builds the store with the first two and registers the third; test servers do the same, so they
 * see accounts, groups and quotas as the server does. The mail store itself
 * ({@code org.parley.store.mail}) does not import the directory.
 */
package org.parley.store.accounts;
