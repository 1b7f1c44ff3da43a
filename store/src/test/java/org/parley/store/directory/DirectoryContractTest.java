package org.parley.store.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;
import org.parley.core.testing.MutableClock;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.AddressTarget;
import org.parley.directory.Directory;
import org.parley.directory.DirectoryError;
import org.parley.directory.DirectoryException;
import org.parley.directory.DirectoryListener;
import org.parley.directory.DomainRef;
import org.parley.directory.LoginRecord;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.ScramLogin;
import org.parley.directory.auth.ThrottlePolicy;
import org.parley.directory.password.PasswordParameters;
import org.parley.directory.password.ScramCredential;
import org.parley.directory.sasl.ChallengeDigests;
import org.parley.directory.sasl.SaslFailure;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.directory.sasl.SaslStep;
import org.parley.directory.settings.EffectiveSettings;
import org.parley.directory.settings.SettingSource;
import org.parley.store.sql.Database;

/**
 * The directory's behaviour over a real database. One suite for every back-end: subclasses only
 * say how to open (and reopen) their database.
 */
public abstract class DirectoryContractTest {
    private static final SecretKey KEY = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES");
    private static final ThrottlePolicy THROTTLE =
            new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(15), 1000);
    private static final String MAIN = "example.com";
    private static final String PM_PASSWORD = "pm-secret";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<Database> opened = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private Directory dir;

    /** A new connection pool to the test's database; every call reaches the same stored data. */
    protected abstract Database openDatabase();

    /** Called after every pool the test opened is closed (drop the database here). */
    protected void afterDatabasesClosed() {}

    @BeforeEach
    void openDirectory() {
        dir = newDirectory();
        dir.bootstrap(MAIN, PM_PASSWORD);
        dir.addListener(new DirectoryListener() {
            @Override
            public void domainCreated(DomainRef d) {
                events.add("domainCreated " + d.name());
            }

            @Override
            public void domainRenamed(DomainRef before, DomainRef after) {
                events.add("domainRenamed " + before.name() + " " + after.name());
            }

            @Override
            public void domainDeleted(DomainRef d, List<AccountRef> accounts) {
                events.add("domainDeleted " + d.name() + " " + accounts.stream().map(AccountRef::name).sorted().toList());
            }

            @Override
            public void accountCreated(AccountRef a) {
                events.add("accountCreated " + a.principal());
            }

            @Override
            public void accountRenamed(AccountRef before, AccountRef after) {
                events.add("accountRenamed " + before.principal() + " " + after.principal() + " " + (before.id() == after.id()));
            }

            @Override
            public void accountDeleted(AccountRef a) {
                events.add("accountDeleted " + a.principal());
            }
        });
    }

    private Directory newDirectory() {
        Database db = openDatabase();
        opened.add(db);
        return new Directory(new SqlDirectoryRepository(db, clock), clock, PasswordParameters.fastForTests(), KEY, THROTTLE);
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
        afterDatabasesClosed();
    }

    private static DirectoryException error(DirectoryError code, ThrowingCallable call) {
        DirectoryException e = catchThrowableOfType(DirectoryException.class, call);
        assertThat(e).as("expected DirectoryException " + code).isNotNull();
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private String principalOf(AuthResult r) {
        assertThat(r).isInstanceOf(AuthResult.Success.class);
        return ((AuthResult.Success) r).who().principal();
    }

    // ---- bootstrap and the main domain -------------------------------------------------------

    @Test
    void bootstrapIsIdempotentAndMakesPostmasterAMasterWithRootAlias() {
        AccountRef again = dir.bootstrap("other.org", "another password");
        assertThat(again.principal()).isEqualTo("postmaster@example.com");
        assertThat(dir.mainDomainName()).isEqualTo(MAIN);
        assertThat(dir.ensureMainDomain("other.org").name()).isEqualTo(MAIN);
        assertThat(dir.listDomains()).containsExactly(MAIN);
        assertThat(dir.listAccounts(null)).containsExactly("postmaster");
        assertThat(dir.getAccountRights("postmaster")).containsExactly(AccessRight.MASTER);
        assertThat(dir.getAccountAliases("postmaster")).containsExactly("root");
        assertThat(principalOf(dir.authenticate("root", PM_PASSWORD, null))).isEqualTo("postmaster@example.com");
        assertThat(dir.authenticate("postmaster", "another password", null)).isInstanceOf(AuthResult.Failed.class);
        assertThat(dir.hasRight(again.id(), AccessRight.CAN_CREATE_ACCOUNTS, dir.createDomain("x.org", Map.of()).id())).isTrue();
    }

    @Test
    void mainDomainAndItsPostmasterAreProtected() {
        error(DirectoryError.PERMISSION, () -> dir.deleteDomain(MAIN, true));
        error(DirectoryError.PERMISSION, () -> dir.deleteAccount("postmaster"));
        error(DirectoryError.PERMISSION, () -> dir.renameAccount("postmaster", "pm"));
        DomainRef renamed = dir.renameDomain(MAIN, "example.net");
        assertThat(dir.mainDomain()).isEqualTo(renamed);
        assertThat(dir.bootstrap(MAIN, "x").principal()).isEqualTo("postmaster@example.net");
    }

    // ---- domains and domain aliases ----------------------------------------------------------

    @Test
    void domainsAreCreatedListedRenamedAndDeleted() {
        DomainRef org = dir.createDomain("Example.ORG", Map.of());
        assertThat(dir.listDomains()).containsExactly(MAIN, "Example.ORG");
        assertThat(error(DirectoryError.ALREADY_EXISTS, () -> dir.createDomain("example.org", Map.of())).getMessage())
                .contains("Example.ORG");
        DomainRef net = dir.renameDomain("example.org", "example.net");
        assertThat(net.id()).isEqualTo(org.id());
        assertThat(dir.resolveDomain("EXAMPLE.NET")).contains(net);
        assertThat(dir.domain(org.id())).contains(net);
        assertThat(dir.resolveDomain("example.org")).isEmpty();
        error(DirectoryError.ALREADY_EXISTS, () -> dir.renameDomain("example.net", MAIN));
        dir.deleteDomain("example.net", false);
        assertThat(dir.listDomains()).containsExactly(MAIN);
        error(DirectoryError.NOT_FOUND, () -> dir.deleteDomain("example.net", false));
        assertThat(dir.domain(org.id())).isEmpty();
        assertThat(events).containsExactly("domainCreated Example.ORG", "domainRenamed Example.ORG example.net",
                "domainDeleted example.net []");
    }

    @Test
    void domainNamesAreValidated() {
        for (String bad : new String[] {"", "-a.com", "a-.com", "a..com", ".a.com", "a.com.", "ex ample.com", "exämple.com",
                "a".repeat(64) + ".com", "a.".repeat(127) + "com"}) {
            error(DirectoryError.INVALID_NAME, () -> dir.createDomain(bad, Map.of()));
        }
        dir.createDomain("xn--exmple-cua.com", Map.of());
        dir.createDomain("localhost", Map.of());
    }

    @Test
    void domainAliasesShareTheDomainNamespaceAndResolve() {
        dir.setDomainAliases(MAIN, List.of("mail.example.com", "Example.NET", "example.net"));
        assertThat(dir.getDomainAliases(MAIN)).containsExactly("Example.NET", "mail.example.com");
        assertThat(dir.resolveDomain("EXAMPLE.net")).contains(dir.mainDomain());
        error(DirectoryError.ALREADY_EXISTS, () -> dir.createDomain("example.net", Map.of()));
        dir.createDomain("example.org", Map.of());
        error(DirectoryError.ALREADY_EXISTS, () -> dir.setDomainAliases("example.org", List.of("mail.example.com")));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.setDomainAliases("example.org", List.of(MAIN)));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.setDomainAliases(MAIN, List.of(MAIN)));
        error(DirectoryError.INVALID_NAME, () -> dir.setDomainAliases(MAIN, List.of("bad name")));
        assertThat(dir.getDomainAliases(MAIN)).hasSize(2); // the refused changes left the aliases alone
        // an alias is a name of the domain for reads and logins, but not for renaming or deleting it
        assertThat(dir.listAccounts("mail.example.com")).containsExactly("postmaster");
        assertThat(principalOf(dir.authenticate("root@example.net", PM_PASSWORD, null))).isEqualTo("postmaster@example.com");
        error(DirectoryError.NOT_FOUND, () -> dir.renameDomain("example.net", "x.org"));
        dir.renameDomain(MAIN, "example.info");
        assertThat(dir.getDomainAliases("example.info")).containsExactly("Example.NET", "mail.example.com");
        dir.setDomainAliases("example.info", List.of());
        assertThat(dir.resolveDomain("example.net")).isEmpty();
        dir.createDomain("example.net", Map.of());
    }

    @Test
    void deletingADomainNeedsForceWhileItHoldsObjectsAndCascades() {
        dir.createDomain("example.org", Map.of());
        AccountRef a = dir.createAccount("alice@example.org", Map.of("Password", "pw", "RealName", "Alice"));
        dir.setAccountAliases("alice@example.org", List.of("al"));
        dir.createForwarder("fwd@example.org", "x@example.net");
        dir.createGroup("team@example.org", Map.of("Members", List.of("alice")));
        dir.updateAccountDefaults("example.org", Map.of("MaxAccountSize", "1M"));
        error(DirectoryError.NOT_EMPTY, () -> dir.deleteDomain("example.org", false));
        dir.deleteDomain("example.org", true);
        assertThat(events).contains("domainDeleted example.org [alice]");
        assertThat(dir.account(a.id())).isEmpty();
        dir.createDomain("example.org", Map.of());
        assertThat(dir.listAccounts("example.org")).isEmpty();
        assertThat(dir.listForwarders("example.org")).isEmpty();
        assertThat(dir.listGroups("example.org")).isEmpty();
        assertThat(dir.getAccountDefaults("example.org")).isEmpty();
        AccountRef again = dir.createAccount("alice@example.org", Map.of());
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThat(dir.getAccountSettings("alice@example.org")).isEmpty();
        assertThat(dir.authenticate("alice@example.org", "pw", null)).isInstanceOf(AuthResult.Failed.class);
    }

    // ---- one namespace per domain ------------------------------------------------------------

    @Test
    void accountsAliasesForwardersAndGroupsShareOneCaseInsensitiveNamespace() {
        dir.createAccount("alice", Map.of());
        dir.createAccount("bob", Map.of());
        dir.setAccountAliases("alice", List.of("al", "123"));
        dir.createForwarder("fwd", "someone@example.net");
        dir.createGroup("team", Map.of());
        assertThat(error(DirectoryError.ALREADY_EXISTS, () -> dir.createAccount("AL", Map.of())).getMessage()).contains("alias");
        assertThat(error(DirectoryError.ALREADY_EXISTS, () -> dir.createForwarder("Alice", "x@y")).getMessage()).contains("account");
        assertThat(error(DirectoryError.ALREADY_EXISTS, () -> dir.createGroup("FWD", Map.of())).getMessage()).contains("forwarder");
        assertThat(error(DirectoryError.ALREADY_EXISTS, () -> dir.setAccountAliases("bob", List.of("x", "Team"))).getMessage())
                .contains("group");
        assertThat(dir.getAccountAliases("bob")).isEmpty(); // all or nothing
        error(DirectoryError.ALREADY_EXISTS, () -> dir.createAccount("123", Map.of()));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.renameForwarder("fwd", "team"));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.renameGroup("team", "BOB"));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.renameAccount("bob", "al"));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.setAccountAliases("alice", List.of("alice")));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.createAccount("ROOT", Map.of()));
        dir.renameGroup("team", "TEAM"); // a new spelling of its own name is fine
        assertThat(dir.listGroups(null)).containsExactly("TEAM");
        dir.createDomain("example.org", Map.of());
        dir.createAccount("al@example.org", Map.of());
        dir.createAccount("team@example.org", Map.of());
    }

    @Test
    void objectNamesAreValidated() {
        for (String bad : new String[] {"", "a b", ".a", "a.", "-a", "a-", "_a", "a@b@example.com", "ä", "a/b", "x".repeat(129)}) {
            error(DirectoryError.INVALID_NAME, () -> dir.createAccount(bad, Map.of()));
        }
        error(DirectoryError.INVALID_NAME, () -> dir.createForwarder("a b", "x@y"));
        error(DirectoryError.INVALID_NAME, () -> dir.createGroup("a.", Map.of()));
        error(DirectoryError.INVALID_NAME, () -> dir.setAccountAliases("postmaster", List.of("-x")));
        dir.createAccount("x".repeat(128), Map.of());
        dir.createAccount("a.b-c_d", Map.of());
        dir.createAccount("200", Map.of());
        error(DirectoryError.NOT_FOUND, () -> dir.createAccount("bob@nowhere.org", Map.of()));
    }

    // ---- accounts and settings ---------------------------------------------------------------

    @Test
    void accountsKeepTheirSpellingAndAreFoundInAnyCase() {
        AccountRef a = dir.createAccount("Alice", Map.of("Password", "pw"));
        assertThat(events).containsExactly("accountCreated Alice@example.com");
        assertThat(dir.listAccounts(MAIN)).containsExactly("Alice", "postmaster");
        assertThat(dir.findAccount("ALICE@EXAMPLE.COM")).isEqualTo(a);
        assertThat(principalOf(dir.authenticate("aLiCe", "pw", null))).isEqualTo("Alice@example.com");
    }

    @Test
    void passwordIsWriteOnlyAndVerifiable() {
        dir.createAccount("alice", Map.of("Password", "pw1", "RealName", "Alice Liddell", "MaxAccountSize", "100m"));
        assertThat(dir.getAccountSettings("alice")).containsExactly(Map.entry("MaxAccountSize", "100M"),
                Map.entry("RealName", "Alice Liddell"));
        assertThat(dir.getAccountEffectiveSettings("alice").values()).doesNotContainKey("Password");
        assertThat(dir.verifyAccountPassword("alice", "pw1")).isTrue();
        assertThat(dir.verifyAccountPassword("alice", "pw2")).isFalse();
        dir.setAccountPassword("alice", "pw2");
        assertThat(dir.verifyAccountPassword("alice", "pw2")).isTrue();
        dir.updateAccountSettings("alice", Map.of("Password", "pw3"));
        assertThat(dir.verifyAccountPassword("alice", "pw3")).isTrue();
        assertThat(dir.getAccountSettings("alice")).doesNotContainKey("Password");
        error(DirectoryError.INVALID_SETTING, () -> dir.setAccountPassword("alice", ""));
        error(DirectoryError.NOT_FOUND, () -> dir.verifyAccountPassword("nobody", "x"));
        dir.createAccount("nopw", Map.of());
        assertThat(dir.verifyAccountPassword("nopw", "")).isFalse();
    }

    @Test
    void updatesMergeDefaultRemovesAndBadValuesChangeNothing() {
        dir.createAccount("alice", Map.of("MaxAccountSize", "10M", "RealName", "A"));
        dir.updateAccountSettings("alice", Map.of("MaxAccountSize", "default", "X-Custom", List.of("a", "b")));
        assertThat(dir.getAccountSettings("alice")).containsExactly(Map.entry("RealName", "A"), Map.entry("X-Custom", List.of("a", "b")));
        DirectoryException e = error(DirectoryError.INVALID_SETTING,
                () -> dir.updateAccountSettings("alice", Map.of("RealName", "B", "MaxMessageCount", "many")));
        assertThat(e.getMessage()).startsWith("MaxMessageCount:");
        assertThat(dir.getAccountSettings("alice")).containsEntry("RealName", "A");
        dir.setAccountSettings("alice", Map.of("ExternalINBOX", "yes"));
        assertThat(dir.getAccountSettings("alice")).containsExactly(Map.entry("ExternalINBOX", "YES"));
        error(DirectoryError.INVALID_SETTING, () -> dir.updateAccountDefaults(MAIN, Map.of("Password", "x")));
        error(DirectoryError.INVALID_SETTING, () -> dir.updateServerAccountDefaults(Map.of("AccessModes", "Most")));
        error(DirectoryError.INVALID_SETTING, () -> dir.updateDomainSettings(MAIN, Map.of("MailToUnknown", "Bounced")));
    }

    @Test
    void effectiveAccountSettingsInheritAndReportTheirSource() {
        dir.updateServerAccountDefaults(Map.of("MaxAccountSize", "1G", "MaxMessageCount", "1000", "RulesAllowed", "any"));
        dir.updateAccountDefaults(MAIN, Map.of("MaxAccountSize", "500M", "MaxMessageCount", "500"));
        dir.createAccount("alice", Map.of("MaxAccountSize", "100M"));
        EffectiveSettings e = dir.getAccountEffectiveSettings("alice");
        assertThat(e.entry("MaxAccountSize")).contains(new EffectiveSettings.Entry("100M", SettingSource.ACCOUNT));
        assertThat(e.entry("MaxMessageCount")).contains(new EffectiveSettings.Entry("500", SettingSource.DOMAIN_ACCOUNT_DEFAULTS));
        assertThat(e.entry("RulesAllowed")).contains(new EffectiveSettings.Entry("Any", SettingSource.SERVER_ACCOUNT_DEFAULTS));
        assertThat(e.entry("AccessModes")).contains(new EffectiveSettings.Entry("All", SettingSource.BUILT_IN));
        assertThat(e.limit("MaxAccountSize")).hasValue(100L << 20);
        assertThat(dir.getAccountDefaults(MAIN)).containsOnlyKeys("MaxAccountSize", "MaxMessageCount");
        assertThat(dir.getServerAccountDefaults()).containsEntry("RulesAllowed", "Any");
        dir.createDomain("example.org", Map.of());
        dir.createAccount("bob@example.org", Map.of());
        assertThat(dir.getAccountEffectiveSettings("bob@example.org").entry("MaxAccountSize"))
                .contains(new EffectiveSettings.Entry("1G", SettingSource.SERVER_ACCOUNT_DEFAULTS));
        dir.updateAccountDefaults(MAIN, Map.of("MaxMessageCount", "default"));
        assertThat(dir.accountEffectiveSettings(dir.findAccount("alice").id()).entry("MaxMessageCount"))
                .contains(new EffectiveSettings.Entry("1000", SettingSource.SERVER_ACCOUNT_DEFAULTS));
    }

    @Test
    void domainAndServerSettings() {
        dir.createDomain("example.org", Map.of("MailToUnknown", "discarded"));
        assertThat(dir.getDomainSettings("example.org")).containsExactly(Map.entry("MailToUnknown", "Discarded"));
        dir.updateServerDomainDefaults(Map.of("MailToUnknown", "Rerouted to", "MailRerouteAddress", "catch@example.com"));
        EffectiveSettings org = dir.getDomainEffectiveSettings("example.org");
        assertThat(org.entry("MailToUnknown")).contains(new EffectiveSettings.Entry("Discarded", SettingSource.DOMAIN));
        assertThat(org.entry("MailRerouteAddress"))
                .contains(new EffectiveSettings.Entry("catch@example.com", SettingSource.SERVER_DOMAIN_DEFAULTS));
        assertThat(dir.getDomainEffectiveSettings(null).entry("MailToUnknown"))
                .contains(new EffectiveSettings.Entry("Rerouted to", SettingSource.SERVER_DOMAIN_DEFAULTS));
        dir.updateServerDomainDefaults(Map.of("MailToUnknown", "default"));
        assertThat(dir.getDomainEffectiveSettings(MAIN).entry("MailToUnknown"))
                .contains(new EffectiveSettings.Entry("Rejected", SettingSource.BUILT_IN));
        assertThat(dir.getServerDomainDefaults()).containsOnlyKeys("MailRerouteAddress");
        dir.setDomainSettings("example.org", Map.of("ClientIPs", "10.0.0.0/8\u001b192.168.0.0/16"));
        assertThat(dir.getDomainSettings("example.org")).containsOnlyKeys("ClientIPs");
        dir.updateServerSettings(Map.of("ServerName", "mx.example.com", "Limits", Map.of("a", "1")));
        assertThat(dir.getServerSettings()).containsEntry("ServerName", "mx.example.com").containsEntry("Limits", Map.of("a", "1"));
        error(DirectoryError.NOT_FOUND, () -> dir.getDomainSettings("nowhere.org"));
    }

    @Test
    void everythingSurvivesReopeningTheDatabase() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("X-Blob", new byte[] {0, 1, 2, (byte) 0xff});
        custom.put("X-Ip", new CgpIp("192.0.2.1", 25));
        custom.put("X-Null", CgpNull.NULL);
        custom.put("X-Nested", Map.of("k", List.of("v", 5L)));
        custom.put("Password", "tanstaaftanstaaf");
        custom.put("PasswordEncryption", "clear");
        AccountRef a = dir.createAccount("alice", custom);
        dir.setAccountAliases("alice", List.of("al"));
        dir.setDomainAliases(MAIN, List.of("example.net"));
        dir.createForwarder("fwd", "x@example.org");
        dir.createGroup("team", Map.of("Members", List.of("alice", "bob@example.org"), "RealName", "Team"));
        dir.updateServerSettings(Map.of("S", "v"));
        dir.updateAccountDefaults(null, Map.of("MaxAccountSize", "5M"));

        Directory reopened = newDirectory();
        assertThat(reopened.mainDomainName()).isEqualTo(MAIN);
        Map<String, Object> s = reopened.getAccountSettings("al@example.net");
        assertThat((byte[]) s.get("X-Blob")).containsExactly(0, 1, 2, 0xff);
        assertThat(s).containsEntry("X-Ip", new CgpIp("192.0.2.1", 25)).containsEntry("X-Null", CgpNull.NULL)
                .containsEntry("X-Nested", Map.of("k", List.of("v", 5L))).containsEntry("PasswordEncryption", "clear")
                .doesNotContainKey("Password");
        assertThat(reopened.findAccount("alice").id()).isEqualTo(a.id());
        assertThat(reopened.verifyAccountPassword("alice", "tanstaaftanstaaf")).isTrue();
        String challenge = "<1896.697170952@postoffice.reston.mci.net>";
        assertThat(reopened.authenticator().authenticateCramMd5("alice", challenge, "b913a602c7eda7a495b4e6e7334d3890", null))
                .isInstanceOf(AuthResult.Success.class);
        assertThat(reopened.getForwarder("fwd")).isEqualTo("x@example.org");
        assertThat(reopened.getGroup("team")).containsEntry("Members", List.of("alice", "bob@example.org"));
        assertThat(reopened.getServerSettings()).containsEntry("S", "v");
        assertThat(reopened.getAccountEffectiveSettings("alice").entry("MaxAccountSize"))
                .contains(new EffectiveSettings.Entry("5M", SettingSource.DOMAIN_ACCOUNT_DEFAULTS));
        assertThat(reopened.getAccountRights("root")).containsExactly(AccessRight.MASTER);
    }

    // ---- aliases, renames, deletes -----------------------------------------------------------

    @Test
    void accountAliasesResolveForMailAndLogin() {
        AccountRef a = dir.createAccount("alice", Map.of("Password", "pw"));
        dir.setAccountAliases("alice", List.of("Al", "123", "al"));
        assertThat(dir.getAccountAliases("ALICE")).containsExactly("123", "Al");
        assertThat(dir.lookup("AL", MAIN)).isEqualTo(new AddressTarget.Account(a, "Al"));
        assertThat(dir.lookup("alice", null)).isEqualTo(new AddressTarget.Account(a, null));
        assertThat(principalOf(dir.authenticate("123@example.com", "pw", null))).isEqualTo("alice@example.com");
        assertThat(dir.getAccountSettings("al")).isEmpty(); // reads accept an alias
        error(DirectoryError.NOT_FOUND, () -> dir.deleteAccount("al")); // changes need the account's own name
        dir.setAccountAliases("alice", List.of("ally"));
        assertThat(dir.lookup("al", MAIN)).isInstanceOf(AddressTarget.Unknown.class);
        dir.createForwarder("al", "x@y");
    }

    @Test
    void renamingAnAccountKeepsItsIdAliasesAndSettings() {
        AccountRef a = dir.createAccount("alice", Map.of("Password", "pw", "RealName", "A"));
        dir.setAccountAliases("alice", List.of("al"));
        AccountRef renamed = dir.renameAccount("alice", "alicia");
        assertThat(renamed.id()).isEqualTo(a.id());
        assertThat(dir.getAccountAliases("alicia")).containsExactly("al");
        assertThat(dir.getAccountSettings("alicia")).containsEntry("RealName", "A");
        assertThat(dir.lookup("alice", MAIN)).isInstanceOf(AddressTarget.Unknown.class);
        dir.renameAccount("alicia", "Alicia");
        assertThat(dir.listAccounts(MAIN)).containsExactly("Alicia", "postmaster");
        assertThat(events).contains("accountRenamed alice@example.com alicia@example.com true");
    }

    @Test
    void renamingAnAccountIntoAnotherDomainMovesItsAliases() {
        dir.createDomain("example.org", Map.of());
        dir.createForwarder("al@example.org", "x@y");
        AccountRef a = dir.createAccount("alice", Map.of("Password", "pw"));
        dir.setAccountAliases("alice", List.of("al", "ally"));
        error(DirectoryError.ALREADY_EXISTS, () -> dir.renameAccount("alice", "alice@example.org"));
        assertThat(dir.findAccount("alice").domain()).isEqualTo(MAIN); // nothing moved
        dir.deleteForwarder("al@example.org");
        AccountRef moved = dir.renameAccount("alice", "alice@example.org");
        assertThat(moved).isEqualTo(new AccountRef(a.id(), "alice", moved.domainId(), "example.org"));
        assertThat(dir.lookup("ally", "example.org")).isEqualTo(new AddressTarget.Account(moved, "ally"));
        assertThat(dir.lookup("ally", MAIN)).isInstanceOf(AddressTarget.Unknown.class);
        assertThat(principalOf(dir.authenticate("al@example.org", "pw", null))).isEqualTo("alice@example.org");
        assertThat(dir.listAccounts(MAIN)).containsExactly("postmaster");
    }

    @Test
    void deletingAnAccountFreesItsNamesAndSettings() {
        AccountRef a = dir.createAccount("alice", Map.of("RealName", "A"));
        dir.setAccountAliases("alice", List.of("al"));
        dir.deleteAccount("ALICE");
        assertThat(events).contains("accountDeleted alice@example.com");
        assertThat(dir.account(a.id())).isEmpty();
        dir.createForwarder("al", "x@y");
        AccountRef again = dir.createAccount("alice", Map.of());
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThat(dir.getAccountSettings("alice")).isEmpty();
        error(DirectoryError.NOT_FOUND, () -> dir.deleteAccount("nobody"));
    }

    // ---- forwarders and groups ---------------------------------------------------------------

    @Test
    void forwarders() {
        dir.createForwarder("sales", "Bob@example.org");
        dir.createForwarder("info", "bob@example.org");
        dir.createForwarder("help", "carol@example.org");
        assertThat(dir.listForwarders(null)).containsExactly("help", "info", "sales");
        assertThat(dir.getForwarder("SALES@example.com")).isEqualTo("Bob@example.org");
        assertThat(dir.findForwarders(MAIN, "bob@EXAMPLE.org")).containsExactly("info", "sales");
        assertThat(dir.lookup("sales", MAIN)).isEqualTo(new AddressTarget.Forwarder(dir.mainDomain(), "sales", "Bob@example.org"));
        dir.renameForwarder("sales", "vente");
        assertThat(dir.getForwarder("vente")).isEqualTo("Bob@example.org");
        error(DirectoryError.NOT_FOUND, () -> dir.getForwarder("sales"));
        error(DirectoryError.NOT_FOUND, () -> dir.getForwarder("postmaster"));
        dir.createDomain("example.org", Map.of());
        error(DirectoryError.PERMISSION, () -> dir.renameForwarder("vente", "vente@example.org"));
        error(DirectoryError.INVALID_SETTING, () -> dir.createForwarder("x", ""));
        error(DirectoryError.INVALID_SETTING, () -> dir.createForwarder("x", "a@b\r\nRCPT TO:<c@d>"));
        dir.deleteForwarder("vente");
        assertThat(dir.listForwarders(MAIN)).containsExactly("help", "info");
        assertThat(dir.authenticate("help", "", null)).isInstanceOf(AuthResult.Failed.class);
    }

    @Test
    void groups() {
        dir.createGroup("team", Map.of("Members", List.of("alice", "bob@example.org"), "RealName", "The Team"));
        assertThat(dir.getGroup("TEAM")).containsExactly(Map.entry("Members", List.of("alice", "bob@example.org")),
                Map.entry("RealName", "The Team"));
        assertThat(dir.lookup("team", MAIN))
                .isEqualTo(new AddressTarget.Group(dir.mainDomain(), "team", List.of("alice", "bob@example.org")));
        dir.setGroup("team", Map.of("Members", List.of("carol"), "EmailDisabled", "no"));
        assertThat(dir.getGroup("team")).containsExactly(Map.entry("EmailDisabled", "NO"), Map.entry("Members", List.of("carol")));
        error(DirectoryError.INVALID_SETTING, () -> dir.setGroup("team", Map.of("Members", "carol")));
        error(DirectoryError.INVALID_SETTING, () -> dir.createGroup("g2", Map.of("Members", List.of("a\nb"))));
        dir.renameGroup("team", "crew");
        assertThat(dir.listGroups(MAIN)).containsExactly("crew");
        assertThat(dir.getGroup("crew")).containsEntry("Members", List.of("carol"));
        dir.deleteGroup("crew");
        assertThat(dir.listGroups(MAIN)).isEmpty();
        dir.createAccount("crew", Map.of());
        error(DirectoryError.NOT_FOUND, () -> dir.getGroup("crew"));
    }

    @Test
    void lookupOfUnknownNames() {
        DomainRef main = dir.mainDomain();
        assertThat(dir.lookup("nobody", MAIN)).isEqualTo(new AddressTarget.Unknown(main));
        assertThat(dir.lookup("a b", MAIN)).isEqualTo(new AddressTarget.Unknown(main));
        assertThat(dir.lookup("", MAIN)).isEqualTo(new AddressTarget.Unknown(main));
        assertThat(dir.lookup("x".repeat(500), MAIN)).isEqualTo(new AddressTarget.Unknown(main));
        assertThat(dir.lookup("postmaster", "elsewhere.org")).isEqualTo(new AddressTarget.NotLocal("elsewhere.org"));
        assertThat(dir.lookup("root", null)).isInstanceOf(AddressTarget.Account.class);
    }

    // ---- login -------------------------------------------------------------------------------

    @Test
    void everyNameOfAnAccountLogsIntoTheSameAccountAndLastLoginIsRecorded() {
        dir.setDomainAliases(MAIN, List.of("mail.example.com"));
        AccountRef a = dir.createAccount("alice", Map.of("Password", "pw"));
        dir.setAccountAliases("alice", List.of("al"));
        for (String login : new String[] {"alice", "ALICE@example.com", "al", "al@MAIL.example.com", "alice@mail.example.com"}) {
            AuthResult r = dir.authenticate(login, "pw", ip("192.0.2.5"));
            assertThat(r).as(login).isInstanceOf(AuthResult.Success.class);
            assertThat(((AuthResult.Success) r).who().accountId()).isEqualTo(a.id());
            assertThat(principalOf(r)).isEqualTo("alice@example.com");
        }
        assertThat(dir.lastLogin("alice")).contains(new LoginRecord(clock.instant(), "192.0.2.5"));
        for (String bad : new String[] {"alice@example.org", "alice@", "@example.com", "", "x".repeat(1000)}) {
            assertThat(dir.authenticate(bad, "pw", null)).as(bad).isInstanceOf(AuthResult.Failed.class);
        }
        assertThat(dir.authenticate(null, "pw", null)).isInstanceOf(AuthResult.Failed.class);
        dir.createAccount("bob", Map.of());
        assertThat(dir.lastLogin("bob")).isEmpty();
    }

    @Test
    void repeatedFailuresThrottleEvenTheRightPasswordUntilTheDelayPasses() {
        dir.createAccount("alice", Map.of("Password", "pw"));
        InetAddress from = ip("198.51.100.1");
        for (int i = 0; i < 5; i++) {
            assertThat(dir.authenticate("alice", "wrong", from)).isInstanceOf(AuthResult.Failed.class);
        }
        AuthResult throttled = dir.authenticate("alice", "pw", ip("203.0.113.9"));
        assertThat(throttled).isEqualTo(new AuthResult.Throttled(clock.instant().plusSeconds(1)));
        assertThat(dir.authenticator().scramStart("alice", null)).isInstanceOf(ScramLogin.Throttled.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(dir.authenticate("alice", "pw", ip("203.0.113.9"))).isInstanceOf(AuthResult.Success.class);
        // the success reset the account: one more failure is not throttled
        assertThat(dir.authenticate("alice", "wrong", ip("203.0.113.9"))).isInstanceOf(AuthResult.Failed.class);
        assertThat(dir.authenticate("alice", "pw", ip("203.0.113.9"))).isInstanceOf(AuthResult.Success.class);
        // the guessing address kept its count: its next failure blocks it again, for every account
        assertThat(dir.authenticate("nobody", "x", from)).isInstanceOf(AuthResult.Failed.class);
        assertThat(dir.authenticate("root", PM_PASSWORD, from)).isEqualTo(new AuthResult.Throttled(clock.instant().plusSeconds(2)));
    }

    @Test
    void reversiblePasswordsEnableCramMd5AndApop() {
        dir.updateAccountDefaults(MAIN, Map.of("PasswordEncryption", "clear"));
        dir.createAccount("tim", Map.of("Password", "tanstaaf"));
        dir.createAccount("hashed", Map.of("Password", "tanstaaf", "PasswordEncryption", "argon2id"));
        String token = "<1896.697170952@dbc.mtview.ca.us>";
        assertThat(dir.authenticator().authenticateApop("tim", token, "c4c9334bac560ecc979e58001b3e22fb", null))
                .isInstanceOf(AuthResult.Success.class);
        assertThat(dir.authenticator().authenticateApop("tim", token, "c4c9334bac560ecc979e58001b3e22fc", null))
                .isInstanceOf(AuthResult.Failed.class);
        assertThat(dir.authenticator().authenticateApop("tim", "no-brackets", ChallengeDigests.apop("no-brackets", "tanstaaf"), null))
                .isInstanceOf(AuthResult.Failed.class);
        String hashedDigest = ChallengeDigests.apop(token, "tanstaaf");
        assertThat(dir.authenticator().authenticateApop("hashed", token, hashedDigest, null)).isInstanceOf(AuthResult.Failed.class);
        String challenge = "<42.1@mail.example.com>";
        assertThat(dir.authenticator().authenticateCramMd5("tim", challenge, ChallengeDigests.cramMd5("tanstaaf", challenge), null))
                .isInstanceOf(AuthResult.Success.class);
        assertThat(dir.authenticator().authenticateCramMd5("ghost", challenge, ChallengeDigests.cramMd5("tanstaaf", challenge), null))
                .isInstanceOf(AuthResult.Failed.class);
    }

    @Test
    void scramUsesStoredKeysAndDecoysForUnknownNames() {
        dir.createAccount("alice", Map.of("Password", "pencil"));
        ScramLogin.Ready ready = (ScramLogin.Ready) dir.authenticator().scramStart("alice", null);
        ScramCredential c = ready.credential();
        assertThat(c.iterations()).isEqualTo(4096);
        assertThat(ScramCredential.derive("pencil", c.salt(), 4096)).isEqualTo(c);
        assertThat(principalOf(dir.authenticator().scramFinished(ready, true, null))).isEqualTo("alice@example.com");
        assertThat(dir.authenticator().scramFinished(ready, false, null)).isInstanceOf(AuthResult.Failed.class);
        ScramLogin.Ready ghost = (ScramLogin.Ready) dir.authenticator().scramStart("ghost", null);
        ScramLogin.Ready ghostAgain = (ScramLogin.Ready) dir.authenticator().scramStart("GHOST", null);
        assertThat(ghost.accountId()).isZero();
        assertThat(ghost.credential().salt()).isEqualTo(ghostAgain.credential().salt());
        assertThat(dir.authenticator().scramFinished(ghost, true, null)).isInstanceOf(AuthResult.Failed.class);
    }

    @Test
    void plainWithAnAuthorizationIdentityNeedsTheRight() {
        dir.createAccount("alice", Map.of("Password", "pw"));
        dir.createAccount("helper", Map.of("Password", "hpw"));
        dir.createDomain("example.org", Map.of());
        dir.createAccount("bob@example.org", Map.of());
        SaslMechanisms mechanisms = new SaslMechanisms(dir.authenticator(), "mail.example.com", clock, false);
        assertThat(plain(mechanisms, "alice\0root\0" + PM_PASSWORD)).isEqualTo("alice@example.com");
        assertThat(plain(mechanisms, "bob@example.org\0postmaster\0" + PM_PASSWORD)).isEqualTo("bob@example.org");
        assertThat(plain(mechanisms, "alice@example.com\0alice\0pw")).isEqualTo("alice@example.com");
        assertThat(plain(mechanisms, "root\0alice\0pw")).isEqualTo(SaslFailure.NOT_AUTHORIZED.name());
        dir.setAccountRights("helper", EnumSet.of(AccessRight.CAN_IMPERSONATE));
        assertThat(dir.getAccountRights("helper")).containsExactly(AccessRight.CAN_IMPERSONATE);
        assertThat(plain(mechanisms, "alice\0helper\0hpw")).isEqualTo("alice@example.com");
        assertThat(plain(mechanisms, "bob@example.org\0helper\0hpw")).isEqualTo(SaslFailure.NOT_AUTHORIZED.name()); // other domain
        assertThat(plain(mechanisms, "\0helper\0wrong")).isEqualTo(SaslFailure.INVALID_CREDENTIALS.name());
        assertThat(mechanisms.create("PLAIN", false, null)).isEmpty();
    }

    private static String plain(SaslMechanisms mechanisms, String message) {
        SaslStep step = mechanisms.create("PLAIN", true, null).orElseThrow().step(message.getBytes(StandardCharsets.UTF_8));
        return switch (step) {
            case SaslStep.Success s -> s.principal().principal();
            case SaslStep.Failure f -> f.reason().name();
            case SaslStep.Challenge c -> "challenge";
        };
    }

    @Test
    void listenerFailuresDoNotUndoChanges() {
        dir.addListener(new DirectoryListener() {
            @Override
            public void accountCreated(AccountRef account) {
                throw new IllegalStateException("listener bug");
            }
        });
        dir.createAccount("alice", Map.of());
        assertThat(dir.listAccounts(MAIN)).contains("alice");
        assertThat(events).contains("accountCreated alice@example.com");
    }

    @Test
    void unknownRightCodesAreRejected() {
        assertThatThrownBy(() -> AccessRight.fromCode("Superuser")).isInstanceOf(DirectoryException.class);
        assertThat(AccessRight.decode(AccessRight.encode(EnumSet.of(AccessRight.MASTER, AccessRight.CAN_CREATE_GROUPS))))
                .containsExactly(AccessRight.MASTER, AccessRight.CAN_CREATE_GROUPS);
    }
}
