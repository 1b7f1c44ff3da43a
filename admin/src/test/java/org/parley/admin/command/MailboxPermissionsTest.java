package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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

/** Who may use the mailbox commands and GETACCOUNTINFO, and whom they may name in AUTH. */
class MailboxPermissionsTest {
    private static final int DENIED = CliCodes.NOT_ALLOWED;

    @TempDir java.nio.file.Path dir;
    CliServer server;

    @BeforeEach
    void start() throws Exception {
        server = CliServer.start(dir);
        Directory d = server.directory();
        d.createDomain("example.org", Map.of());
        d.createAccount("user@example.test", Map.of("Password", "u"));
        d.createAccount("bob@example.org", Map.of("Password", "b"));
        d.createAccount("carol@example.org", Map.of("Password", "c"));
        d.createAccount("boss@example.org", Map.of("Password", "x"));
        d.setAccountRights("boss@example.org", EnumSet.of(AccessRight.MASTER));
        d.createAccount("dadmin@example.org", Map.of("Password", "d"));
        d.setAccountRights("dadmin@example.org", EnumSet.of(AccessRight.DOMAIN_ADMIN));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aDomainAdministratorManagesTheMailboxesOfItsDomainOnly() throws Exception {
        try (CliConnection c = server.login("dadmin@example.org", "d", true)) {
            c.ok("CREATEMAILBOX bob MAILBOX Projects");
            c.ok("SETMAILBOXACL bob MAILBOX Projects {carol=lr;}");
            assertThat(c.data("GETMAILBOXRIGHTS bob MAILBOX Projects AUTH carol")).isEqualTo("lr");
            assertThat(c.data("LISTMAILBOXES bob AUTH carol")).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("Projects");
            c.ok("SETMAILBOXSUBSCRIPTION bob (INBOX, Projects)");
            c.ok("SETMAILBOXALIASES carol {P = \"~bob/Projects\";}");
            assertThat(c.data("GETACCOUNTINFO bob Key Messages")).isEqualTo(0L);
            c.ok("RENAMEMAILBOX bob MAILBOX Projects INTO Done");
            c.ok("DELETEMAILBOX bob MAILBOX Done");

            // other domains: refused before any lookup, so unknown names answer the same
            c.expect("LISTMAILBOXES user@example.test", DENIED);
            c.expect("LISTMAILBOXES nobody@example.test", DENIED);
            c.expect("GETACCOUNTINFO postmaster@example.test", DENIED);
            c.expect("CREATEMAILBOX user@example.test MAILBOX X", DENIED);
            c.expect("GETMAILBOXSUBSCRIPTION user@example.test", DENIED);
            c.expect("GETMAILBOXALIASES user@example.test", DENIED);
            // nor may AUTH name an account elsewhere
            c.expect("GETMAILBOXRIGHTS bob MAILBOX INBOX AUTH user@example.test", DENIED);
            c.expect("LISTMAILBOXES bob AUTH nobody@example.test", DENIED);
            c.expect("LISTMAILBOXES bob AUTH nobody", CliCodes.UNKNOWN_OBJECT);

            // a Master account of the domain may be read, not changed
            assertThat(c.data("LISTMAILBOXES boss")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("INBOX");
            c.expect("CREATEMAILBOX boss MAILBOX X", DENIED);
            c.expect("SETMAILBOXACL boss MAILBOX INBOX {dadmin=lr;}", DENIED);
            c.expect("DELETEMAILBOX boss MAILBOX Junk", DENIED);
            c.expect("SETMAILBOXSUBSCRIPTION boss ()", DENIED);
            c.expect("SETMAILBOXALIASES boss {}", DENIED);
        }
        try (CliConnection pm = server.postmaster()) {
            assertThat(pm.data("LISTMAILBOXES boss@example.org")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("Junk");
            assertThat(pm.data("GETMAILBOXSUBSCRIPTION boss@example.org")).asList().contains("Junk");
            pm.ok("CREATEMAILBOX boss@example.org MAILBOX X"); // a Master may
        }
    }

    @Test
    void aUserMayNotUseThemEvenOnItsOwnAccount() throws Exception {
        try (CliConnection c = server.login("bob@example.org", "b", true)) {
            c.expect("LISTMAILBOXES *", DENIED);
            c.expect("LISTMAILBOXES bob", DENIED);
            c.expect("CREATEMAILBOX * MAILBOX X", DENIED);
            c.expect("GETMAILBOXRIGHTS bob MAILBOX INBOX AUTH bob", DENIED);
            c.expect("GETACCOUNTINFO *", DENIED);
            c.expect("SETMAILBOXSUBSCRIPTION * ()", DENIED);
        }
    }
}
