package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.store.mail.AppendMessage;
import org.parley.store.mail.Flags;

/** LISTMAILBOXES, CREATEMAILBOX, RENAMEMAILBOX, DELETEMAILBOX, GETMAILBOXINFO, SETMAILBOXCLASS. */
class MailboxCommandsTest extends CliSessionTestBase {
    private static final List<String> DEFAULTS = List.of("Drafts", "INBOX", "Junk", "Sent", "Trash");

    @BeforeEach
    void alice() throws Exception {
        pm.ok("CREATEACCOUNT alice {Password=\"a\";}");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> list(String args) throws Exception {
        return (Map<String, Object>) pm.data("LISTMAILBOXES " + args);
    }

    private void append(String account, String mailbox, String body, int flags) {
        long id = server.directory().findAccount(account).id();
        server.mailStore().session(id).append(mailbox,
                new AppendMessage(("Subject: t\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.US_ASCII), Flags.of(flags), null));
    }

    @Test
    void aNewAccountListsItsDefaultMailboxesWithCounters() throws Exception {
        Map<String, Object> boxes = list("alice");
        assertThat(boxes.keySet()).containsExactlyElementsOf(DEFAULTS);
        assertThat(boxes.get("INBOX")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("Messages", 0L).containsEntry("Size", 0L).containsEntry("UIDNext", 1L)
                .containsKeys("Unseen", "Recent", "Deleted", "UIDValidity", "HighestModSeq")
                .doesNotContainKey("Class");
    }

    @Test
    void getMailboxInfoCountsMessages() throws Exception {
        append("alice@example.test", "INBOX", "one", 0);
        append("alice@example.test", "INBOX", "two", Flags.SEEN);
        append("alice@example.test", "INBOX", "three", Flags.SEEN | Flags.DELETED);
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) pm.data("GETMAILBOXINFO alice MAILBOX INBOX");
        assertThat(info).containsEntry("Messages", 3L).containsEntry("Unseen", 1L).containsEntry("Deleted", 1L)
                .containsEntry("UIDNext", 4L);
        assertThat((Long) info.get("Size")).isGreaterThan(3 * 16L);
        assertThat(info.get("UIDValidity")).isInstanceOf(Long.class);
        // INBOX is case-insensitive, and the owner may be named with the domain
        assertThat(pm.data("GETMAILBOXINFO alice@example.test MAILBOX inbox")).isEqualTo(info);
        assertThat(list("alice FILTER INBOX")).containsEntry("INBOX", info);
    }

    @Test
    void createWithClassAndParentsAndTheFilterWildcards() throws Exception {
        pm.ok("CREATEMAILBOX alice MAILBOX Calendar CLASS IPF.Appointment");
        pm.ok("CREATEMAILBOX alice MAILBOX \"Work/2026/Q1\"");
        pm.ok("CreateMailbox alice mailbox Work/Notes class notes");
        assertThat(list("alice FILTER *").keySet()).containsExactly(
                "Calendar", "Drafts", "INBOX", "Junk", "Sent", "Trash", "Work", "Work/2026", "Work/2026/Q1", "Work/Notes");
        assertThat(list("alice FILTER %").keySet()).containsExactly("Calendar", "Drafts", "INBOX", "Junk", "Sent", "Trash", "Work");
        assertThat(list("alice FILTER Work/%").keySet()).containsExactly("Work/2026", "Work/Notes");
        assertThat(list("alice FILTER Work/*").keySet()).containsExactly("Work/2026", "Work/2026/Q1", "Work/Notes");
        assertThat(list("alice FILTER *Q%").keySet()).containsExactly("Work/2026/Q1");
        assertThat(list("alice FILTER %/%/%").keySet()).containsExactly("Work/2026/Q1");
        assertThat(list("alice FILTER \"T*h\"").keySet()).containsExactly("Trash");
        assertThat(list("alice FILTER t*")).isEmpty(); // case-sensitive except INBOX
        assertThat(list("alice FILTER inbox").keySet()).containsExactly("INBOX");
        assertThat(list("alice FILTER nothing")).isEmpty();

        assertThat(pm.data("GETMAILBOXINFO alice MAILBOX Calendar"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Class", "IPF.Appointment");
        assertThat(list("alice FILTER Work/Notes").get("Work/Notes"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Class", "IPF.StickyNote");
        pm.ok("SETMAILBOXCLASS alice MAILBOX Calendar CLASS IPF.Task");
        assertThat(list("alice FILTER Calendar").get("Calendar"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Class", "IPF.Task");
        pm.ok("SETMAILBOXCLASS alice MAILBOX Calendar CLASS \"\"");
        assertThat(list("alice FILTER Calendar").get("Calendar"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).doesNotContainKey("Class");

        pm.expect("CREATEMAILBOX alice MAILBOX Work", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEMAILBOX alice MAILBOX inbox", CliCodes.ALREADY_EXISTS);
        pm.expect("CREATEMAILBOX alice MAILBOX X CLASS Spaceship", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXCLASS alice MAILBOX Work", CliCodes.BAD_PARAMETERS);
        pm.expect("SETMAILBOXCLASS alice MAILBOX Nope CLASS notes", CliCodes.UNKNOWN_OBJECT);
    }

    @Test
    void aPureFolderIsAnEmptyArray() throws Exception {
        pm.ok("CREATEMAILBOX alice MAILBOX Projects/Alpha");
        pm.ok("DELETEMAILBOX alice MAILBOX Projects"); // has a child: loses its messages, stays as a folder
        Map<String, Object> boxes = list("alice FILTER Projects*");
        assertThat(boxes).containsEntry("Projects", List.of());
        assertThat(boxes.get("Projects/Alpha")).isInstanceOf(Map.class);
        pm.expect("GETMAILBOXINFO alice MAILBOX Projects", CliCodes.NOT_ALLOWED);
        pm.ok("CREATEMAILBOX alice MAILBOX Projects"); // selectable again
        assertThat(list("alice FILTER Projects").get("Projects")).isInstanceOf(Map.class);
    }

    @Test
    void renameOneMailboxOrAWholeTree() throws Exception {
        pm.ok("CREATEMAILBOX alice MAILBOX Old");
        append("alice@example.test", "Old", "kept", 0);
        pm.ok("RENAMEMAILBOX alice MAILBOX Old INTO New");
        assertThat(list("alice FILTER New").get("New"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Messages", 1L);
        assertThat(list("alice FILTER Old")).isEmpty();

        pm.ok("CREATEMAILBOX alice MAILBOX Tree/Leaf/Deep");
        pm.expect("RENAMEMAILBOX alice MAILBOX Tree INTO Bush", CliCodes.NOT_EMPTY);
        assertThat(list("alice FILTER Tree*").keySet()).containsExactly("Tree", "Tree/Leaf", "Tree/Leaf/Deep");
        pm.ok("RENAMEMAILBOX alice MAILBOXES Tree INTO Archive/Bush");
        assertThat(list("alice FILTER *Bush*").keySet()).containsExactly("Archive/Bush", "Archive/Bush/Leaf", "Archive/Bush/Leaf/Deep");
        assertThat(list("alice FILTER Tree*")).isEmpty();
        pm.ok("RENAMEMAILBOX alice MAILBOX Archive/Bush/Leaf/Deep INTO Deep"); // a leaf needs no MAILBOXES

        append("alice@example.test", "INBOX", "moved", 0);
        pm.ok("RENAMEMAILBOX alice MAILBOX INBOX INTO \"Old Inbox\"");
        assertThat(list("alice FILTER \"Old Inbox\"").get("Old Inbox"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Messages", 1L);
        assertThat(list("alice FILTER INBOX").get("INBOX"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Messages", 0L);

        pm.expect("RENAMEMAILBOX alice MAILBOXES INBOX INTO X", CliCodes.NOT_ALLOWED);
        pm.expect("RENAMEMAILBOX alice MAILBOX Nope INTO X", CliCodes.UNKNOWN_OBJECT);
        pm.expect("RENAMEMAILBOX alice MAILBOX New INTO Sent", CliCodes.ALREADY_EXISTS);
        pm.expect("RENAMEMAILBOXES alice MAILBOXES Archive INTO Archive/Inner", CliCodes.UNKNOWN_COMMAND);
        pm.expect("RENAMEMAILBOX alice MAILBOXES Archive INTO Archive/Inner", CliCodes.NOT_ALLOWED);
        pm.expect("RENAMEMAILBOX alice MAILBOX New New2", CliCodes.BAD_PARAMETERS);
    }

    @Test
    void deleteOneMailboxOrAWholeTree() throws Exception {
        pm.ok("CREATEMAILBOX alice MAILBOX A/B/C");
        pm.ok("CREATEMAILBOX alice MAILBOX A/B2");
        pm.ok("CREATEMAILBOX alice MAILBOX AB");
        append("alice@example.test", "A/B/C", "x", 0);
        pm.ok("DELETEMAILBOX alice MAILBOX A/B/C");
        assertThat(list("alice FILTER A*").keySet()).containsExactly("A", "A/B", "A/B2", "AB");
        pm.ok("DELETEMAILBOX alice MAILBOXES A/");
        assertThat(list("alice FILTER A*").keySet()).containsExactly("AB"); // a sibling with a common prefix stays
        assertThat(list("alice").keySet()).containsExactlyInAnyOrder("AB", "Drafts", "INBOX", "Junk", "Sent", "Trash");

        pm.expect("DELETEMAILBOX alice MAILBOX A", CliCodes.UNKNOWN_OBJECT);
        pm.expect("DELETEMAILBOX alice MAILBOXES A", CliCodes.UNKNOWN_OBJECT);
        pm.expect("DELETEMAILBOX alice MAILBOX INBOX", CliCodes.NOT_ALLOWED);
        pm.expect("DELETEMAILBOX alice MAILBOXES inbox", CliCodes.NOT_ALLOWED);
        assertThat(list("alice").keySet()).contains("INBOX");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        pm.expect("LISTMAILBOXES nobody", CliCodes.UNKNOWN_OBJECT);
        pm.expect("LISTMAILBOXES alice@nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("LISTMAILBOXES alice FILTER", CliCodes.BAD_PARAMETERS);
        pm.expect("LISTMAILBOXES alice FILTER \"\"", CliCodes.BAD_PARAMETERS);
        pm.expect("LISTMAILBOXES alice FILTER " + "*".repeat(MailboxFilter.MAX_LENGTH + 1), CliCodes.BAD_PARAMETERS);
        pm.expect("LISTMAILBOXES alice FILTER * FILTER %", CliCodes.BAD_PARAMETERS);
        pm.expect("LISTMAILBOXES alice AUTH nobody", CliCodes.UNKNOWN_OBJECT);
        pm.expect("LISTMAILBOXES alice extra", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX nobody MAILBOX x", CliCodes.UNKNOWN_OBJECT);
        pm.expect("CREATEMAILBOX alice x", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX \"\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX \"a//b\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX /a", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX \"a\\nb\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX \"a\\001b\"", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX " + "x".repeat(1001), CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX " + "x/".repeat(40) + "x", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX ~postmaster/x", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX x CLASS", CliCodes.BAD_PARAMETERS);
        pm.expect("CREATEMAILBOX alice MAILBOX x {}", CliCodes.BAD_PARAMETERS);
        pm.expect("GETMAILBOXINFO alice MAILBOX Nope", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETMAILBOXINFO alice MAILBOX ~postmaster/INBOX", CliCodes.BAD_PARAMETERS);
        assertThat(list("alice").keySet()).containsExactlyElementsOf(DEFAULTS);
        assertThat(list("postmaster").keySet()).containsExactlyElementsOf(DEFAULTS);
    }
}
