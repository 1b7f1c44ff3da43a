package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.imap.codec.ImapCommand.SetAcl.RightsChange;

/** Table-driven: every command form other than FETCH, SEARCH/SORT/THREAD and APPEND. */
class CommandParserTest {
    private static Arguments row(String line, ImapCommand expected) {
        return Arguments.of(line, expected);
    }

    static Stream<Arguments> commands() {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("name", "Thunderbird");
        id.put("version", "128.0");
        id.put("vendor", null);
        Map<String, Long> quota = new LinkedHashMap<>();
        quota.put("STORAGE", 512L);
        quota.put("MESSAGE", 1000L);
        SequenceSet s1to5 = SequenceSet.range(1, 5);
        return Stream.of(
                row("a CAPABILITY", new ImapCommand.Capability()),
                row("a noop", new ImapCommand.Noop()),
                row("a LOGOUT", new ImapCommand.Logout()),
                row("a STARTTLS", new ImapCommand.StartTls()),
                row("a LOGIN fred \"pass word\"", new ImapCommand.Login("fred", "pass word")),
                row("a LOGIN \"f\\\"red\" \"p\\\\w\"", new ImapCommand.Login("f\"red", "p\\w")),
                row("a LOGIN {4}\nfred {5}\nsecre", new ImapCommand.Login("fred", "secre")),
                row("a LOGIN {4+}\nfred \"x\"", new ImapCommand.Login("fred", "x")),
                row("a LOGIN \"jörg\" \"pässword\"", new ImapCommand.Login("jörg", "pässword")),
                row("a AUTHENTICATE plain", new ImapCommand.Authenticate("PLAIN", null)),
                row("a AUTHENTICATE PLAIN AGZyZWQAc2VjcmV0", new ImapCommand.Authenticate("PLAIN",
                        "\0fred\0secret".getBytes(StandardCharsets.US_ASCII))),
                row("a AUTHENTICATE EXTERNAL =", new ImapCommand.Authenticate("EXTERNAL", new byte[0])),
                row("a ENABLE CONDSTORE qresync UTF8=ACCEPT",
                        new ImapCommand.Enable(List.of("CONDSTORE", "QRESYNC", "UTF8=ACCEPT"))),
                row("a ID (\"name\" \"Thunderbird\" \"version\" \"128.0\" \"vendor\" NIL)", new ImapCommand.Id(id)),
                row("a ID NIL", new ImapCommand.Id(null)),
                row("a ID ()", new ImapCommand.Id(Map.of())),
                row("a COMPRESS deflate", new ImapCommand.Compress("DEFLATE")),
                row("a IDLE", new ImapCommand.Idle()),
                row("a NAMESPACE", new ImapCommand.Namespace()),
                row("a CHECK", new ImapCommand.Check()),
                row("a CLOSE", new ImapCommand.Close()),
                row("a UNSELECT", new ImapCommand.Unselect()),
                row("a EXPUNGE", new ImapCommand.Expunge(null)),
                row("a UID EXPUNGE 3000:3002,3005", new ImapCommand.Expunge(SequenceSet.parse("3000:3002,3005"))),
                row("a SELECT INBOX", new ImapCommand.Select("INBOX", false, SelectOptions.NONE)),
                row("a select inbox", new ImapCommand.Select("INBOX", false, SelectOptions.NONE)),
                row("a SELECT \"InBoX\"", new ImapCommand.Select("INBOX", false, SelectOptions.NONE)),
                row("a EXAMINE Archive/2024", new ImapCommand.Select("Archive/2024", true, SelectOptions.NONE)),
                row("a SELECT INBOX (CONDSTORE)", new ImapCommand.Select("INBOX", false, new SelectOptions(true, null))),
                row("a SELECT INBOX (QRESYNC (67890007 90060115194045000))", new ImapCommand.Select("INBOX", false,
                        new SelectOptions(false, new SelectOptions.Qresync(67890007, 90060115194045000L, null, null, null)))),
                row("a SELECT INBOX (QRESYNC (67890007 90060115194045000 41:211,214:541))",
                        new ImapCommand.Select("INBOX", false, new SelectOptions(false, new SelectOptions.Qresync(
                                67890007, 90060115194045000L, SequenceSet.parse("41:211,214:541"), null, null)))),
                row("B01 SELECT INBOX (QRESYNC (67890007 90060115194045000 1:29997 (5000,7500,9000,9990:9999 15000,22500,27000,29970,29973,29976:29980)))",
                        new ImapCommand.Select("INBOX", false, new SelectOptions(false, new SelectOptions.Qresync(
                                67890007, 90060115194045000L, SequenceSet.parse("1:29997"),
                                SequenceSet.parse("5000,7500,9000,9990:9999"),
                                SequenceSet.parse("15000,22500,27000,29970,29973,29976:29980"))))),
                row("a SELECT INBOX (QRESYNC (1 2 (1:3 5:7)) CONDSTORE)", new ImapCommand.Select("INBOX", false,
                        new SelectOptions(true, new SelectOptions.Qresync(1, 2, null,
                                SequenceSet.parse("1:3"), SequenceSet.parse("5:7"))))),
                row("a SELECT ~peter/mail/&U,BTFw-/&ZeVnLIqe-",
                        new ImapCommand.Select("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e", false, SelectOptions.NONE)),
                row("a CREATE \"Sent Items\"", new ImapCommand.Create("Sent Items", List.of())),
                row("a CREATE MySpecial (USE (\\drafts \\Sent))", new ImapCommand.Create("MySpecial", List.of("\\Drafts", "\\Sent"))),
                row("a CREATE Odd (USE (\\X-Custom))", new ImapCommand.Create("Odd", List.of("\\X-Custom"))),
                row("a DELETE foo/bar", new ImapCommand.Delete("foo/bar")),
                row("a RENAME old \"new name\"", new ImapCommand.Rename("old", "new name")),
                row("a SUBSCRIBE &-x", new ImapCommand.Subscribe("&x")),
                row("a UNSUBSCRIBE \"a b\"", new ImapCommand.Unsubscribe("a b")),
                row("a LIST \"\" \"*\"", list("", List.of("*"), Set.of(), Set.of(), List.of(), false)),
                row("a LIST \"\" %", list("", List.of("%"), Set.of(), Set.of(), List.of(), false)),
                row("a LIST ~/Mail/ %/foo*", list("~/Mail/", List.of("%/foo*"), Set.of(), Set.of(), List.of(), false)),
                row("a LIST \"\" \"\"", list("", List.of(""), Set.of(), Set.of(), List.of(), false)),
                row("a LIST (SUBSCRIBED) \"\" \"*\"", list("", List.of("*"), Set.of(ListSelectOption.SUBSCRIBED),
                        Set.of(ListReturnOption.SUBSCRIBED), List.of(), true)),
                row("a LIST (SUBSCRIBED RECURSIVEMATCH REMOTE) \"\" (\"INBOX\" \"Drafts/%\") RETURN (CHILDREN)",
                        list("", List.of("INBOX", "Drafts/%"),
                                Set.of(ListSelectOption.SUBSCRIBED, ListSelectOption.RECURSIVEMATCH, ListSelectOption.REMOTE),
                                Set.of(ListReturnOption.SUBSCRIBED, ListReturnOption.CHILDREN), List.of(), true)),
                row("a LIST (SPECIAL-USE) \"\" \"*\" RETURN (SPECIAL-USE)", list("", List.of("*"),
                        Set.of(ListSelectOption.SPECIAL_USE), Set.of(ListReturnOption.SPECIAL_USE), List.of(), true)),
                row("a LIST \"\" % RETURN (STATUS (MESSAGES UNSEEN SIZE) SUBSCRIBED)", list("", List.of("%"), Set.of(),
                        Set.of(ListReturnOption.STATUS, ListReturnOption.SUBSCRIBED),
                        List.of(StatusItem.MESSAGES, StatusItem.UNSEEN, StatusItem.SIZE), true)),
                row("a LIST () \"\" %", list("", List.of("%"), Set.of(), Set.of(), List.of(), true)),
                row("a LIST \"\" % RETURN ()", list("", List.of("%"), Set.of(), Set.of(), List.of(), true)),
                row("a LSUB \"\" \"*\"", new ImapCommand.Lsub("", "*")),
                row("a STATUS blurdybloop (UIDNEXT MESSAGES)",
                        new ImapCommand.Status("blurdybloop", List.of(StatusItem.UIDNEXT, StatusItem.MESSAGES))),
                row("a STATUS INBOX (messages recent uidnext uidvalidity unseen deleted size highestmodseq appendlimit deleted-storage)",
                        new ImapCommand.Status("INBOX", List.of(StatusItem.values()))),
                row("a STATUS INBOX (MESSAGES MESSAGES)", new ImapCommand.Status("INBOX", List.of(StatusItem.MESSAGES))),
                row("a STORE 2:4 +FLAGS (\\Deleted)", store(false, SequenceSet.range(2, 4), StoreAction.Mode.ADD, false,
                        List.of("\\Deleted"), null)),
                row("a STORE 1 FLAGS.SILENT (\\seen $Forwarded)", store(false, SequenceSet.range(1, 1),
                        StoreAction.Mode.REPLACE, true, List.of("\\Seen", "$Forwarded"), null)),
                row("a UID STORE 1:5 -FLAGS.SILENT \\Flagged \\Answered", store(true, s1to5, StoreAction.Mode.REMOVE, true,
                        List.of("\\Flagged", "\\Answered"), null)),
                row("a STORE 1:5 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT (\\Deleted)", store(false, s1to5,
                        StoreAction.Mode.ADD, true, List.of("\\Deleted"), 320162338L)),
                row("a STORE $ FLAGS ()", store(false, SequenceSet.SAVED, StoreAction.Mode.REPLACE, false, List.of(), null)),
                row("a COPY 2:4 MEETING", new ImapCommand.Copy(false, SequenceSet.range(2, 4), "MEETING")),
                row("a UID COPY 1:* Trash", new ImapCommand.Copy(true, SequenceSet.range(1, SequenceSet.STAR), "Trash")),
                row("a MOVE 1,3 Archive", new ImapCommand.Move(false, SequenceSet.parse("1,3"), "Archive")),
                row("a UID MOVE 42 \"Junk E-mail\"", new ImapCommand.Move(true, SequenceSet.range(42, 42), "Junk E-mail")),
                row("a SETACL INBOX/Drafts John lrQswicda", new ImapCommand.SetAcl("INBOX/Drafts", "John", RightsChange.REPLACE, "lrQswicda")),
                row("a SETACL INBOX/Drafts Fred +r", new ImapCommand.SetAcl("INBOX/Drafts", "Fred", RightsChange.ADD, "r")),
                row("a SETACL INBOX Fred \"-w\"", new ImapCommand.SetAcl("INBOX", "Fred", RightsChange.REMOVE, "w")),
                row("a DELETEACL INBOX/Drafts Fred", new ImapCommand.DeleteAcl("INBOX/Drafts", "Fred")),
                row("a GETACL INBOX", new ImapCommand.GetAcl("INBOX")),
                row("a LISTRIGHTS ~/Mail/saved smith", new ImapCommand.ListRights("~/Mail/saved", "smith")),
                row("a MYRIGHTS INBOX", new ImapCommand.MyRights("INBOX")),
                row("a GETQUOTA \"\"", new ImapCommand.GetQuota("")),
                row("a GETQUOTAROOT INBOX", new ImapCommand.GetQuotaRoot("INBOX")),
                row("a SETQUOTA \"\" (STORAGE 512 message 1000)", new ImapCommand.SetQuota("", quota)),
                row("a SETQUOTA \"\" ()", new ImapCommand.SetQuota("", Map.of())));
    }

