package org.parley.store.directory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.DirectoryEntry;
import org.parley.directory.DirectoryError;
import org.parley.directory.DirectoryException;
import org.parley.directory.DirectoryRepository;
import org.parley.directory.DomainRef;
import org.parley.directory.LoginRecord;
import org.parley.directory.ObjectKind;
import org.parley.directory.ObjectNames;
import org.parley.directory.password.StoredCredentials;
import org.parley.directory.settings.SettingsScope;
import org.parley.store.sql.Database;
import org.parley.store.sql.SqlWork;
import org.parley.store.sql.StoreException;

/**
 * {@link DirectoryRepository} in SQL, the same statements for SQLite and PostgreSQL (schema in
 * {@code db/<dialect>/V001.sql}). Name clashes are checked inside the writing transaction, with a
 * unique index behind every namespace as the last word when PostgreSQL writers race; a lost race
 * surfaces as ALREADY_EXISTS too. Thread-safe.
 */
public final class SqlDirectoryRepository implements DirectoryRepository {
    private static final String ENTRY_COLUMNS = "id, domain_id, name, kind, account_id, target";
    private static final String ACCOUNT_SELECT =
            "SELECT a.id, a.name, a.domain_id, d.name FROM accounts a JOIN domains d ON d.id = a.domain_id";
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final Database db;
    private final Clock clock;

