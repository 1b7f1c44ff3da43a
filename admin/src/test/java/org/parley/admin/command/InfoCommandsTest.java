package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;

/** GETVERSION, LISTCLICOMMANDS, ECHO, GETCURRENTTIME, NOOP. */
class InfoCommandsTest extends CliSessionTestBase {
    @Test
    void versionAndTime() throws Exception {
        assertThat(pm.data("GETVERSION")).isEqualTo("9.9-test");
        assertThat(pm.data("GETCURRENTTIME")).isEqualTo(new CgpDate(LocalDate.of(2026, 3, 1), LocalTime.of(10, 15, 30)));
        pm.ok("noop");
        pm.expect("GETVERSION now", CliCodes.BAD_PARAMETERS);
    }

    @Test
    void listCliCommandsNamesEveryVerb() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> verbs = (List<String>) pm.data("LISTCLICOMMANDS");
        assertThat(verbs).isSorted().contains("USER", "PASS", "APOP", "AUTH", "INLINE", "QUIT", "NOOP", "STLS",
                "GETVERSION", "LISTCLICOMMANDS", "ECHO", "GETCURRENTTIME",
                "LISTDOMAINS", "MAINDOMAINNAME", "CREATEDOMAIN", "RENAMEDOMAIN", "DELETEDOMAIN",
                "GETDOMAINSETTINGS", "GETDOMAINEFFECTIVESETTINGS", "UPDATEDOMAINSETTINGS", "GETDOMAINALIASES",
                "SETDOMAINALIASES", "GETACCOUNTDEFAULTS", "UPDATEACCOUNTDEFAULTS", "GETSERVERACCOUNTDEFAULTS",
                "UPDATESERVERACCOUNTDEFAULTS", "LISTACCOUNTS", "CREATEACCOUNT", "RENAMEACCOUNT", "DELETEACCOUNT",
                "GETACCOUNTSETTINGS", "GETACCOUNTEFFECTIVESETTINGS", "UPDATEACCOUNTSETTINGS", "SETACCOUNTPASSWORD",
                "VERIFYACCOUNTPASSWORD", "GETACCOUNTALIASES", "SETACCOUNTALIASES", "LISTFORWARDERS", "CREATEFORWARDER",
                "RENAMEFORWARDER", "DELETEFORWARDER", "GETFORWARDER", "LISTGROUPS", "CREATEGROUP", "RENAMEGROUP",
                "DELETEGROUP", "GETGROUP", "SETGROUP", "GETSERVERSETTINGS", "UPDATESERVERSETTINGS",
                "GETACCOUNTRIGHTS", "SETACCOUNTRIGHTS");
        // every listed verb is known: none answers "unknown command"
        for (String verb : verbs) {
            if (!verb.equals("QUIT") && !verb.equals("STLS") && !verb.equals("STARTTLS")) {
                assertThat(pm.call(verb).code()).as(verb).isNotEqualTo(CliCodes.UNKNOWN_COMMAND);
            }
        }
    }

    @Test
    void echoReturnsEveryKindOfObject() throws Exception {
        assertThat(pm.data("ECHO #-50")).isEqualTo(-50L);
        assertThat(pm.data("ECHO #NULL#")).isEqualTo(CgpNull.NULL);
        assertThat(pm.data("ECHO [SGVsbG8=]")).isEqualTo("Hello".getBytes());
        assertThat(pm.data("ECHO #I[10.0.0.5]:25")).isEqualTo(new CgpIp("10.0.0.5", 25));
        assertThat(pm.data("ECHO #T22-10-2009_15:24:45")).isEqualTo(new CgpDate(LocalDate.of(2009, 10, 22), LocalTime.of(15, 24, 45)));
        assertThat(pm.data("ECHO {a=(x, \"y z\", {b=\"\\\"q\\\"\";});}"))
                .isEqualTo(Map.of("a", List.of("x", "y z", Map.of("b", "\"q\""))));
        assertThat(pm.data("ECHO \"Grüße \\e\u65e5\u672c\"")).isEqualTo("Grüße \n\u65e5\u672c");
        pm.expect("ECHO", CliCodes.BAD_PARAMETERS);
        pm.expect("ECHO a b", CliCodes.BAD_PARAMETERS);
    }
}
