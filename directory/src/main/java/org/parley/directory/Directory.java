package org.parley.directory;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.auth.LoginThrottle;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordHasher;
import org.parley.directory.password.PasswordParameters;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.SettingsScope;

/**
 * The directory service: domains, domain aliases, accounts, account aliases, forwarders, groups,
 * settings with inheritance, passwords and login. Methods map one-to-one onto CommuniGate CLI
 * commands (COMPAT-CGP §2.5); each validates its input, changes nothing on error (throwing
 * {@link DirectoryException}), and returns only once the change is durable.
 *
 * <p>Naming: an {@code address} parameter is {@code name} (main domain) or {@code name@domain};
 * the domain part may be a domain alias, and for reads and settings the name may be an account
 * alias. Renames and deletes need the object's own name. A {@code domain} parameter that is
 * null means the main domain. Names are stored as given and compared case-insensitively.
 *
 * <p>Thread-safe. Listeners ({@link #addListener}) hear about changes after they are durable.
 */
public final class Directory {
    private final DirectoryCore core;
    private final DomainOperations domains;
    private final AccountOperations accounts;
    private final GroupForwarderOperations objects;
    private final DirectoryAuthenticator authenticator;

    /**
     * @param secretKey AES key sealing reversible passwords and deriving decoy SCRAM salts; keep it
     *                  outside the database (the server keeps it in DATA/certs/)
     */
    public Directory(DirectoryRepository repository, Clock clock, PasswordParameters passwords, SecretKey secretKey) {
        this(repository, clock, passwords, secretKey, ThrottlePolicy.DEFAULT);
    }

    public Directory(DirectoryRepository repository, Clock clock, PasswordParameters passwords, SecretKey secretKey,
            ThrottlePolicy throttle) {
        this.core = new DirectoryCore(repository, clock, new PasswordHasher(passwords, secretKey, new SecureRandom()));
        this.domains = new DomainOperations(core);
        this.accounts = new AccountOperations(core);
        this.objects = new GroupForwarderOperations(core);
        this.authenticator = new DirectoryAuthenticator(core, new LoginThrottle(throttle, clock));
    }

    public void addListener(DirectoryListener listener) {
        core.addListener(listener);
    }

    public void removeListener(DirectoryListener listener) {
        core.removeListener(listener);
    }

    // ---- first start -----------------------------------------------------------------------

    /**
     * Creates what a new server needs, idempotently: the main domain (see {@link #ensureMainDomain}),
     * its {@code postmaster} account with the Master right and {@code postmasterPassword} (null: no
     * password yet), and {@code root} as postmaster's alias. Existing pieces are left as they are.
     */
    public AccountRef bootstrap(String mainDomain, String postmasterPassword) {
        return accounts.bootstrap(domains, mainDomain, postmasterPassword);
    }

    /**
     * Returns the main domain, creating it on first call: if no main domain exists, the domain
     * {@code name} becomes main (created if needed). Once one exists its stored name wins; rename
     * it with {@link #renameDomain}.
     */
    public DomainRef ensureMainDomain(String name) {
        return domains.ensureMainDomain(name);
    }

    /** @throws DirectoryException NOT_FOUND before {@link #ensureMainDomain} ran */
    public DomainRef mainDomain() {
        return core.mainDomain();
    }

    /** MAINDOMAINNAME */
    public String mainDomainName() {
        return core.mainDomain().name();
    }

    // ---- domains -----------------------------------------------------------------------------

    /** LISTDOMAINS: names sorted. */
    public List<String> listDomains() {
        return domains.listDomains();
    }

    /** The domain a name designates: a domain's own name or one of its aliases, any case. */
    public Optional<DomainRef> resolveDomain(String name) {
        return name == null ? Optional.empty() : core.repo.resolveDomain(name);
    }

    public Optional<DomainRef> domain(long domainId) {
        return core.repo.domain(domainId);
    }

    /** CREATEDOMAIN name [{settings}]. */
    public DomainRef createDomain(String name, Map<String, ?> settings) {
        return domains.createDomain(name, settings);
    }

    /** RENAMEDOMAIN old INTO new; aliases, accounts and everything else follow. */
    public DomainRef renameDomain(String oldName, String newName) {
        return domains.renameDomain(oldName, newName);
    }

    /** DELETEDOMAIN name [FORCE]: refused (NOT_EMPTY) while it holds objects unless forced; the main domain never. */
    public void deleteDomain(String name, boolean force) {
        domains.deleteDomain(name, force);
    }

    /** GETDOMAINSETTINGS: explicit settings only. */
    public Map<String, Object> getDomainSettings(String domain) {
        return domains.settings(SettingsScope.DOMAIN, domain);
    }

    /** UPDATEDOMAINSETTINGS: merge; value {@code default} removes a key. */
    public void updateDomainSettings(String domain, Map<String, ?> changes) {
        domains.update(SettingsScope.DOMAIN, domain, changes);
    }

