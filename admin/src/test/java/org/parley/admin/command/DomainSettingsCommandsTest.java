package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;

/** Domain settings, domain aliases, account defaults, server-wide dictionaries. */
class DomainSettingsCommandsTest extends CliSessionTestBase {
    @Test
    void domainSettingsMergeRemoveReplaceAndInherit() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        assertThat(pm.data("GETDOMAINSETTINGS example.org")).isEqualTo(Map.of());
        pm.ok("UPDATEDOMAINSETTINGS example.org {MailToUnknown=\"Rerouted to\";MailRerouteAddress=\"pm@example.org\";}");
        pm.ok("UPDATEDOMAINSETTINGS example.org {MailRerouteAddress=default;RealName=\"Org\";}");
        assertThat(pm.data("GETDOMAINSETTINGS example.org"))
                .isEqualTo(Map.of("MailToUnknown", "Rerouted to", "RealName", "Org"));
        // without a name: the administrator's own domain
        pm.ok("UPDATEDOMAINSETTINGS {ClientIPs=\"10.0.0.0/8\\e192.168.0.0/16\";}");
        assertThat(pm.data("GETDOMAINSETTINGS")).isEqualTo(Map.of("ClientIPs", "10.0.0.0/8\n192.168.0.0/16"));

        pm.ok("UPDATEDOMAINDEFAULTS {MaxAccounts=#500;}");
        assertThat(pm.data("GETDOMAINDEFAULTS")).isEqualTo(Map.of("MaxAccounts", "500"));
        assertThat(pm.data("GETDOMAINEFFECTIVESETTINGS example.org")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("MailToUnknown", "Rerouted to")
                .containsEntry("MaxAccounts", "500");

        pm.ok("SETDOMAINSETTINGS example.org {RealName=\"Only\";}");
        assertThat(pm.data("GETDOMAINSETTINGS example.org")).isEqualTo(Map.of("RealName", "Only"));

        pm.expect("UPDATEDOMAINSETTINGS example.org {MailToUnknown=Maybe;}", CliCodes.BAD_PARAMETERS);
        pm.expect("UPDATEDOMAINSETTINGS example.org", CliCodes.BAD_PARAMETERS);
        pm.expect("GETDOMAINSETTINGS nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("UPDATEDOMAINSETTINGS nope.test {RealName=x;}", CliCodes.UNKNOWN_DOMAIN);
    }

    @Test
    void domainAliasesNameTheDomain() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        assertThat(pm.data("GETDOMAINALIASES example.org")).isEqualTo(List.of());
        pm.ok("SETDOMAINALIASES example.org (alias.test, other.test)");
        assertThat(pm.data("GETDOMAINALIASES example.org")).isEqualTo(List.of("alias.test", "other.test"));
        pm.ok("CREATEACCOUNT carol@alias.test");
        assertThat(pm.data("LISTACCOUNTS example.org")).isEqualTo(Map.of("carol", "macnt"));
        assertThat(pm.data("GETDOMAINALIASES alias.test")).isEqualTo(List.of("alias.test", "other.test"));
        pm.expect("SETDOMAINALIASES alias.test (x.test)", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("SETDOMAINALIASES example.test (alias.test)", CliCodes.ALREADY_EXISTS);
        pm.expect("SETDOMAINALIASES example.org alias.test", CliCodes.BAD_PARAMETERS);
        pm.ok("SETDOMAINALIASES example.org ()");
        assertThat(pm.data("GETDOMAINALIASES example.org")).isEqualTo(List.of());
    }

    @Test
    void accountDefaultsLayerUnderTheAccount() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        pm.ok("CREATEACCOUNT dave@example.org {MaxAccountSize=5M;}");
        pm.ok("UPDATESERVERACCOUNTDEFAULTS {MaxAccountSize=1G;MaxMailboxes=#100;}");
        pm.ok("UPDATEACCOUNTDEFAULTS example.org {MaxMailboxes=#20;RulesAllowed=\"Filter Only\";}");
        assertThat(pm.data("GETSERVERACCOUNTDEFAULTS")).isEqualTo(Map.of("MaxAccountSize", "1G", "MaxMailboxes", "100"));
        assertThat(pm.data("GETACCOUNTDEFAULTS example.org")).isEqualTo(Map.of("MaxMailboxes", "20", "RulesAllowed", "Filter Only"));
        assertThat(pm.data("GETACCOUNTDEFAULTS")).isEqualTo(Map.of());
        assertThat(pm.data("GETACCOUNTEFFECTIVESETTINGS dave@example.org")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("MaxAccountSize", "5M")
                .containsEntry("MaxMailboxes", "20")
                .containsEntry("RulesAllowed", "Filter Only")
                .containsEntry("AccessModes", "All");
        pm.expect("UPDATEACCOUNTDEFAULTS example.org {Password=x;}", CliCodes.BAD_PARAMETERS);
    }

    @Test
    void serverSettings() throws Exception {
        assertThat(pm.data("GETSERVERSETTINGS")).isEqualTo(Map.of());
        pm.ok("UPDATESERVERSETTINGS {LogLevel=#3;Banner=\"Hello\";}");
        pm.ok("UPDATESERVERSETTINGS {Banner=default;}");
        assertThat(pm.data("GETSERVERSETTINGS")).isEqualTo(Map.of("LogLevel", 3L));
        pm.expect("UPDATESERVERSETTINGS", CliCodes.BAD_PARAMETERS);
        pm.expect("GETSERVERSETTINGS example.test", CliCodes.BAD_PARAMETERS);
    }
}
