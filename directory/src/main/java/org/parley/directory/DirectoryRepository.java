package org.parley.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.directory.password.StoredCredentials;
import org.parley.directory.settings.SettingsScope;

/**
 * Storage for the directory: the narrow interface {@link Directory} uses, implemented over SQL in
 * the store module. It stores what it is given; naming rules, setting types and rights are checked
 * by {@link Directory} before calling it.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>Each method is atomic, and a method that changes anything returns only after the change
 *       is durable.</li>
 *   <li>Names are compared case-insensitively (ASCII) and stored as given. Domain names and
 *       domain aliases share one namespace; inside a domain, accounts, account aliases,
 *       forwarders and groups share one namespace. A change that would reuse a taken name throws
 *       {@link DirectoryException} with {@link DirectoryError#ALREADY_EXISTS} naming the clash and
 *       changes nothing; that check is part of the same transaction as the change.</li>
 *   <li>A method given the id of an object that does not exist throws {@link DirectoryException}
 *       with {@link DirectoryError#NOT_FOUND}, or returns empty where the return type is Optional.</li>
 *   <li>Ids are never reused. Deleting a domain deletes everything in it; deleting an account
 *       deletes its aliases and settings.</li>
 *   <li>Settings maps hold object-model values (see {@code org.parley.core.format}) and come back
 *       exactly as stored, keys in sorted order. Server-wide scopes use owner id 0.</li>
 *   <li>Thread-safe; may be called from many virtual threads at once.</li>
 * </ul>
 */
public interface DirectoryRepository {
    // ---- domains -------------------------------------------------------------------------

    /** Every domain, sorted by name. */
    List<DomainRef> listDomains();

    Optional<DomainRef> mainDomain();

    Optional<DomainRef> domain(long domainId);

    /** Finds a domain by its name or one of its aliases, any case. */
    Optional<DomainRef> resolveDomain(String nameOrAlias);

    /** Creates a domain with its initial settings; {@code main} makes it the main domain (there is at most one). */
    DomainRef createDomain(String name, Map<String, Object> settings, boolean main);

    /** Makes an existing domain the main domain. */
    void setMainDomain(long domainId);

    void renameDomain(long domainId, String newName);

    /** Deletes a domain and everything in it. */
    void deleteDomain(long domainId);

    /** The domain's aliases, sorted. */
    List<String> domainAliases(long domainId);

    /** Replaces the domain's aliases; names must not be used by any domain or alias of another domain. */
    void setDomainAliases(long domainId, List<String> aliases);

    /** Number of accounts, aliases, forwarders and groups in the domain. */
    int countObjects(long domainId);

    // ---- settings ------------------------------------------------------------------------

    Map<String, Object> settings(SettingsScope scope, long ownerId);

    /** Stores {@code put} and deletes {@code remove} in one transaction. */
    void updateSettings(SettingsScope scope, long ownerId, Map<String, Object> put, Collection<String> remove);

    /** Replaces the whole dictionary. */
    void replaceSettings(SettingsScope scope, long ownerId, Map<String, Object> settings);

    // ---- names inside a domain -----------------------------------------------------------

    /** The object using {@code name} in the domain, any case. */
    Optional<DirectoryEntry> findObject(long domainId, String name);

    /** Objects of one kind in a domain, sorted by name. */
    List<DirectoryEntry> listObjects(long domainId, ObjectKind kind);

    // ---- accounts ------------------------------------------------------------------------

    AccountRef createAccount(long domainId, String name, StoredCredentials credentials, Set<AccessRight> rights,
            Map<String, Object> settings);

    Optional<AccountRef> account(long accountId);

    /**
     * Renames an account, possibly into another domain; its aliases move with it and must be
     * free there too.
     */
    void renameAccount(long accountId, long newDomainId, String newName);

    void deleteAccount(long accountId);

    /** The account's aliases, sorted. */
    List<String> accountAliases(long accountId);

    /** Replaces the account's aliases. */
    void setAccountAliases(long accountId, List<String> aliases);

    StoredCredentials credentials(long accountId);

    void setCredentials(long accountId, StoredCredentials credentials);

    Set<AccessRight> rights(long accountId);

    void setRights(long accountId, Set<AccessRight> rights);

    /** Records a successful login; {@code address} may be null. */
    void recordLogin(long accountId, Instant at, String address);

    Optional<LoginRecord> lastLogin(long accountId);

    // ---- forwarders and groups -----------------------------------------------------------

    DirectoryEntry createForwarder(long domainId, String name, String address);

    DirectoryEntry createGroup(long domainId, String name, Map<String, Object> settings);

    /** Renames a forwarder or group inside its domain. */
    void renameObject(long entryId, String newName);

    /** Deletes a forwarder or group (and the group's settings). */
    void deleteObject(long entryId);
}
