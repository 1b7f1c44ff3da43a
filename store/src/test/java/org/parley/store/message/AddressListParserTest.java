package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressListParserTest {
    private static final String MISSING_DOMAIN = AddressListParser.MISSING_DOMAIN;
    private static final Address END = new Address(null, null, null, null);

    private static List<Address> parse(String value) {
        return AddressListParser.parse(value, 100);
    }

    private static Address a(String name, String mailbox, String host) {
        return new Address(name, null, mailbox, host);
    }

    @Test
    void commonForms() {
        assertThat(parse("\"Doe, John\" <john@example.com>, jane@example.org (Jane Doe)")).containsExactly(
                a("Doe, John", "john", "example.com"), a("Jane Doe", "jane", "example.org"));
        assertThat(parse("John (middle) Smith <js@ex.com>")).containsExactly(a("John Smith", "js", "ex.com"));
        assertThat(parse("Joe Q. Public <john.q.public@example.com>"))
                .containsExactly(a("Joe Q. Public", "john.q.public", "example.com"));
        assertThat(parse("\"quoted local\"@example.com")).containsExactly(a(null, "quoted local", "example.com"));
        assertThat(parse("<plain@example.com>")).containsExactly(a(null, "plain", "example.com"));
        assertThat(parse("user@[192.0.2.1]")).containsExactly(a(null, "user", "[192.0.2.1]"));
        assertThat(parse("a@b.c,, ,d@e.f")).containsExactly(a(null, "a", "b.c"), a(null, "d", "e.f"));
    }

    @Test
    void obsoleteRoutesAndSpacing() {
        assertThat(parse("<@route1,@route2:user@host>")).containsExactly(new Address(null, "@route1,@route2", "user", "host"));
        assertThat(parse("Name <@r.example:u@h.example>, x@y.z"))
                .containsExactly(new Address("Name", "@r.example", "u", "h.example"), a(null, "x", "y.z"));
        assertThat(parse("john . doe @ example . com")).containsExactly(a(null, "john.doe", "example.com"));
    }

    @Test
    void groups() {
        assertThat(parse("Team: a@b.c, \"X Y\" <x@y.z>;, solo@d.e")).containsExactly(
                new Address(null, null, "Team", null), a(null, "a", "b.c"), a("X Y", "x", "y.z"), END, a(null, "solo", "d.e"));
        assertThat(parse("undisclosed-recipients:;")).containsExactly(new Address(null, null, "undisclosed-recipients", null), END);
        assertThat(parse("\"My Team\": <a@b>")).containsExactly(new Address(null, null, "My Team", null), a(null, "a", "b"), END);
        assertThat(parse(":;")).containsExactly(new Address(null, null, "", null), END);
    }

    @Test
    void encodedWordsAndUtf8StayRaw() {
        assertThat(parse("=?utf-8?q?J=C3=B6rg?= <joerg@example.com>"))
                .containsExactly(a("=?utf-8?q?J=C3=B6rg?=", "joerg", "example.com"));
        assertThat(parse("Müller <mü@exämple.de>")).containsExactly(a("Müller", "mü", "exämple.de"));
    }

    @Test
    void brokenInputStillGivesAddresses() {
        assertThat(parse("Foo <foo@bar.com")).containsExactly(a("Foo", "foo", "bar.com"));
        assertThat(parse("just a name")).containsExactly(a(null, "just a name", MISSING_DOMAIN));
        assertThat(parse("user@")).containsExactly(a(null, "user", MISSING_DOMAIN));
        assertThat(parse("@host")).containsExactly(a(null, AddressListParser.MISSING_MAILBOX, "host"));
        assertThat(parse("broken <<< stuff @@ , ok@x.y")).containsExactly(a("broken", "stuff", MISSING_DOMAIN), a(null, "ok", "x.y"));
        assertThat(parse("a <b, c@d")).containsExactly(a("a", "b", MISSING_DOMAIN), a(null, "c", "d"));
        assertThat(parse("\"unterminated <x@y>")).containsExactly(a(null, "unterminated <x@y>", MISSING_DOMAIN));
        assertThat(parse("(only a comment)")).isEmpty();
        assertThat(parse("   ")).isEmpty();
        assertThat(parse(null)).isEmpty();
        assertThat(parse("<>")).isEmpty();
        assertThat(parse(">>>;;;,,,")).isEmpty();
        // found by the fuzz test: a stray ")" once stopped the tokenizer from advancing
        assertThat(parse("Bob <bob@example.xt)")).containsExactly(a("Bob", "bob", "example.xt)"));
        assertThat(parse(") ] x@y")).containsExactly(a(null, ")]x", "y"));
    }

    @Test
    void hostileInputIsBounded() {
        assertThat(AddressListParser.parse("a@b, ".repeat(10_000), 5)).hasSize(5);
        assertThat(parse("(".repeat(50_000) + "x@y")).isEmpty(); // unterminated comment swallows the rest
        assertThat(parse("<".repeat(50_000))).isEmpty();
        assertThat(AddressListParser.parse("g: a@b, c@d, e@f;", 2)).containsExactly(
                new Address(null, null, "g", null), a(null, "a", "b"), END);
        assertThat(parse("x@y\u0000z")).containsExactly(a(null, "x", "y\u0000z"));
    }
}