    /** SETDOMAINSETTINGS: replace all explicit settings. */
    public void setDomainSettings(String domain, Map<String, ?> settings) {
        domains.replace(SettingsScope.DOMAIN, domain, settings);
    }

    /** GETDOMAINEFFECTIVESETTINGS: domain → server domain defaults → built-in, with sources. */
    public EffectiveSettings getDomainEffectiveSettings(String domain) {
        return core.domainEffective(core.domain(domain).id());
    }

    /** GETDOMAINALIASES: sorted. */
    public List<String> getDomainAliases(String domain) {
        return domains.domainAliases(domain);
    }

    /** SETDOMAINALIASES: replaces all; duplicates (any case) are folded. */
    public void setDomainAliases(String domain, List<String> aliases) {
        domains.setDomainAliases(domain, aliases);
    }

    /** GETACCOUNTDEFAULTS [domain]: the domain's defaults for its accounts. */
    public Map<String, Object> getAccountDefaults(String domain) {
        return domains.settings(SettingsScope.DOMAIN_ACCOUNT_DEFAULTS, domain);
    }

    /** UPDATEACCOUNTDEFAULTS [domain] {…} (Password is refused here). */
    public void updateAccountDefaults(String domain, Map<String, ?> changes) {
        domains.update(SettingsScope.DOMAIN_ACCOUNT_DEFAULTS, domain, changes);
    }

    /** GETSERVERACCOUNTDEFAULTS */
    public Map<String, Object> getServerAccountDefaults() {
        return domains.settings(SettingsScope.SERVER_ACCOUNT_DEFAULTS, null);
    }

    /** UPDATESERVERACCOUNTDEFAULTS {…} */
    public void updateServerAccountDefaults(Map<String, ?> changes) {
        domains.update(SettingsScope.SERVER_ACCOUNT_DEFAULTS, null, changes);
    }

    /** GETDOMAINDEFAULTS: server-wide defaults for domain settings. */
    public Map<String, Object> getServerDomainDefaults() {
        return domains.settings(SettingsScope.SERVER_DOMAIN_DEFAULTS, null);
    }

    /** UPDATEDOMAINDEFAULTS {…} */
    public void updateServerDomainDefaults(Map<String, ?> changes) {
        domains.update(SettingsScope.SERVER_DOMAIN_DEFAULTS, null, changes);
    }

    /** GETSERVERSETTINGS */
    public Map<String, Object> getServerSettings() {
        return domains.settings(SettingsScope.SERVER, null);
    }

    /** UPDATESERVERSETTINGS {…} */
    public void updateServerSettings(Map<String, ?> changes) {
        domains.update(SettingsScope.SERVER, null, changes);
    }

    // ---- accounts ----------------------------------------------------------------------------

    /** LISTACCOUNTS [domain]: account names sorted (the CLI renders them as a dictionary). */
    public List<String> listAccounts(String domain) {
        return accounts.list(domain);
    }

    /**
     * CREATEACCOUNT name[@domain] [{settings}]. {@code Password} in the settings sets the password
     * (hashed as the effective {@code PasswordEncryption} says); the rest is stored as the
     * account's explicit settings.
     */
    public AccountRef createAccount(String address, Map<String, ?> settings) {
        return accounts.create(address, settings, EnumSet.noneOf(AccessRight.class));
    }

    /**
     * RENAMEACCOUNT old INTO new. A bare new name keeps the domain; {@code new@otherdomain} moves
     * the account, its aliases and settings into that domain (the aliases must be free there).
     * The account keeps its id. The main domain's postmaster cannot be renamed.
     */
    public AccountRef renameAccount(String oldAddress, String newAddress) {
        return accounts.rename(oldAddress, newAddress);
    }

    /** DELETEACCOUNT: the account, its aliases and settings. The main domain's postmaster cannot be deleted. */
    public void deleteAccount(String address) {
        accounts.delete(address);
    }

    /** The account an address names (own name or alias). */
    public AccountRef findAccount(String address) {
        return core.account(address);
    }

    public Optional<AccountRef> account(long accountId) {
        return core.repo.account(accountId);
    }

    /** GETACCOUNTSETTINGS: explicit settings only; never the password. */
    public Map<String, Object> getAccountSettings(String address) {
        return accounts.settings(address);
    }

    /** GETACCOUNTEFFECTIVESETTINGS: account → domain account defaults → server account defaults → built-in. */
    public EffectiveSettings getAccountEffectiveSettings(String address) {
        return accounts.effective(core.account(address));
    }

    /** Effective settings by account id, for protocol code holding an {@link Authenticated}. */
    public EffectiveSettings accountEffectiveSettings(long accountId) {
        AccountRef a = core.repo.account(accountId).orElseThrow(() -> DirectoryException.notFound("account #" + accountId));
        return accounts.effective(a);
    }

