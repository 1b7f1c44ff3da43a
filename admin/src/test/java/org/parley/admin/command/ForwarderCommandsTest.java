package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.directory.AddressTarget;

/** LISTFORWARDERS, CREATEFORWARDER, RENAMEFORWARDER, DELETEFORWARDER, GETFORWARDER, FINDFORWARDERS. */
class ForwarderCommandsTest extends CliSessionTestBase {
    @Test
    void lifeCycle() throws Exception {
        pm.ok("CREATEDOMAIN example.org");
        pm.ok("CREATEFORWARDER sales TO \"boss@example.net\"");
        pm.ok("CreateForwarder info@example.org to boss@example.net");
        assertThat(pm.data("LISTFORWARDERS")).isEqualTo(List.of("sales"));
        assertThat(pm.data("LISTFORWARDERS example.org")).isEqualTo(List.of("info"));
        assertThat(pm.data("GETFORWARDER sales")).isEqualTo("boss@example.net");
        assertThat(pm.data("FINDFORWARDERS example.org TO BOSS@example.net")).isEqualTo(List.of("info"));
        assertThat(server.directory().lookup("sales", "example.test")).isInstanceOf(AddressTarget.Forwarder.class);

        pm.ok("RENAMEFORWARDER sales INTO deals");
        assertThat(pm.data("GETFORWARDER deals@example.test")).isEqualTo("boss@example.net");
        pm.expect("GETFORWARDER sales", CliCodes.UNKNOWN_OBJECT);
        pm.expect("RENAMEFORWARDER deals INTO deals@example.org", CliCodes.NOT_ALLOWED);

        pm.ok("DELETEFORWARDER deals");
        assertThat(pm.data("LISTFORWARDERS")).isEqualTo(List.of());
    }

    @Test
    void refusals() throws Exception {
        pm.ok("CREATEACCOUNT alice");
        pm.expect("CREATEFORWARDER alice TO x@example.net", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEFORWARDER fw", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEFORWARDER fw TO \"\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEFORWARDER \"f w\" TO x@example.net", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEFORWARDER fw@nope.test TO x@example.net", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("GETFORWARDER alice", CliCodes.UNKNOWN_OBJECT);
        pm.expect("DELETEFORWARDER alice", CliCodes.UNKNOWN_OBJECT);
        pm.expect("FINDFORWARDERS example.test", CliCodes.BAD_PARAMETERS);
        assertThat(pm.data("LISTACCOUNTS")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("alice");
    }
}
