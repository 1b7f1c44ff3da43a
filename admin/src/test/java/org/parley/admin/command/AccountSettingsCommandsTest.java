package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.core.format.CgpNull;
import org.parley.directory.sasl.ChallengeDigests;

/** Account settings, passwords, aliases and rights. */
class AccountSettingsCommandsTest extends CliSessionTestBase {
    @BeforeEach
    void alice() throws Exception {
        pm.ok("CREATEACCOUNT alice {Password=\"p4ss\";RealName=\"Alice Liddell\";}");
    }

    @Test
    void settingsMergeAndDefaultRemovesAKey() throws Exception {
        pm.ok("UPDATEACCOUNTSETTINGS alice {MaxAccountSize=100M;Custom=(a, b);}");
        assertThat(pm.data("GETACCOUNTSETTINGS alice")).isEqualTo(
                Map.of("RealName", "Alice Liddell", "MaxAccountSize", "100M", "Custom", List.of("a", "b")));
        pm.ok("UPDATEACCOUNTSETTINGS alice {MaxAccountSize=default;RealName=\"Alice L.\";}");
        assertThat(pm.data("GETACCOUNTSETTINGS alice@example.test"))
                .isEqualTo(Map.of("RealName", "Alice L.", "Custom", List.of("a", "b")));
        assertThat(pm.data("GETACCOUNTEFFECTIVESETTINGS alice")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("RealName", "Alice L.")
                .containsEntry("MaxAccountSize", "unlimited")
                .doesNotContainKey("Password");
        assertThat(pm.data("GETACCOUNTONESETTING alice realname")).isEqualTo("Alice L.");
        assertThat(pm.data("GETACCOUNTONESETTING alice NoSuchKey")).isEqualTo(CgpNull.NULL);

        pm.ok("SETACCOUNTSETTINGS alice {RealName=Only;}");
        assertThat(pm.data("GETACCOUNTSETTINGS alice")).isEqualTo(Map.of("RealName", "Only"));

        pm.expect("UPDATEACCOUNTSETTINGS alice {AccessModes=Sometimes;}", CliCodes.BAD_PARAMETERS);
        pm.expect("UPDATEACCOUNTSETTINGS nobody {RealName=x;}", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETACCOUNTSETTINGS nobody@nope.test", CliCodes.UNKNOWN_DOMAIN);
    }

    @Test
    void passwordsSetByEveryFormAndVerified() throws Exception {
        pm.ok("VERIFYACCOUNTPASSWORD alice PASSWORD p4ss");
        pm.expect("VERIFYACCOUNTPASSWORD alice PASSWORD wrong", CliCodes.BAD_PASSWORD);
        pm.ok("SETACCOUNTPASSWORD alice PASSWORD \"new one\"");
        pm.ok("VERIFYACCOUNTPASSWORD alice PASSWORD \"new one\"");
        pm.ok("SetAccountPassword alice TO older");
        pm.ok("VERIFYACCOUNTPASSWORD alice PASSWORD older");
        pm.ok("SETACCOUNTPASSWORD alice PASSWORD third U-crpt CHECK");
        pm.ok("SETACCOUNTPASSWORD alice PASSWORD fourth CHECK");
        pm.ok("UPDATEACCOUNTSETTINGS alice {Password=fifth;}");
        pm.expect("VERIFYACCOUNTPASSWORD alice PASSWORD fourth", CliCodes.BAD_PASSWORD);
        try (CliConnection alice = server.login("alice", "fifth", true)) {
            alice.ok("NOOP");
        }
        pm.expect("SETACCOUNTPASSWORD alice x", CliCodes.BAD_PARAMETERS);
        pm.expect("SETACCOUNTPASSWORD alice PASSWORD", CliCodes.BAD_PARAMETERS);
        pm.expect("SETACCOUNTPASSWORD nobody PASSWORD x", CliCodes.UNKNOWN_OBJECT);
    }

    @Test
    void reversiblePasswordsFollowPasswordEncryption() throws Exception {
        pm.ok("UPDATEACCOUNTSETTINGS alice {PasswordEncryption=clear;}");
        pm.ok("SETACCOUNTPASSWORD alice PASSWORD rev");
        try (CliConnection c = server.connect()) {
            String token = c.greeting().substring(c.greeting().indexOf('<'));
            c.expect("APOP alice " + ChallengeDigests.apop(token, "rev"), 200);
        }
    }

    @Test
    void aliasesReplaceAllAndNameTheAccount() throws Exception {
        assertThat(pm.data("GETACCOUNTALIASES alice")).isEqualTo(List.of());
        pm.ok("SETACCOUNTALIASES alice (al, \"a.l\")");
        assertThat(pm.data("GETACCOUNTALIASES alice")).isEqualTo(List.of("a.l", "al"));
        assertThat(pm.data("GETACCOUNTSETTINGS al")).isEqualTo(Map.of("RealName", "Alice Liddell"));
        pm.expect("SETACCOUNTALIASES alice (root)", CliCodes.ALREADY_EXISTS);
        pm.expect("SETACCOUNTALIASES alice (\"bad alias\")", CliCodes.BAD_PARAMETERS);
        pm.expect("SETACCOUNTALIASES alice ({a=b;})", CliCodes.BAD_PARAMETERS);
        pm.ok("SETACCOUNTALIASES alice ()");
        pm.expect("GETACCOUNTSETTINGS al", CliCodes.UNKNOWN_OBJECT);
    }

    @Test
    void rights() throws Exception {
        assertThat(pm.data("GETACCOUNTRIGHTS alice")).isEqualTo(List.of());
        pm.ok("SETACCOUNTRIGHTS alice (Domain, cancreateaccounts)");
        assertThat(pm.data("GETACCOUNTRIGHTS alice")).isEqualTo(List.of("Domain", "CanCreateAccounts"));
        assertThat(pm.data("GETACCOUNTRIGHTS postmaster")).isEqualTo(List.of("Master"));
        pm.expect("SETACCOUNTRIGHTS alice (Wizard)", CliCodes.BAD_PARAMETERS);
        pm.expect("SETACCOUNTRIGHTS nobody (Domain)", CliCodes.UNKNOWN_OBJECT);
    }
}
