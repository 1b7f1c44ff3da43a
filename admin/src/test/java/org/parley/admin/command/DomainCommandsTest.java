package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;

/** LISTDOMAINS, MAINDOMAINNAME, CREATEDOMAIN, RENAMEDOMAIN, DELETEDOMAIN. */
class DomainCommandsTest extends CliSessionTestBase {
    @Test
    void createListRenameDelete() throws Exception {
        assertThat(pm.data("LISTDOMAINS")).isEqualTo(List.of("example.test"));
        assertThat(pm.data("MAINDOMAINNAME")).isEqualTo("example.test");
        pm.ok("CREATEDOMAIN example.org");
        pm.ok("createDomain \"shared.test\" SHARED PATH \"/var/cgp/shared\" {MailToUnknown=Discarded;}");
        assertThat(pm.data("LISTDOMAINS")).isEqualTo(List.of("example.org", "example.test", "shared.test"));
        assertThat(server.directory().getDomainSettings("shared.test")).isEqualTo(Map.of("MailToUnknown", "Discarded"));

        pm.ok("RENAMEDOMAIN example.org INTO example.net");
        pm.ok("RenameDomain example.net into example.com PATH x");
        assertThat(pm.data("LISTDOMAINS")).isEqualTo(List.of("example.com", "example.test", "shared.test"));

        pm.ok("CREATEACCOUNT bob@example.com");
        pm.expect("DELETEDOMAIN example.com", CliCodes.NOT_EMPTY);
        pm.ok("DELETEDOMAIN example.com FORCE");
        pm.ok("DELETEDOMAIN shared.test");
        assertThat(pm.data("LISTDOMAINS")).isEqualTo(List.of("example.test"));
    }

    @Test
    void refusals() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        pm.expect("CREATEDOMAIN EXAMPLE.org", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEDOMAIN bad..name", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEDOMAIN \"sp ace.test\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEDOMAIN x.test {MailToUnknown=Sometimes;}", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEDOMAIN", CliCodes.BAD_PARAMETERS);
        pm.expect("RENAMEDOMAIN nope.test INTO x.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("RENAMEDOMAIN example.org example.net", CliCodes.BAD_PARAMETERS);
        pm.expect("RENAMEDOMAIN example.org INTO example.test", CliCodes.ALREADY_EXISTS);
        pm.expect("DELETEDOMAIN nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("DELETEDOMAIN example.test FORCE", CliCodes.NOT_ALLOWED);
        pm.expect("DELETEDOMAIN example.org NOW", CliCodes.BAD_PARAMETERS);
        pm.expect("LISTDOMAINS all", CliCodes.BAD_PARAMETERS);
        assertThat(pm.data("LISTDOMAINS")).isEqualTo(List.of("example.org", "example.test"));
    }
}
