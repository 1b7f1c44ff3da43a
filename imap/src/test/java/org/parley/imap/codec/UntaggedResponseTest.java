package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each untagged response as the RFCs' examples show it. */
class UntaggedResponseTest {
    private static String render(UntaggedResponse r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImapWriter w = new ImapWriter(out);
        w.write(r);
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> responses() {
        Map<StatusItem, Long> status = new LinkedHashMap<>();
        status.put(StatusItem.MESSAGES, 231L);
        status.put(StatusItem.UIDNEXT, 44292L);
        Map<String, String> id = new LinkedHashMap<>();
        id.put("name", "Parley");
        id.put("support-url", null);
        Map<String, String> acl = new LinkedHashMap<>();
        acl.put("Fred", "rwipsldexta");
        acl.put("anyone", "lr");
        ThreadNode rfcExample = new ThreadNode(3, List.of(new ThreadNode(6, List.of(
                new ThreadNode(4, List.of(ThreadNode.leaf(23))),
                new ThreadNode(44, List.of(new ThreadNode(7, List.of(ThreadNode.leaf(96)))))))));
        return Stream.of(
                Arguments.of(new UntaggedResponse.Condition(ResponseStatus.OK, new ResponseCode.UidNext(4392), "Predicted next UID"),
                        "* OK [UIDNEXT 4392] Predicted next UID"),
                Arguments.of(new UntaggedResponse.Capability(List.of("IMAP4rev1", "IMAP4rev2", "LITERAL+", "AUTH=PLAIN")),
                        "* CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL+ AUTH=PLAIN"),
                Arguments.of(new UntaggedResponse.Enabled(List.of("CONDSTORE")), "* ENABLED CONDSTORE"),
                Arguments.of(new UntaggedResponse.Enabled(List.of()), "* ENABLED"),
                Arguments.of(new UntaggedResponse.Exists(23), "* 23 EXISTS"),
                Arguments.of(new UntaggedResponse.Recent(5), "* 5 RECENT"),
                Arguments.of(new UntaggedResponse.Expunge(44), "* 44 EXPUNGE"),
                Arguments.of(new UntaggedResponse.Vanished(false, SequenceSet.parse("405,407,410:420")), "* VANISHED 405,407,410:420"),
                Arguments.of(new UntaggedResponse.Vanished(true, SequenceSet.parse("41,43:116")), "* VANISHED (EARLIER) 41,43:116"),
                Arguments.of(new UntaggedResponse.Flags(List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "$Forwarded")),
                        "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)"),
                Arguments.of(new UntaggedResponse.ListEntry(List.of("\\HasNoChildren"), '/', "INBOX"),
                        "* LIST (\\HasNoChildren) \"/\" \"INBOX\""),
                Arguments.of(new UntaggedResponse.ListEntry(List.of("\\Noselect"), null, "foo"), "* LIST (\\Noselect) NIL \"foo\""),
                Arguments.of(new UntaggedResponse.ListEntry(List.of(), '\\', "a\\b"), "* LIST () \"\\\\\" \"a\\\\b\""),
                Arguments.of(new UntaggedResponse.ListEntry(false, List.of("\\NonExistent"), '/', "Fruit", List.of("SUBSCRIBED"), null),
                        "* LIST (\\NonExistent) \"/\" \"Fruit\" (\"CHILDINFO\" (\"SUBSCRIBED\"))"),
                Arguments.of(new UntaggedResponse.ListEntry(false, List.of(), '/', "\u53f0\u5317", List.of(), "Old/\u65e5"),
                        "* LIST () \"/\" \"&U,BTFw-\" (\"OLDNAME\" (\"Old/&ZeU-\"))"),
                Arguments.of(new UntaggedResponse.ListEntry(true, List.of("\\Subscribed"), '.', "a.b", List.of("SUBSCRIBED"), "x"),
                        "* LSUB (\\Subscribed) \".\" \"a.b\" (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"x\"))"),
                Arguments.of(new UntaggedResponse.MailboxStatus("blurdybloop", status), "* STATUS \"blurdybloop\" (MESSAGES 231 UIDNEXT 44292)"),
                Arguments.of(new UntaggedResponse.Search(new long[] {2, 3, 6}, null), "* SEARCH 2 3 6"),
                Arguments.of(new UntaggedResponse.Search(new long[0], null), "* SEARCH"),
                Arguments.of(new UntaggedResponse.Search(new long[] {2, 5}, 917162500L), "* SEARCH 2 5 (MODSEQ 917162500)"),
                Arguments.of(new UntaggedResponse.Sort(new long[] {5, 3, 4, 1, 2}, null), "* SORT 5 3 4 1 2"),
                Arguments.of(new UntaggedResponse.ESearch("A282", false, 2L, null, null, 3L, null), "* ESEARCH (TAG \"A282\") MIN 2 COUNT 3"),
                Arguments.of(new UntaggedResponse.ESearch("A283", true, null, null, SequenceSet.parse("4:6,10"), null, 12L),
                        "* ESEARCH (TAG \"A283\") UID ALL 4:6,10 MODSEQ 12"),
                Arguments.of(new UntaggedResponse.ESearch("A284", false, null, null, SequenceSet.EMPTY, 0L, null),
                        "* ESEARCH (TAG \"A284\") COUNT 0"),
                Arguments.of(new UntaggedResponse.Threads(List.of(ThreadNode.leaf(2), rfcExample)), "* THREAD (2)(3 6 (4 23)(44 7 96))"),
                Arguments.of(new UntaggedResponse.Threads(List.of(new ThreadNode(0, List.of(ThreadNode.leaf(3), ThreadNode.leaf(5))))),
                        "* THREAD ((3)(5))"),
                Arguments.of(new UntaggedResponse.Threads(List.of()), "* THREAD"),
                Arguments.of(new UntaggedResponse.Namespace(List.of(new UntaggedResponse.Namespace.Entry("", '/')),
                        List.of(new UntaggedResponse.Namespace.Entry("~", '/')), null),
                        "* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) NIL"),
                Arguments.of(new UntaggedResponse.Id(id), "* ID (\"name\" \"Parley\" \"support-url\" NIL)"),
                Arguments.of(new UntaggedResponse.Id(null), "* ID NIL"),
                Arguments.of(new UntaggedResponse.Acl("INBOX", acl), "* ACL \"INBOX\" Fred rwipsldexta anyone lr"),
                Arguments.of(new UntaggedResponse.ListRights("~/Mail/saved", "smith", "la", List.of("r", "swicdkxte")),
                        "* LISTRIGHTS \"~/Mail/saved\" smith la r swicdkxte"),
                Arguments.of(new UntaggedResponse.MyRights("INBOX", "rwiptsldaex"), "* MYRIGHTS \"INBOX\" rwiptsldaex"),
                Arguments.of(new UntaggedResponse.Quota("", List.of(new UntaggedResponse.Quota.Resource("STORAGE", 10, 512),
                        new UntaggedResponse.Quota.Resource("MESSAGE", 3, 1000))), "* QUOTA \"\" (STORAGE 10 512 MESSAGE 3 1000)"),
                Arguments.of(new UntaggedResponse.QuotaRoot("INBOX", List.of("")), "* QUOTAROOT \"INBOX\" \"\""),
                Arguments.of(new UntaggedResponse.QuotaRoot("x", List.of()), "* QUOTAROOT \"x\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("responses")
    void renders(UntaggedResponse response, String expected) throws IOException {
        assertThat(render(response)).isEqualTo(expected + "\r\n");
    }
}
