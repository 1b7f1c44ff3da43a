package org.parley.mail.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTableParserTest {

    private static RoutingTableException error(String text) {
        return catchThrowableOfType(RoutingTableException.class, () -> RoutingTable.parse(text));
    }

    @Test
    void seedRecordsParse() throws Exception {
        RoutingTable t = RoutingTable.parse("NoRelay:Signal:<1*@example.com> = 1*@192.168.1.2\n"
                + "N:S:<+(10+d)@*> = +*@192.168.1.2\n");
        RouterRecord first = t.records().get(0);
        assertThat(first.kinds()).containsExactly(RouteKind.SIGNAL);
        assertThat(first.relay()).isEqualTo(RelayMark.NO_RELAY);
        assertThat(first.domainOnly()).isFalse();
        assertThat(first.target()).isEqualTo(new Target.Address("1*", "192.168.1.2", Target.Mode.REWRITE, 0));
        RouterRecord second = t.records().get(1);
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.kinds()).isEqualTo(first.kinds());
        assertThat(second.relay()).isEqualTo(first.relay());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a@b> = c@d | MAIL,SIGNAL,ACCESS | NONE",
        "Mail:<a@b> = c@d | MAIL | NONE",
        "m:<a@b> = c@d | MAIL | NONE",
        "Signal:<a@b> = c@d | SIGNAL | NONE",
        "Access:<a@b> = c@d | ACCESS | NONE",
        "A:<a@b> = c@d | ACCESS | NONE",
        "M:S:<a@b> = c@d | MAIL,SIGNAL | NONE",
        "NoRelay:<a@b> = c@d | MAIL,SIGNAL,ACCESS | NO_RELAY",
        "Relay:Mail:<a@b> = c@d | MAIL | RELAY",
        "R:M:<a@b> = c@d | MAIL | RELAY",
        "N:S:N:<a@b> = c@d | SIGNAL | NO_RELAY",
        "N:old.example = new.example | MAIL,SIGNAL,ACCESS | NO_RELAY",
    })
    void prefixes(String line, String kinds, String relay) throws Exception {
        RouterRecord r = RoutingTable.parse(line).records().getFirst();
        EnumSet<RouteKind> expected = EnumSet.noneOf(RouteKind.class);
        for (String k : kinds.split(",")) {
            expected.add(RouteKind.valueOf(k));
        }
        assertThat(r.kinds()).isEqualTo(Set.copyOf(expected));
        assertThat(r.relay()).isEqualTo(RelayMark.valueOf(relay));
    }

    @Test
    void targets() throws Exception {
        RoutingTable t = RoutingTable.parse(String.join("\n",
                "sp.client.com = sp.client.com.smtp",
                "p.test = gw.test.SMTP:2525",
                "<*@a> = *@b.local",
                "<*@c> = x-*@[10.0.0.1]:2525",
                "<*@d> = null",
                "<*@e> = ERROR",
                "<*@f> = error: not here ; a comment",
                "<*@g> = postmaster",
                "<*@h> = <*@i.example>"));
        assertThat(t.records()).extracting(RouterRecord::target).containsExactly(
                new Target.Address(null, "sp.client.com", Target.Mode.SMTP, 0),
                new Target.Address(null, "gw.test", Target.Mode.SMTP, 2525),
                new Target.Address("*", "b", Target.Mode.LOCAL, 0),
                new Target.Address("x-*", "[10.0.0.1]", Target.Mode.REWRITE, 2525),
                new Target.Discard(),
                new Target.Error("address rejected"),
                new Target.Error("not here"),
                new Target.Address("postmaster", null, Target.Mode.REWRITE, 0),
                new Target.Address("*", "i.example", Target.Mode.REWRITE, 0));
        assertThat(t.records().getFirst().domainOnly()).isTrue();
    }

    @Test
    void commentsBlankLinesAndCrlf() throws Exception {
        String text = "; a comment\r\n\r\n   ; indented comment\r\n<a@b> = c@d ; trailing\r\n\tx.test = y.test\r\n";
        RoutingTable t = RoutingTable.parse(text);
        assertThat(t.records()).hasSize(2);
        assertThat(t.records()).extracting(RouterRecord::line).containsExactly(4, 5);
        assertThat(t.text()).isEqualTo(text);
        // A ';' inside a quoted local part or without a space before it is not a comment.
        RoutingTable q = RoutingTable.parse("<\"a;b\"@x> = \"c ;d\"@y");
        assertThat(q.records().getFirst().target()).isEqualTo(new Target.Address("c ;d", "y", Target.Mode.REWRITE, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a@b> = c@d\\nFoo:<a@b> = c@d | 2 | unknown prefix Foo:",
        "<a@b = c@d | 1 | unterminated <",
        "<a@b<c> = d@e | 1 | nested <",
        "<ab> = c@d | 1 | needs local@domain",
        "<@b> = c@d | 1 | needs a local part and a domain",
        "<a@b> c@d | 1 | expected = after <a@b>",
        "<a@b> = | 1 | missing target",
        "<a@b> = ; only a comment | 1 | missing target",
        "<a@b> = *@c | 1 | uses 1 * but the pattern captures only 0",
        "<*@b> = *@*.c | 1 | uses 2 * but the pattern captures only 1",
        "<(0d)@b> = c@d | 1 | digit class",
        "<(d)@b> = c@d | 1 | digit class",
        "<(3x)@b> = c@d | 1 | digit class",
        "<a@b> = c@d.test:25 | 1 | a port needs an IP address or a .smtp host",
        "<a@b> = c@d.local:25 | 1 | a port needs an IP address or a .smtp host",
        "<a@b> = c@10.0.0.1:0 | 1 | bad port",
        "<a@b> = c@10.0.0.1:65536 | 1 | bad port",
        "<a@b> = c@10.0.0.1:x | 1 | bad port",
        "<a@b> = c@d.pipe | 1 | module suffix .pipe is not supported",
        "<a@b> = c@d.sip | 1 | module suffix .sip is not supported",
        "<a@b> = c@[10.0.0.300] | 1 | bad address literal",
        "<a@b> = c@[10.0.0.1 | 1 | unterminated address literal",
        "<a@b> = c d@e | 1 | bad character in target local part",
        "<a@b> = c@d e | 1 | in target domain",
        "<a@b> = <c@d | 1 | unterminated < in target",
        "<a@b> = relay.smtp | 1 | needs local@domain",
        "a.test = x@b.test | 1 | maps a domain to a domain",
        "N:R:<a@b> = c@d | 1 | contradict",
        "Mail: | 1 | missing pattern",
        "a!b = c | 1 | in domain pattern",
        "<a@bücher.test> = c@d | 1 | A-label",
        "<a@b> = c@.smtp | 1 | missing domain",
    })
    void errorsNameTheLineAndReason(String text, int line, String reason) {
        RoutingTableException e = error(text.replace("\\n", "\n"));
        assertThat(e).as("no error for %s", text).isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.reason()).contains(reason);
        assertThat(e.getMessage()).startsWith("line " + line + ": ");
    }

    @Test
    void hostileInput() {
        assertThat(error("<a@b> = c@d\n<a\0@b> = c@d").line()).isEqualTo(2);
        assertThat(error("<a@b> = c@d\n<a@b> = c@d\r x").reason()).contains("control character 0xd");
        assertThat(error("<a@b> = " + "c".repeat(5000) + "@d").reason()).contains("longer than 4096");
        assertThat(error("x".repeat(RoutingTableParser.MAX_TEXT + 1)).line()).isZero();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= RoutingTableParser.MAX_RECORDS; i++) {
            many.append("<u").append(i).append("@x.test> = v@y.test\n");
        }
        RoutingTableException e = error(many.toString());
        assertThat(e.line()).isEqualTo(RoutingTableParser.MAX_RECORDS + 1);
        assertThat(e.reason()).contains("more than 10000 records");
        assertThat(error("<" + "*a".repeat(20) + "@b> = c@d").reason()).contains("wildcards");
    }

    @Test
    void randomGarbageGivesTableErrorsOnly() {
        java.util.Random random = new java.util.Random(2026);
        String alphabet = "<>@*()=:;\"\\[]., +-dNRSMA0123456789abcxyz\n\t";
        for (int i = 0; i < 20000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(60);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                RoutingTable.parse(s.toString());
            } catch (RoutingTableException e) {
                assertThat(e.reason()).isNotBlank();
            }
        }
    }
}
