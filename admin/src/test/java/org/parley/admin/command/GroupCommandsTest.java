package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;

/** LISTGROUPS, CREATEGROUP, RENAMEGROUP, DELETEGROUP, GETGROUP, SETGROUP. */
class GroupCommandsTest extends CliSessionTestBase {
    @Test
    void lifeCycle() throws Exception {
        pm.ok("CREATEGROUP team {RealName=\"The Team\";Members=(alice, \"bob@example.org\");}");
        pm.ok("CREATEGROUP empty");
        assertThat(pm.data("LISTGROUPS")).isEqualTo(List.of("empty", "team"));
        assertThat(pm.data("GETGROUP team")).isEqualTo(
                Map.of("RealName", "The Team", "Members", List.of("alice", "bob@example.org")));
        pm.ok("SETGROUP team {Members=(carol);EmailDisabled=YES;}");
        assertThat(pm.data("GETGROUP team@example.test")).isEqualTo(Map.of("Members", List.of("carol"), "EmailDisabled", "YES"));
        pm.ok("RENAMEGROUP team INTO crew");
        assertThat(pm.data("LISTGROUPS example.test")).isEqualTo(List.of("crew", "empty"));
        pm.ok("DELETEGROUP crew");
        pm.ok("DELETEGROUP empty");
        assertThat(pm.data("LISTGROUPS")).isEqualTo(List.of());
    }

    @Test
    void refusals() throws Exception {
        pm.ok("CREATEGROUP team");
        pm.expect("CREATEGROUP TEAM", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEGROUP postmaster", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEGROUP g {Members=alice;}", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEGROUP g {EmailDisabled=Perhaps;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETGROUP team", CliCodes.BAD_PARAMETERS);
        pm.expect("SETGROUP nobody {}", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETGROUP postmaster", CliCodes.UNKNOWN_OBJECT);
        pm.expect("RENAMEGROUP team INTO root", CliCodes.ALREADY_EXISTS);
        pm.expect("LISTGROUPS nope.test", CliCodes.UNKNOWN_DOMAIN);
        assertThat(pm.data("LISTGROUPS")).isEqualTo(List.of("team"));
    }
}
