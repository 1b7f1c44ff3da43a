package org.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.parley.server.testing.ParleyProcess;

/**
 * What the black-box tests create over the CLI and expect to find again after a restart or a
 * {@code kill -9}: domains with settings and aliases, defaults, accounts with passwords, settings,
 * aliases and rights, forwarders, groups, renames and deletes; mailboxes with a class, an ACL, a
 * folder alias and a subscription list.
 */
final class DirectoryScenario {
    static final int BATCH = 25;

    private DirectoryScenario() {}

    static RawCli postmaster(ParleyProcess server) throws Exception {
        return RawCli.login(server.port("cli"), "postmaster", ParleyProcess.POSTMASTER_PASSWORD);
    }

    static void populate(RawCli c) throws Exception {
        c.ok("CREATEDOMAIN example.org {MailToUnknown=Discarded;}");
        c.ok("SETDOMAINALIASES example.org (alias.example.org)");
        c.ok("UPDATEACCOUNTDEFAULTS example.org {MaxAccountSize=50M;}");
        c.ok("UPDATESERVERACCOUNTDEFAULTS {RulesAllowed=\"Filter Only\";}");
        c.ok("UPDATESERVERSETTINGS {Banner=\"Hello there\";}");
        c.ok("CreateAccount alice@example.org {Password=\"p4ss\";RealName=\"Alice Liddell\";}");
        c.ok("SETACCOUNTALIASES alice@example.org (al, ali)");
        c.ok("UPDATEACCOUNTSETTINGS alice@example.org {MaxAccountSize=100M;}");
        c.ok("CREATEACCOUNT bob {Password=\"b0b\";}");
        c.ok("SETACCOUNTPASSWORD bob PASSWORD \"b0b-2\"");
        c.ok("SETACCOUNTRIGHTS bob (Domain, CanCreateAccounts)");
        c.ok("CREATEFORWARDER sales@example.org TO \"boss@example.net\"");
        c.ok("CREATEGROUP team@example.org {RealName=Team;Members=(alice, \"bob@example.test\");}");
        c.ok("CREATEDOMAIN gone.test");
        c.ok("DELETEDOMAIN gone.test");
        c.ok("CREATEACCOUNT temp");
        c.ok("RENAMEACCOUNT temp INTO kept");
        c.ok("CREATEMAILBOX alice@example.org MAILBOX \"Projects/2026\" CLASS IPF.Appointment");
        c.ok("SETMAILBOXACL alice@example.org MAILBOX Projects {bob@example.test=lrs;}");
        c.ok("SETMAILBOXALIASES bob {Plans = \"~alice@example.org/Projects\";}");
        c.ok("SETMAILBOXSUBSCRIPTION bob (INBOX, Plans)");
    }

    static void verify(ParleyProcess server) throws Exception {
        try (RawCli c = postmaster(server)) {
            assertThat(c.data("LISTDOMAINS")).isEqualTo(List.of("example.org", ParleyProcess.DOMAIN));
            assertThat(c.data("GETDOMAINSETTINGS example.org")).isEqualTo(Map.of("MailToUnknown", "Discarded"));
            assertThat(c.data("GETDOMAINALIASES example.org")).isEqualTo(List.of("alias.example.org"));
            assertThat(c.data("GETACCOUNTDEFAULTS example.org")).isEqualTo(Map.of("MaxAccountSize", "50M"));
            assertThat(c.data("GETSERVERACCOUNTDEFAULTS")).isEqualTo(Map.of("RulesAllowed", "Filter Only"));
            assertThat(c.data("GETSERVERSETTINGS")).isEqualTo(Map.of("Banner", "Hello there"));
            // exact lists after the batch: verifyBatch
            assertThat(c.data("LISTACCOUNTS example.org")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("alice", "macnt");
            assertThat(c.data("GETACCOUNTSETTINGS alice@alias.example.org"))
                    .isEqualTo(Map.of("RealName", "Alice Liddell", "MaxAccountSize", "100M"));
            assertThat(c.data("GETACCOUNTALIASES alice@example.org")).isEqualTo(List.of("al", "ali"));
            c.ok("VERIFYACCOUNTPASSWORD al@example.org PASSWORD p4ss");
            c.ok("VERIFYACCOUNTPASSWORD bob PASSWORD \"b0b-2\"");
            assertThat(c.data("GETACCOUNTRIGHTS bob")).isEqualTo(List.of("Domain", "CanCreateAccounts"));
            assertThat(c.data("GETFORWARDER sales@example.org")).isEqualTo("boss@example.net");
            assertThat(c.data("GETGROUP team@example.org"))
                    .isEqualTo(Map.of("RealName", "Team", "Members", List.of("alice", "bob@example.test")));
            assertThat(c.data("LISTACCOUNTS")).isEqualTo(Map.of("bob", "macnt", "kept", "macnt", "postmaster", "macnt"));
            assertThat(c.data("LISTMAILBOXES alice@example.org FILTER Projects/%"))
                    .asInstanceOf(InstanceOfAssertFactories.MAP).extractingByKey("Projects/2026")
                    .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Class", "IPF.Appointment");
            assertThat(c.data("GETMAILBOXACL alice@example.org MAILBOX Projects")).isEqualTo(Map.of("bob@example.test", "lrs"));
            assertThat(c.data("GETMAILBOXALIASES bob")).isEqualTo(Map.of("Plans", "~alice@example.org/Projects"));
            assertThat(c.data("LISTMAILBOXES bob FILTER Plans*")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsOnlyKeys("Plans"); // Projects/2026 predates the grant: ACLs are copied at creation only
            assertThat(c.data("GETMAILBOXSUBSCRIPTION bob")).isEqualTo(List.of("INBOX", "Plans"));
        }
        try (RawCli alice = RawCli.login(server.port("cli"), "alice@example.org", "p4ss")) {
            assertThat(alice.send("NOOP")).isEqualTo("200 OK");
        }
    }

    /** {@value #BATCH} accounts, each created, updated and aliased: three acknowledged changes apiece. */
    static void batch(RawCli c) throws Exception {
        for (int i = 0; i < BATCH; i++) {
            c.ok("CREATEACCOUNT k" + i + "@example.org {Password=\"pw" + i + "\";}");
            c.ok("UPDATEACCOUNTSETTINGS k" + i + "@example.org {RealName=\"K " + i + "\";}");
            c.ok("SETACCOUNTALIASES k" + i + "@example.org (kk" + i + ")");
        }
    }

    static void verifyBatch(ParleyProcess server) throws Exception {
        try (RawCli c = postmaster(server)) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("alice", "macnt");
            for (int i = 0; i < BATCH; i++) {
                expected.put("k" + i, "macnt");
            }
            assertThat(c.data("LISTACCOUNTS example.org")).isEqualTo(expected);
            for (int i = 0; i < BATCH; i++) {
                assertThat(c.data("GETACCOUNTSETTINGS kk" + i + "@example.org")).isEqualTo(Map.of("RealName", "K " + i));
                c.ok("VERIFYACCOUNTPASSWORD k" + i + "@example.org PASSWORD pw" + i);
            }
        }
    }
}