    /** UPDATEACCOUNTSETTINGS: merge; value {@code default} removes a key; {@code Password} sets the password. */
    public void updateAccountSettings(String address, Map<String, ?> changes) {
        accounts.update(address, changes);
    }

    /** SETACCOUNTSETTINGS: replace all explicit settings ({@code Password}, if present, sets the password). */
    public void setAccountSettings(String address, Map<String, ?> settings) {
        accounts.replace(address, settings);
    }

    /** SETACCOUNTPASSWORD name PASSWORD pw. */
    public void setAccountPassword(String address, String password) {
        accounts.setPassword(core.account(address), password);
    }

    /** VERIFYACCOUNTPASSWORD: an administrative check, not a login (no throttling, no last-login record). */
    public boolean verifyAccountPassword(String address, String password) {
        return accounts.verifyPassword(address, password);
    }

    /** GETACCOUNTALIASES: sorted. */
    public List<String> getAccountAliases(String address) {
        return accounts.aliases(address);
    }

    /** SETACCOUNTALIASES: replaces all; each must be free in the account's domain. */
    public void setAccountAliases(String address, List<String> aliases) {
        accounts.setAliases(address, aliases);
    }

    /** GETACCOUNTRIGHTS */
    public Set<AccessRight> getAccountRights(String address) {
        return accounts.rights(address);
    }

    /** SETACCOUNTRIGHTS: replaces all. */
    public void setAccountRights(String address, Set<AccessRight> rights) {
        accounts.setRights(address, rights);
    }

    /** Whether the account may use {@code right} in {@code domainId}: Master anywhere, other rights in its own domain. */
    public boolean hasRight(long accountId, AccessRight right, long domainId) {
        return core.hasRight(accountId, right, domainId);
    }

    /** The last successful login (GETACCOUNTINFO LastLogin). */
    public Optional<LoginRecord> lastLogin(String address) {
        return accounts.lastLogin(address);
    }

    // ---- forwarders --------------------------------------------------------------------------

    /** LISTFORWARDERS [domain]: sorted. */
    public List<String> listForwarders(String domain) {
        return objects.list(domain, ObjectKind.FORWARDER);
    }

    /** CREATEFORWARDER name TO address. */
    public void createForwarder(String address, String target) {
        objects.createForwarder(address, target);
    }

    /** RENAMEFORWARDER old INTO new (same domain). */
    public void renameForwarder(String oldAddress, String newAddress) {
        objects.rename(oldAddress, newAddress, ObjectKind.FORWARDER);
    }

    /** DELETEFORWARDER */
    public void deleteForwarder(String address) {
        objects.delete(address, ObjectKind.FORWARDER);
    }

    /** GETFORWARDER: the target address. */
    public String getForwarder(String address) {
        return objects.forwarder(address);
    }

    /** FINDFORWARDERS domain TO address. */
    public List<String> findForwarders(String domain, String target) {
        return objects.findForwarders(domain, target);
    }

    // ---- groups ------------------------------------------------------------------------------

    /** LISTGROUPS [domain]: sorted. */
    public List<String> listGroups(String domain) {
        return objects.list(domain, ObjectKind.GROUP);
    }

    /** CREATEGROUP name [{settings}] ({@code Members} is an array of addresses or names). */
    public void createGroup(String address, Map<String, ?> settings) {
        objects.createGroup(address, settings);
    }

    /** RENAMEGROUP old INTO new (same domain). */
    public void renameGroup(String oldAddress, String newAddress) {
        objects.rename(oldAddress, newAddress, ObjectKind.GROUP);
    }

    /** DELETEGROUP */
    public void deleteGroup(String address) {
        objects.delete(address, ObjectKind.GROUP);
    }

    /** GETGROUP: the group's dictionary, Members included. */
    public Map<String, Object> getGroup(String address) {
        return objects.group(address);
    }

    /** SETGROUP: replaces the group's dictionary. */
    public void setGroup(String address, Map<String, ?> settings) {
        objects.setGroup(address, settings);
    }

    // ---- routing and login -------------------------------------------------------------------

    /**
     * What {@code localPart@domain} names (COMPAT-CGP §3.3 steps 2–3): the domain may be an alias;
     * null means the main domain. Never throws for unknown names.
     */
    public AddressTarget lookup(String localPart, String domain) {
        return domains.lookup(localPart, domain);
    }

    /** The login service protocols use (directly or through {@code SaslMechanisms}). */
    public Authenticator authenticator() {
        return authenticator;
    }

    /** Shorthand for {@code authenticator().authenticate(...)}. */
    public AuthResult authenticate(String login, String password, InetAddress remote) {
        return authenticator.authenticate(login, password, remote);
    }
}