    public SqlDirectoryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private <T> T write(SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new DirectoryException(DirectoryError.ALREADY_EXISTS, "the name was taken by a concurrent change");
            }
            throw e;
        }
    }

    private static String key(String name) {
        return ObjectNames.key(name);
    }

    private String now() {
        return clock.instant().toString();
    }

    // ---- domains -------------------------------------------------------------------------

    private static DomainRef domainRow(ResultSet rs) throws SQLException {
        return new DomainRef(rs.getLong(1), rs.getString(2));
    }

    @Override
    public List<DomainRef> listDomains() {
        List<DomainRef> all = db.read(c -> Jdbc.list(c, "SELECT id, name FROM domains", SqlDirectoryRepository::domainRow));
        return all.stream().sorted(Comparator.comparing(DomainRef::name, BY_NAME)).toList();
    }

    @Override
    public Optional<DomainRef> mainDomain() {
        return db.read(c -> Jdbc.first(c, "SELECT id, name FROM domains WHERE is_main = 1", SqlDirectoryRepository::domainRow));
    }

    @Override
    public Optional<DomainRef> domain(long domainId) {
        return db.read(c -> findDomain(c, domainId));
    }

    private static Optional<DomainRef> findDomain(Connection c, long domainId) throws SQLException {
        return Jdbc.first(c, "SELECT id, name FROM domains WHERE id = ?", SqlDirectoryRepository::domainRow, domainId);
    }

    private static DomainRef requireDomain(Connection c, long domainId) throws SQLException {
        return findDomain(c, domainId).orElseThrow(() ->
                new DirectoryException(DirectoryError.NOT_FOUND, "domain #" + domainId + " does not exist"));
    }

    @Override
    public Optional<DomainRef> resolveDomain(String nameOrAlias) {
        return db.read(c -> Jdbc.first(c,
                "SELECT d.id, d.name FROM domain_names n JOIN domains d ON d.id = n.domain_id WHERE n.name_key = ?",
                SqlDirectoryRepository::domainRow, key(nameOrAlias)));
    }

    /** Throws ALREADY_EXISTS unless no domain answers to {@code name}, other than {@code selfId}'s own name. */
    private static void ensureDomainNameFree(Connection c, String name, long selfId) throws SQLException {
        Optional<String> clash = Jdbc.first(c,
                "SELECT d.name, n.is_alias, d.id FROM domain_names n JOIN domains d ON d.id = n.domain_id WHERE n.name_key = ?",
                rs -> rs.getLong(3) == selfId && rs.getInt(2) == 0 ? null
                        : rs.getInt(2) == 0 ? "domain " + rs.getString(1) + " already exists"
                        : name + " is already an alias of domain " + rs.getString(1),
                key(name));
        if (clash.isPresent()) {
            throw new DirectoryException(DirectoryError.ALREADY_EXISTS, clash.get());
        }
    }

    @Override
    public DomainRef createDomain(String name, Map<String, Object> settings, boolean main) {
        return write(c -> {
            ensureDomainNameFree(c, name, -1);
            if (main && Jdbc.first(c, "SELECT id FROM domains WHERE is_main = 1", rs -> rs.getLong(1)).isPresent()) {
                throw new DirectoryException(DirectoryError.ALREADY_EXISTS, "a main domain already exists");
            }
            long id = Jdbc.insert(c, "INSERT INTO domains (name, is_main, created_at) VALUES (?, ?, ?)", name, main ? 1 : 0, now());
            Jdbc.update(c, "INSERT INTO domain_names (name_key, name, domain_id, is_alias) VALUES (?, ?, ?, 0)", key(name), name, id);
            SettingsTables.update(c, SettingsScope.DOMAIN, id, settings, List.of());
            return new DomainRef(id, name);
        });
    }

    @Override
    public void setMainDomain(long domainId) {
        write(c -> {
            requireDomain(c, domainId);
            Jdbc.update(c, "UPDATE domains SET is_main = 0 WHERE is_main = 1");
            Jdbc.update(c, "UPDATE domains SET is_main = 1 WHERE id = ?", domainId);
            return null;
        });
    }

    @Override
    public void renameDomain(long domainId, String newName) {
        write(c -> {
            requireDomain(c, domainId);
            ensureDomainNameFree(c, newName, domainId);
            Jdbc.update(c, "UPDATE domains SET name = ? WHERE id = ?", newName, domainId);
            Jdbc.update(c, "UPDATE domain_names SET name_key = ?, name = ? WHERE domain_id = ? AND is_alias = 0",
                    key(newName), newName, domainId);
            return null;
        });
    }

    @Override
    public void deleteDomain(long domainId) {
        write(c -> {
            if (Jdbc.update(c, "DELETE FROM domains WHERE id = ?", domainId) == 0) {
                throw new DirectoryException(DirectoryError.NOT_FOUND, "domain #" + domainId + " does not exist");
            }
            return null;
        });
    }

    @Override
    public List<String> domainAliases(long domainId) {
        return sorted(db.read(c -> Jdbc.list(c, "SELECT name FROM domain_names WHERE domain_id = ? AND is_alias = 1",
                rs -> rs.getString(1), domainId)));
    }

    @Override
    public void setDomainAliases(long domainId, List<String> aliases) {
        write(c -> {
            requireDomain(c, domainId);
            Jdbc.update(c, "DELETE FROM domain_names WHERE domain_id = ? AND is_alias = 1", domainId);
            for (String alias : aliases) {
                ensureDomainNameFree(c, alias, -1);
                Jdbc.update(c, "INSERT INTO domain_names (name_key, name, domain_id, is_alias) VALUES (?, ?, ?, 1)",
                        key(alias), alias, domainId);
            }
            return null;
        });
    }

    @Override
    public int countObjects(long domainId) {
        return db.read(c -> Jdbc.first(c, "SELECT COUNT(*) FROM domain_objects WHERE domain_id = ?",
                rs -> rs.getInt(1), domainId).orElse(0));
    }

    // ---- settings ------------------------------------------------------------------------

    @Override
    public Map<String, Object> settings(SettingsScope scope, long ownerId) {
        return db.read(c -> SettingsTables.read(c, scope, ownerId));
    }

    @Override
    public void updateSettings(SettingsScope scope, long ownerId, Map<String, Object> put, Collection<String> remove) {
        write(c -> {
            requireOwner(c, scope, ownerId);
            SettingsTables.update(c, scope, ownerId, put, remove);
            return null;
        });
    }

    @Override
    public void replaceSettings(SettingsScope scope, long ownerId, Map<String, Object> settings) {
        write(c -> {
            requireOwner(c, scope, ownerId);
            SettingsTables.replace(c, scope, ownerId, settings);
            return null;
        });
    }

    private static void requireOwner(Connection c, SettingsScope scope, long ownerId) throws SQLException {
        boolean exists = switch (scope) {
            case SERVER, SERVER_ACCOUNT_DEFAULTS, SERVER_DOMAIN_DEFAULTS -> true;
            case DOMAIN, DOMAIN_ACCOUNT_DEFAULTS -> findDomain(c, ownerId).isPresent();
            case ACCOUNT -> Jdbc.first(c, "SELECT id FROM accounts WHERE id = ?", rs -> 1, ownerId).isPresent();
            case GROUP -> Jdbc.first(c, "SELECT id FROM domain_objects WHERE id = ? AND kind = 'group'", rs -> 1, ownerId).isPresent();
        };
        if (!exists) {
            throw new DirectoryException(DirectoryError.NOT_FOUND, "owner #" + ownerId + " of " + scope + " settings does not exist");
        }
    }

    // ---- names inside a domain -----------------------------------------------------------

    private static DirectoryEntry entryRow(ResultSet rs) throws SQLException {
        return new DirectoryEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), ObjectKind.fromLabel(rs.getString(4)),
                rs.getLong(5), rs.getString(6));
    }

    @Override
    public Optional<DirectoryEntry> findObject(long domainId, String name) {
        return db.read(c -> findEntry(c, domainId, name));
    }

    private static Optional<DirectoryEntry> findEntry(Connection c, long domainId, String name) throws SQLException {
        return Jdbc.first(c, "SELECT " + ENTRY_COLUMNS + " FROM domain_objects WHERE domain_id = ? AND name_key = ?",
                SqlDirectoryRepository::entryRow, domainId, key(name));
    }

    @Override
    public List<DirectoryEntry> listObjects(long domainId, ObjectKind kind) {
        List<DirectoryEntry> all = db.read(c -> Jdbc.list(c,
                "SELECT " + ENTRY_COLUMNS + " FROM domain_objects WHERE domain_id = ? AND kind = ?",
                SqlDirectoryRepository::entryRow, domainId, kind.label()));
        return all.stream().sorted(Comparator.comparing(DirectoryEntry::name, BY_NAME)).toList();
    }

    /**
     * Throws ALREADY_EXISTS if {@code name} is used in the domain by anything other than the entry
     * {@code selfEntryId} (so an object may take a new case of its own name).
     */
    private static void ensureNameFree(Connection c, DomainRef domain, String name, long selfEntryId) throws SQLException {
        Optional<DirectoryEntry> clash = findEntry(c, domain.id(), name);
        if (clash.isPresent() && clash.get().id() != selfEntryId) {
            ObjectKind k = clash.get().kind();
            String article = k == ObjectKind.ACCOUNT || k == ObjectKind.ALIAS ? "an " : "a ";
            throw new DirectoryException(DirectoryError.ALREADY_EXISTS,
                    name + "@" + domain.name() + " is already used by " + article + k.label() + " (" + clash.get().name() + ")");
        }
    }

    // ---- accounts ------------------------------------------------------------------------

    private static AccountRef accountRow(ResultSet rs) throws SQLException {
        return new AccountRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
    }

    @Override
    public AccountRef createAccount(long domainId, String name, StoredCredentials credentials, Set<AccessRight> rights,
            Map<String, Object> settings) {
        return write(c -> {
            DomainRef d = requireDomain(c, domainId);
            ensureNameFree(c, d, name, -1);
            long id = Jdbc.insert(c, "INSERT INTO accounts (domain_id, name, password_hash, scram, password_sealed, rights, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", domainId, name, credentials.argon2Hash(), credentials.scram(),
                    credentials.sealedPassword(), AccessRight.encode(rights), now());
            Jdbc.update(c, "INSERT INTO domain_objects (domain_id, name_key, name, kind, account_id) VALUES (?, ?, ?, 'account', ?)",
                    domainId, key(name), name, id);
            SettingsTables.update(c, SettingsScope.ACCOUNT, id, settings, List.of());
            return new AccountRef(id, name, domainId, d.name());
        });
    }

    @Override
    public Optional<AccountRef> account(long accountId) {
        return db.read(c -> findAccount(c, accountId));
    }

    private static Optional<AccountRef> findAccount(Connection c, long accountId) throws SQLException {
        return Jdbc.first(c, ACCOUNT_SELECT + " WHERE a.id = ?", SqlDirectoryRepository::accountRow, accountId);
    }

    private static AccountRef requireAccount(Connection c, long accountId) throws SQLException {
        return findAccount(c, accountId).orElseThrow(() ->
                new DirectoryException(DirectoryError.NOT_FOUND, "account #" + accountId + " does not exist"));
    }

    private static long ownEntryId(Connection c, long accountId) throws SQLException {
        return Jdbc.first(c, "SELECT id FROM domain_objects WHERE account_id = ? AND kind = 'account'",
                rs -> rs.getLong(1), accountId).orElseThrow(() -> new StoreException("account #" + accountId + " has no name entry"));
    }

    @Override
    public void renameAccount(long accountId, long newDomainId, String newName) {
        write(c -> {
            AccountRef a = requireAccount(c, accountId);
            DomainRef target = requireDomain(c, newDomainId);
            ensureNameFree(c, target, newName, ownEntryId(c, accountId));
            if (newDomainId != a.domainId()) {
                for (String alias : aliases(c, accountId)) {
                    ensureNameFree(c, target, alias, -1);
                }
            }
            Jdbc.update(c, "UPDATE accounts SET domain_id = ?, name = ? WHERE id = ?", newDomainId, newName, accountId);
            Jdbc.update(c, "UPDATE domain_objects SET domain_id = ?, name_key = ?, name = ? WHERE account_id = ? AND kind = 'account'",
                    newDomainId, key(newName), newName, accountId);
            Jdbc.update(c, "UPDATE domain_objects SET domain_id = ? WHERE account_id = ? AND kind = 'alias'", newDomainId, accountId);
            return null;
        });
    }

    @Override
    public void deleteAccount(long accountId) {
        write(c -> {
            if (Jdbc.update(c, "DELETE FROM accounts WHERE id = ?", accountId) == 0) {
                throw new DirectoryException(DirectoryError.NOT_FOUND, "account #" + accountId + " does not exist");
            }
            return null;
        });
    }

    @Override
    public List<String> accountAliases(long accountId) {
        return sorted(db.read(c -> aliases(c, accountId)));
    }

    private static List<String> aliases(Connection c, long accountId) throws SQLException {
        return Jdbc.list(c, "SELECT name FROM domain_objects WHERE account_id = ? AND kind = 'alias'", rs -> rs.getString(1), accountId);
    }

    @Override
    public void setAccountAliases(long accountId, List<String> aliasNames) {
        write(c -> {
            AccountRef a = requireAccount(c, accountId);
            DomainRef d = new DomainRef(a.domainId(), a.domain());
            Jdbc.update(c, "DELETE FROM domain_objects WHERE account_id = ? AND kind = 'alias'", accountId);
            for (String alias : aliasNames) {
                ensureNameFree(c, d, alias, -1);
                Jdbc.update(c, "INSERT INTO domain_objects (domain_id, name_key, name, kind, account_id) VALUES (?, ?, ?, 'alias', ?)",
                        a.domainId(), key(alias), alias, accountId);
            }
            return null;
        });
    }

    @Override
    public StoredCredentials credentials(long accountId) {
        return db.read(c -> Jdbc.first(c, "SELECT password_hash, scram, password_sealed FROM accounts WHERE id = ?",
                rs -> new StoredCredentials(rs.getString(1), rs.getString(2), rs.getString(3)), accountId))
                .orElseThrow(() -> new DirectoryException(DirectoryError.NOT_FOUND, "account #" + accountId + " does not exist"));
    }

    @Override
    public void setCredentials(long accountId, StoredCredentials credentials) {
        updateAccount("UPDATE accounts SET password_hash = ?, scram = ?, password_sealed = ? WHERE id = ?",
                credentials.argon2Hash(), credentials.scram(), credentials.sealedPassword(), accountId);
    }

    @Override
    public Set<AccessRight> rights(long accountId) {
        return db.read(c -> Jdbc.first(c, "SELECT rights FROM accounts WHERE id = ?", rs -> AccessRight.decode(rs.getString(1)),
                accountId)).orElseThrow(() -> new DirectoryException(DirectoryError.NOT_FOUND, "account #" + accountId + " does not exist"));
    }

    @Override
    public void setRights(long accountId, Set<AccessRight> rights) {
        updateAccount("UPDATE accounts SET rights = ? WHERE id = ?", AccessRight.encode(rights), accountId);
    }

    @Override
    public void recordLogin(long accountId, Instant at, String address) {
        updateAccount("UPDATE accounts SET last_login_at = ?, last_login_address = ? WHERE id = ?", at.toString(), address, accountId);
    }

    private void updateAccount(String sql, Object... args) {
        write(c -> {
            if (Jdbc.update(c, sql, args) == 0) {
                throw new DirectoryException(DirectoryError.NOT_FOUND, "account #" + args[args.length - 1] + " does not exist");
            }
            return null;
        });
    }

    @Override
    public Optional<LoginRecord> lastLogin(long accountId) {
        return db.read(c -> Jdbc.first(c, "SELECT last_login_at, last_login_address FROM accounts WHERE id = ? AND last_login_at IS NOT NULL",
                rs -> new LoginRecord(Instant.parse(rs.getString(1)), rs.getString(2)), accountId));
    }

    // ---- forwarders and groups -----------------------------------------------------------

    @Override
    public DirectoryEntry createForwarder(long domainId, String name, String address) {
        return write(c -> {
            DomainRef d = requireDomain(c, domainId);
            ensureNameFree(c, d, name, -1);
            long id = Jdbc.insert(c, "INSERT INTO domain_objects (domain_id, name_key, name, kind, target) VALUES (?, ?, ?, 'forwarder', ?)",
                    domainId, key(name), name, address);
            return new DirectoryEntry(id, domainId, name, ObjectKind.FORWARDER, 0, address);
        });
    }

    @Override
    public DirectoryEntry createGroup(long domainId, String name, Map<String, Object> settings) {
        return write(c -> {
            DomainRef d = requireDomain(c, domainId);
            ensureNameFree(c, d, name, -1);
            long id = Jdbc.insert(c, "INSERT INTO domain_objects (domain_id, name_key, name, kind) VALUES (?, ?, ?, 'group')",
                    domainId, key(name), name);
            SettingsTables.update(c, SettingsScope.GROUP, id, settings, List.of());
            return new DirectoryEntry(id, domainId, name, ObjectKind.GROUP, 0, null);
        });
    }

    @Override
    public void renameObject(long entryId, String newName) {
        write(c -> {
            DirectoryEntry e = requireForwarderOrGroup(c, entryId);
            ensureNameFree(c, requireDomain(c, e.domainId()), newName, entryId);
            Jdbc.update(c, "UPDATE domain_objects SET name_key = ?, name = ? WHERE id = ?", key(newName), newName, entryId);
            return null;
        });
    }

    @Override
    public void deleteObject(long entryId) {
        write(c -> {
            requireForwarderOrGroup(c, entryId);
            Jdbc.update(c, "DELETE FROM domain_objects WHERE id = ?", entryId);
            return null;
        });
    }

    private static DirectoryEntry requireForwarderOrGroup(Connection c, long entryId) throws SQLException {
        return Jdbc.first(c, "SELECT " + ENTRY_COLUMNS + " FROM domain_objects WHERE id = ? AND kind IN ('forwarder', 'group')",
                SqlDirectoryRepository::entryRow, entryId)
                .orElseThrow(() -> new DirectoryException(DirectoryError.NOT_FOUND, "forwarder or group #" + entryId + " does not exist"));
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted(BY_NAME).toList();
    }
}
