package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;

/** GET/SETMAILBOXSUBSCRIPTION (and the older ACCOUNTSUBSCRIPTION names), GET/SETMAILBOXALIASES. */
class SubscriptionAndAliasCommandsTest extends CliSessionTestBase {
    private static final List<String> DEFAULTS = List.of("Drafts", "INBOX", "Junk", "Sent", "Trash");

    @BeforeEach
    void accounts() throws Exception {
        pm.ok("CREATEACCOUNT alice");
        pm.ok("CREATEACCOUNT public");
    }

    @Test
    void subscriptionsRoundTrip() throws Exception {
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION alice")).isEqualTo(DEFAULTS);
        pm.ok("SETMAILBOXSUBSCRIPTION alice (inbox, Sent, \"Lists/\", ~public/News, \"Not there yet\")");
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION alice"))
                .isEqualTo(List.of("INBOX", "Lists", "Not there yet", "Sent", "~public/News"));
        assertThat(pm.data("GETACCOUNTSUBSCRIPTION alice")).isEqualTo(pm.data("GETMAILBOXSUBSCRIPTION alice"));
        pm.ok("SetAccountSubscription alice (INBOX)");
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION alice")).isEqualTo(List.of("INBOX"));
        pm.ok("SETMAILBOXSUBSCRIPTION alice ()");
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION alice")).isEqualTo(List.of());
        // the subscription list is alice's own: public's is untouched
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION public")).isEqualTo(DEFAULTS);
    }

    @Test
    void aBadSubscriptionNameChangesNothing() throws Exception {
        pm.expect("SETMAILBOXSUBSCRIPTION alice (INBOX, \"a//b\")", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION alice (INBOX, \"\")", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION alice (INBOX, \"x\\001\")", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION alice (INBOX, ~public)", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION alice (INBOX, (x))", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION alice INBOX", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXSUBSCRIPTION nobody (INBOX)", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXSUBSCRIPTION nobody", CliCodes.UNKNOWN_OBJECT);
        assertThat(pm.data("GETMAILBOXSUBSCRIPTION alice")).isEqualTo(DEFAULTS);
    }

    @Test
    void aFolderAliasShowsUpInTheListingWithTheOwnersGrant() throws Exception {
        pm.ok("CREATEMAILBOX public MAILBOX Travel-Schedule CLASS IPF.Appointment");
        pm.ok("CREATEMAILBOX public MAILBOX Travel-Schedule/2026");
        assertThat(pm.data("GETMAILBOXALIASES alice")).isEqualTo(Map.of());
        pm.ok("SETMAILBOXALIASES alice {Travel = \"~public/Travel-Schedule\";}");
        assertThat(pm.data("GETMAILBOXALIASES alice")).isEqualTo(Map.of("Travel", "~public/Travel-Schedule"));

        // nothing granted yet: the alias leads nowhere alice may look
        assertThat(pm.data("LISTMAILBOXES alice FILTER Travel*")).isEqualTo(Map.of());
        pm.ok("SETMAILBOXACL public MAILBOX Travel-Schedule {alice=l;}");
        assertThat(pm.data("LISTMAILBOXES alice FILTER Travel*")).isEqualTo(Map.of("Travel", List.of()));
        pm.ok("SETMAILBOXACL public MAILBOX Travel-Schedule {alice=lr;}");
        pm.ok("SETMAILBOXACL public MAILBOX Travel-Schedule/2026 {alice=lr;}");
        Map<String, Object> boxes = map(pm.data("LISTMAILBOXES alice"));
        assertThat(boxes).containsKeys("INBOX", "Travel", "Travel/2026");
        assertThat(boxes.get("Travel")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("Class", "IPF.Appointment").containsEntry("Messages", 0L);
        assertThat(pm.data("GETMAILBOXINFO alice MAILBOX Travel")).isEqualTo(boxes.get("Travel"));
        assertThat(pm.data("GETMAILBOXRIGHTS public MAILBOX Travel-Schedule AUTH alice")).isEqualTo("lr");
        // an alias is not a mailbox of alice's: it cannot be deleted as one
        pm.expect("DELETEMAILBOX alice MAILBOX Travel", CliCodes.NOT_ALLOWED);
        pm.expect("DELETEMAILBOX alice MAILBOXES Travel", CliCodes.NOT_ALLOWED);

        pm.ok("SETMAILBOXALIASES alice {}");
        assertThat(pm.data("GETMAILBOXALIASES alice")).isEqualTo(Map.of());
        assertThat(map(pm.data("LISTMAILBOXES alice")).keySet()).containsExactlyElementsOf(DEFAULTS);
    }

    @Test
    void badAliasesAreRefusedAndChangeNothing() throws Exception {
        pm.ok("SETMAILBOXALIASES alice {Travel = \"~public/Travel-Schedule\";}");
        pm.expect("SETMAILBOXALIASES alice {Sent = \"~public/Sent\";}", CliCodes.ALREADY_EXISTS); // a mailbox has that name
        pm.expect("SETMAILBOXALIASES alice {X = \"public/Sent\";}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXALIASES alice {X = \"~public\";}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXALIASES alice {X = (a);}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXALIASES alice {\"a//b\" = \"~public/x\";}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXALIASES alice {X = \"~nobody/x\";}", CliCodes.UNKNOWN_OBJECT);
        pm.expect("SETMAILBOXALIASES alice (X)", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXALIASES nobody {X = \"~public/x\";}", CliCodes.UNKNOWN_OBJECT);
        assertThat(pm.data("GETMAILBOXALIASES alice")).isEqualTo(Map.of("Travel", "~public/Travel-Schedule"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
