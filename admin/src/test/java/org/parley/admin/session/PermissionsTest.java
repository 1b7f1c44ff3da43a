package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;
import org.parley.directory.AccessRight;
import org.parley.directory.Directory;

/** Who may do what: Master everywhere, domain administrators in their domain within their rights, users nothing. */
class PermissionsTest {
    private static final int DENIED = CliCodes.NOT_ALLOWED;

    @TempDir java.nio.file.Path dir;
    CliServer server;

    @BeforeEach
    void start() throws Exception {
        server = CliServer.start(dir);
        Directory d = server.directory();
        d.createDomain("example.org", Map.of());
        d.createAccount("user@example.test", Map.of("Password", "u"));
        d.createAccount("bob@example.org", Map.of("Password", "b", "RealName", "Bob"));
        d.createAccount("dadmin@example.org", Map.of("Password", "d"));
        d.setAccountRights("dadmin@example.org", EnumSet.of(AccessRight.DOMAIN_ADMIN));
        d.createAccount("creator@example.org", Map.of("Password", "c"));
        d.setAccountRights("creator@example.org", EnumSet.of(AccessRight.DOMAIN_ADMIN, AccessRight.CAN_CREATE_ACCOUNTS,
                AccessRight.CAN_CREATE_FORWARDERS, AccessRight.CAN_CREATE_GROUPS, AccessRight.CAN_CREATE_ALIASES,
                AccessRight.BASIC_SETTINGS));
        d.createAccount("mainadmin@example.test", Map.of("Password", "m"));
        d.setAccountRights("mainadmin@example.test", EnumSet.complementOf(EnumSet.of(AccessRight.MASTER)));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aNormalUserMayLogInButUseOnlySessionCommands() throws Exception {
        try (CliConnection c = server.login("user", "u", true)) {
            c.ok("NOOP");
            assertThat(c.data("GETVERSION")).isEqualTo(CliServer.VERSION);
            assertThat(c.data("ECHO hi")).isEqualTo("hi");
            c.expect("LISTACCOUNTS", DENIED);
            c.expect("GETACCOUNTSETTINGS *", DENIED);
            c.expect("SETACCOUNTPASSWORD * PASSWORD x", DENIED);
            c.expect("CREATEACCOUNT x", DENIED);
            // refused before any lookup: an unknown domain does not answer differently
            c.expect("GETACCOUNTSETTINGS x@unknown.test", DENIED);
            c.expect("MAINDOMAINNAME", DENIED);
        }
    }

    @Test
    void aDomainAdministratorReadsAndChangesItsOwnDomainOnly() throws Exception {
        try (CliConnection c = server.login("dadmin@example.org", "d", true)) {
            assertThat(c.data("LISTACCOUNTS")).isEqualTo(Map.of("bob", "macnt", "creator", "macnt", "dadmin", "macnt"));
            assertThat(c.data("GETACCOUNTSETTINGS bob")).isEqualTo(Map.of("RealName", "Bob"));
            c.ok("UPDATEACCOUNTSETTINGS bob {RealName=\"Bobby\";}");
            c.ok("SETACCOUNTPASSWORD bob PASSWORD b2");
            c.ok("VERIFYACCOUNTPASSWORD bob@example.org PASSWORD b2");
            assertThat(c.data("GETDOMAINSETTINGS")).isEqualTo(Map.of());
            assertThat(c.data("MAINDOMAINNAME")).isEqualTo("example.test");

            c.expect("LISTACCOUNTS example.test", DENIED);
            c.expect("GETACCOUNTSETTINGS postmaster@example.test", DENIED);
            c.expect("GETACCOUNTSETTINGS nobody@example.test", DENIED); // no probing other domains
            c.expect("GETACCOUNTSETTINGS nobody", CliCodes.UNKNOWN_OBJECT);
            c.expect("CREATEACCOUNT new", DENIED);
            c.expect("DELETEACCOUNT bob", DENIED);
            c.expect("CREATEFORWARDER fw TO x@example.net", DENIED);
            c.expect("CREATEGROUP g", DENIED);
            c.expect("SETACCOUNTALIASES bob (robert)", DENIED);
            c.expect("UPDATEDOMAINSETTINGS {MailToUnknown=Discarded;}", DENIED);
            c.expect("SETACCOUNTRIGHTS bob (Domain)", DENIED);
            c.expect("LISTDOMAINS", DENIED);
            c.expect("CREATEDOMAIN mine.test", DENIED);
            c.expect("GETSERVERSETTINGS", DENIED);
        }
    }

    @Test
    void domainAdministratorRightsRefineWhatItMayCreate() throws Exception {
        try (CliConnection c = server.login("creator@example.org", "c", true)) {
            c.ok("CREATEACCOUNT new {Password=\"n\";}");
            c.ok("RENAMEACCOUNT new INTO newer");
            c.expect("RENAMEACCOUNT newer INTO newer@example.test", DENIED);
            c.expect("CREATEACCOUNT x@example.test", DENIED);
            c.ok("SETACCOUNTALIASES newer (nw)");
            c.ok("DELETEACCOUNT newer");
            c.ok("CREATEFORWARDER fw TO x@example.net");
            c.ok("CREATEGROUP team {Members=(bob);}");
            c.ok("UPDATEDOMAINSETTINGS {MailToUnknown=Discarded;}");
            c.ok("UPDATEACCOUNTDEFAULTS {MaxAccountSize=10M;}");
            c.expect("UPDATEDOMAINSETTINGS example.test {MailToUnknown=Discarded;}", DENIED);
            c.expect("SETDOMAINALIASES example.org (alias.org)", DENIED);
            c.expect("SETDOMAINSETTINGS example.org {}", DENIED);
            c.expect("SETACCOUNTSETTINGS bob {}", DENIED);
        }
        assertThat(server.directory().getForwarder("fw@example.org")).isEqualTo("x@example.net");
        assertThat(server.directory().getAccountDefaults("example.org")).containsEntry("MaxAccountSize", "10M");
    }

    @Test
    void onlyAMasterChangesAMasterAccount() throws Exception {
        try (CliConnection c = server.login("mainadmin", "m", true)) {
            assertThat(c.data("GETACCOUNTSETTINGS postmaster")).isEqualTo(Map.of("RealName", "Postmaster"));
            c.expect("SETACCOUNTPASSWORD postmaster PASSWORD mine", DENIED);
            c.expect("UPDATEACCOUNTSETTINGS postmaster {Password=mine;}", DENIED);
            c.expect("SETACCOUNTALIASES postmaster (pm)", DENIED);
            c.expect("DELETEACCOUNT postmaster", DENIED);
            c.ok("SETACCOUNTPASSWORD user PASSWORD u2");
        }
        assertThat(server.directory().verifyAccountPassword("postmaster", CliServer.PM_PASSWORD)).isTrue();
    }

    @Test
    void rightsGrantedOrRevokedApplyToOpenSessionsAtTheNextCommand() throws Exception {
        try (CliConnection user = server.login("user", "u", true); CliConnection pm = server.postmaster()) {
            user.expect("LISTACCOUNTS", DENIED);
            pm.ok("SETACCOUNTRIGHTS user (Domain)");
            assertThat(pm.data("GETACCOUNTRIGHTS user")).isEqualTo(List.of("Domain"));
            assertThat(user.data("LISTACCOUNTS")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("postmaster");
            pm.ok("SETACCOUNTRIGHTS user ()");
            user.expect("LISTACCOUNTS", DENIED);
        }
    }

    @Test
    void starIsTheLoggedInAccountAndAMasterCannotDropItsOwnMasterRight() throws Exception {
        try (CliConnection c = server.login("dadmin@example.org", "d", true)) {
            c.ok("UPDATEACCOUNTSETTINGS * {RealName=\"Dee\";}");
            assertThat(c.data("GETACCOUNTSETTINGS *")).isEqualTo(Map.of("RealName", "Dee"));
        }
        try (CliConnection pm = server.postmaster()) {
            pm.expect("SETACCOUNTRIGHTS * (Domain)", DENIED);
            assertThat(pm.data("GETACCOUNTRIGHTS *")).isEqualTo(List.of("Master"));
            pm.expect("SETACCOUNTRIGHTS bob@example.org (NoSuchRight)", CliCodes.BAD_PARAMETERS);
        }
    }
}
