package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;

/** GETMAILBOXACL, SETMAILBOXACL, GETMAILBOXRIGHTS, and every mailbox verb's AUTH. */
class MailboxAclCommandsTest extends CliSessionTestBase {
    private static final String BOB = "bob@example.test";
    private static final String CAROL = "carol@example.test";

    @BeforeEach
    void accounts() throws Exception {
        for (String a : List.of("alice", "bob", "carol")) {
            pm.ok("CREATEACCOUNT " + a);
        }
        pm.ok("CREATEMAILBOX alice MAILBOX Shared");
    }

    private Object acl() throws Exception {
        return pm.data("GETMAILBOXACL alice MAILBOX Shared");
    }

    @Test
    void replaceAddRemoveAndEmptyDeletes() throws Exception {
        assertThat(acl()).isEqualTo(Map.of()); // the owner is implicit
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=\"lrs\"; carol=lr; anyone=l;}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lrs", CAROL, "lr", "anyone", "l"));
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=\"+wi\"; carol=\"-r\";}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lrswi", CAROL, "l", "anyone", "l"));
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=lrcd; carol=\"-l\"; anyone=\"\";}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lrcd"));
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob@example.test=\"-cd\"; \"#team\"=lrsa; \"-carol\"=w;}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lr", "#team", "lrsa", "-" + CAROL, "w"));
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lr", "#team", "lrsa", "-" + CAROL, "w"));
        // what GETMAILBOXACL answers can be set back
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob@example.test=lr; \"#team\"=lrsa; \"-carol@example.test\"=w;}");
        assertThat(acl()).isEqualTo(Map.of(BOB, "lr", "#team", "lrsa", "-" + CAROL, "w"));
    }

    @Test
    void badEntriesChangeNothing() throws Exception {
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=lr;}");
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; bob=lrz;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; bob=\"+k\";}", CliCodes.BAD_PARAMETERS); // RFC 4314 letter, not CommuniGate's
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; bob=(l);}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; bob=#5;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; \"b b\"=l;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; \"-\"=l;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; \"" + "x".repeat(300) + "\"=l;}", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; alice=l;}", CliCodes.NOT_ALLOWED);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared {carol=lr; ALICE@example.test=\"-a\";}", CliCodes.NOT_ALLOWED);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared (bob)", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXACL alice MAILBOX Nope {bob=l;}", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXACL alice MAILBOX Nope", CliCodes.UNKNOWN_OBJECT);
        pm.expect("SETMAILBOXACL nobody MAILBOX Shared {bob=l;}", CliCodes.UNKNOWN_OBJECT);
        assertThat(acl()).isEqualTo(Map.of(BOB, "lr"));
    }

    @Test
    void rightsOfASecondAccount() throws Exception {
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=lrs;}");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH bob")).isEqualTo("lrs");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH carol")).isEqualTo("");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH alice")).isEqualTo("lrswipcda");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared")).isEqualTo("lrswipcda");
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {anyone=lrw; \"-bob\"=w;}");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH carol")).isEqualTo("lrw");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH bob")).isEqualTo("lrs"); // negative entry wins
        pm.expect("GETMAILBOXRIGHTS alice MAILBOX Nope AUTH bob", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH nobody", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXRIGHTS alice MAILBOX Shared AUTH", CliCodes.BAD_PARAMETERS);
    }

    @Test
    void anAuthAccountActsWithItsOwnRightsOnly() throws Exception {
        // no rights at all: the mailbox does not exist for carol (RFC 4314 §6)
        assertThat(pm.data("LISTMAILBOXES alice AUTH carol")).isEqualTo(Map.of());
        pm.expect("GETMAILBOXINFO alice MAILBOX Shared AUTH carol", CliCodes.UNKNOWN_OBJECT);
        pm.expect("DELETEMAILBOX alice MAILBOX Shared AUTH carol", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXACL alice MAILBOX Shared AUTH carol", CliCodes.UNKNOWN_OBJECT);
        pm.expect("CREATEMAILBOX alice MAILBOX Mine AUTH carol", CliCodes.NOT_ALLOWED);

        // lookup only: listed as (), everything else refused
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {carol=l; bob=lr;}");
        assertThat(pm.data("LISTMAILBOXES alice AUTH carol")).isEqualTo(Map.of("Shared", List.of()));
        assertThat(pm.data("LISTMAILBOXES alice AUTH bob")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("Shared").extractingByKey("Shared").isInstanceOf(Map.class);
        pm.expect("GETMAILBOXINFO alice MAILBOX Shared AUTH carol", CliCodes.NOT_ALLOWED);
        pm.expect("GETMAILBOXACL alice MAILBOX Shared AUTH bob", CliCodes.NOT_ALLOWED);
        pm.expect("SETMAILBOXACL alice MAILBOX Shared AUTH bob {bob=lrswipcda;}", CliCodes.NOT_ALLOWED);
        pm.expect("SETMAILBOXCLASS alice MAILBOX Shared AUTH bob CLASS notes", CliCodes.NOT_ALLOWED);
        pm.expect("CREATEMAILBOX alice MAILBOX Shared/Sub AUTH bob", CliCodes.NOT_ALLOWED);
        pm.expect("RENAMEMAILBOX alice MAILBOX Shared INTO Gone AUTH bob", CliCodes.NOT_ALLOWED);
        pm.expect("DELETEMAILBOX alice MAILBOX Shared AUTH bob", CliCodes.NOT_ALLOWED);
        assertThat(pm.data("GETMAILBOXACL alice MAILBOX Shared")).isEqualTo(Map.of(BOB, "lr", CAROL, "l"));

        // with the rights, the same commands work, and a sub-mailbox inherits its parent's ACL
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=\"+cda\";}");
        pm.ok("CREATEMAILBOX alice MAILBOX Shared/Sub AUTH bob CLASS notes");
        assertThat(pm.data("GETMAILBOXACL alice MAILBOX Shared/Sub AUTH bob")).isEqualTo(Map.of(BOB, "lrcda", CAROL, "l"));
        pm.ok("SETMAILBOXACL alice MAILBOX Shared/Sub AUTH bob {carol=\"+r\";}");
        assertThat(pm.data("GETMAILBOXRIGHTS alice MAILBOX Shared/Sub AUTH carol")).isEqualTo("lr");
        assertThat(pm.data("LISTMAILBOXES alice FILTER Shared/% AUTH carol")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("Shared/Sub");
        pm.ok("DELETEMAILBOX alice MAILBOXES Shared AUTH bob");
        assertThat(pm.data("LISTMAILBOXES alice FILTER Shared*")).isEqualTo(Map.of());
        // the AUTH account's own mailboxes are not what it acts on
        assertThat(pm.data("LISTMAILBOXES bob AUTH bob")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("INBOX", "Sent");
    }

    @Test
    void recursiveDeleteNeedsTheRightOnEveryMailboxOrDeletesNothing() throws Exception {
        pm.ok("SETMAILBOXACL alice MAILBOX Shared {bob=lrcd;}");
        pm.ok("CREATEMAILBOX alice MAILBOX Shared/A");
        pm.ok("CREATEMAILBOX alice MAILBOX Shared/B");
        pm.ok("SETMAILBOXACL alice MAILBOX Shared/B {bob=lr;}");
        pm.expect("DELETEMAILBOX alice MAILBOXES Shared AUTH bob", CliCodes.NOT_ALLOWED);
        assertThat(pm.data("LISTMAILBOXES alice FILTER Shared*")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("Shared", "Shared/A", "Shared/B");
    }
}