    private static ImapCommand list(String ref, List<String> patterns, Set<ListSelectOption> select,
                                    Set<ListReturnOption> returns, List<StatusItem> status, boolean extended) {
        return new ImapCommand.ListMailboxes(ref, patterns, select, returns, status, extended);
    }

    private static ImapCommand store(boolean uid, SequenceSet set, StoreAction.Mode mode, boolean silent,
                                     List<String> flags, Long unchangedSince) {
        return new ImapCommand.Store(uid, set, new StoreAction(mode, silent, flags), unchangedSince);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void parses(String line, ImapCommand expected) throws Exception {
        assertThat(Wire.command(line)).isEqualTo(expected);
    }

    @Test
    void tagKeepsItsCharactersAndCommandNameIsCaseInsensitive() throws Exception {
        TaggedCommand c = Wire.of("A]0.1_x nOoP").next();
        assertThat(c.tag()).isEqualTo("A]0.1_x");
        assertThat(c.command()).isEqualTo(new ImapCommand.Noop());
        assertThat(c.leniencies()).isEmpty();
    }

    @Test
    void literalsAreAnnouncedOnlyWhenSynchronizing() throws Exception {
        Wire w = Wire.of("a LOGIN {4}\nfred {6+}\nsecret");
        assertThat(w.next().command()).isEqualTo(new ImapCommand.Login("fred", "secret"));
        assertThat(w.continuations).isEqualTo(1);
    }

    @Test
    void mailboxNamesAreUtf8WhenEnabled() throws Exception {
        ParseContext utf8 = ParseContext.DEFAULT.withUtf8Names(true);
        assertThat(Wire.command("a SELECT \"Entwürfe\"", utf8))
                .isEqualTo(new ImapCommand.Select("Entwürfe", false, SelectOptions.NONE));
        // in a UTF-8 session "&" is an ordinary character
        assertThat(Wire.command("a CREATE \"A&B-\"", utf8)).isEqualTo(new ImapCommand.Create("A&B-", List.of()));
    }

    @Test
    void eightBitMailboxNameWithoutUtf8IsALeniency() throws Exception {
        TaggedCommand c = Wire.of("a SELECT \"Entwürfe\"").next();
        assertThat(c.command()).isEqualTo(new ImapCommand.Select("Entwürfe", false, SelectOptions.NONE));
        assertThat(c.leniencies()).containsExactly(Leniency.UTF8_MAILBOX_NAME);

        ParseContext strict = new ParseContext(false, Set.of());
        assertThat(Wire.of("a SELECT \"Entwürfe\"").error(strict).getMessage()).contains("8-bit");
    }

    @Test
    void trailingSpaceIsALeniency() throws Exception {
        TaggedCommand c = Wire.of("a SELECT INBOX  ").next();
        assertThat(c.command()).isEqualTo(new ImapCommand.Select("INBOX", false, SelectOptions.NONE));
        assertThat(c.leniencies()).containsExactly(Leniency.TRAILING_SPACE);
        assertThat(Wire.of("a NOOP ").error(new ParseContext(false, Set.of())).tag()).isEqualTo("a");
    }

    @Test
    void starInUidExpungeIsALeniency() throws Exception {
        TaggedCommand c = Wire.of("a UID EXPUNGE 5:*").next();
        assertThat(c.leniencies()).containsExactly(Leniency.STAR_IN_UID_EXPUNGE);
        assertThat(Wire.of("a UID EXPUNGE 5:*").error(new ParseContext(false, EnumSet.noneOf(Leniency.class))).tag())
                .isEqualTo("a");
    }

    @Test
    void commandNamesForMetrics() throws Exception {
        assertThat(Wire.command("a UID FETCH 1 FLAGS").commandName()).isEqualTo("UID FETCH");
        assertThat(Wire.command("a EXAMINE x").commandName()).isEqualTo("EXAMINE");
        assertThat(Wire.command("a UID EXPUNGE 1").commandName()).isEqualTo("UID EXPUNGE");
        assertThat(Wire.command("a LIST \"\" *").commandName()).isEqualTo("LIST");
    }

    @Test
    void commandsFollowEachOtherOnOneStream() throws Exception {
        Wire w = Wire.of("a NOOP\nb LOGIN {3+}\nbob pw\nc LOGOUT");
        assertThat(w.next().tag()).isEqualTo("a");
        assertThat(w.next().command()).isEqualTo(new ImapCommand.Login("bob", "pw"));
        assertThat(w.next().tag()).isEqualTo("c");
        assertThat(w.next()).isNull();
    }

    @Test
    void passwordIsNotInToString() throws Exception {
        assertThat(Wire.command("a LOGIN fred sekrit").toString()).doesNotContain("sekrit");
    }
}
