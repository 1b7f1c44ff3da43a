package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliSessionTestBase;

/** LISTACCOUNTS, CREATEACCOUNT, RENAMEACCOUNT, DELETEACCOUNT. */
class AccountCommandsTest extends CliSessionTestBase {
    @Test
    void createAsInTheVendorTranscriptThenLogIn() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        pm.ok("CREATEACCOUNT alice@example.org {Password=\"p4ss\";RealName=\"Alice Liddell\";MaxAccountSize=100M;}");
        assertThat(pm.data("LISTACCOUNTS example.org")).isEqualTo(Map.of("alice", "macnt"));
        assertThat(pm.data("GETACCOUNTSETTINGS alice@example.org"))
                .isEqualTo(Map.of("RealName", "Alice Liddell", "MaxAccountSize", "100M"));
        try (CliConnection alice = server.login("alice@example.org", "p4ss", true)) {
            alice.ok("NOOP");
        }
    }

    @Test
    void storageKeywordsAreAcceptedAndABareNameIsInTheAdministratorsDomain() throws Exception {
        pm.ok("CreateAccount \"user1@example.test\" TextMailbox");
        pm.ok("CREATEACCOUNT user2 MultiMailbox PATH \"storage/x\" LEGACY external {RealName=Two;}");
        pm.ok("CREATEACCOUNT user3 agrade");
        assertThat(pm.data("LISTACCOUNTS")).isEqualTo(
                Map.of("postmaster", "macnt", "user1", "macnt", "user2", "macnt", "user3", "macnt"));
        assertThat(pm.data("GETACCOUNTSETTINGS user2@example.test")).isEqualTo(Map.of("RealName", "Two"));
    }

    @Test
    void createRefusals() throws Exception {
        pm.ok("CREATEACCOUNT alice");
        pm.expect("CREATEACCOUNT ALICE", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEACCOUNT root", CliCodes.ALREADY_EXISTS); // postmaster's alias: one namespace
        pm.expect("CREATEACCOUNT \"bad name\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEACCOUNT .dot", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEACCOUNT bob FloppyMailbox", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEACCOUNT bob {Password=default;}", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEACCOUNT bob {MaxAccountSize=lots;}", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEACCOUNT bob@nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("CREATEACCOUNT bob {RealName=x;} {RealName=y;}", CliCodes.BAD_PARAMETERS);
        pm.expect("LISTACCOUNTS nope.test", CliCodes.UNKNOWN_DOMAIN);
        assertThat(pm.data("LISTACCOUNTS")).isEqualTo(Map.of("alice", "macnt", "postmaster", "macnt"));
    }

    @Test
    void renameKeepsPasswordSettingsAndAliasesAndMayMoveDomains() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        pm.ok("CREATEACCOUNT alice {Password=\"p4ss\";RealName=Alice;}");
        pm.ok("SETACCOUNTALIASES alice (al)");
        pm.ok("RENAMEACCOUNT alice into alicia");
        assertThat(pm.data("LISTACCOUNTS")).isEqualTo(Map.of("alicia", "macnt", "postmaster", "macnt"));
        pm.ok("VERIFYACCOUNTPASSWORD alicia PASSWORD p4ss");
        pm.ok("RENAMEACCOUNT alicia@example.test INTO alicia@example.org");
        assertThat(pm.data("LISTACCOUNTS example.org")).isEqualTo(Map.of("alicia", "macnt"));
        assertThat(pm.data("GETACCOUNTSETTINGS alicia@example.org")).isEqualTo(Map.of("RealName", "Alice"));
        assertThat(pm.data("GETACCOUNTALIASES alicia@example.org")).asList().containsExactly("al");

        pm.expect("RENAMEACCOUNT nobody INTO x", CliCodes.UNKNOWN_OBJECT);
        pm.expect("RENAMEACCOUNT alicia@example.org INTO postmaster@example.test", CliCodes.ALREADY_EXISTS);
        pm.expect("RENAMEACCOUNT alicia@example.org INTO x@nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("RENAMEACCOUNT alicia@example.org alice", CliCodes.BAD_PARAMETERS);
        pm.expect("RENAMEACCOUNT postmaster INTO boss", CliCodes.NOT_ALLOWED);
    }

    @Test
    void deleteByOwnNameOnly() throws Exception {
        pm.ok("CREATEACCOUNT alice {Password=\"p4ss\";}");
        pm.ok("SETACCOUNTALIASES alice (al)");
        pm.expect("DELETEACCOUNT al", CliCodes.UNKNOWN_OBJECT);
        pm.ok("DELETEACCOUNT alice");
        pm.expect("DELETEACCOUNT alice", CliCodes.UNKNOWN_OBJECT);
        pm.expect("DELETEACCOUNT postmaster", CliCodes.NOT_ALLOWED);
        pm.expect("DELETEACCOUNT root", CliCodes.UNKNOWN_OBJECT);
        assertThat(pm.data("LISTACCOUNTS")).isEqualTo(Map.of("postmaster", "macnt"));
        pm.ok("CREATEACCOUNT al"); // the alias went with the account
    }
}
