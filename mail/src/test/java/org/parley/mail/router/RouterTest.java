package org.parley.mail.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final MemoryDirectory directory = MemoryDirectory.standard();
    private final Router router = new Router(directory);

    private Router with(String table) throws RoutingTableException {
        Router r = new Router(directory);
        r.setTable(table);
        return r;
    }

    @Test
    void localRouteCarriesAccountIdAndAliasUsed() {
        assertThat(router.route("robert@example.net", RouteKind.MAIL))
                .isEqualTo(new Route.Local("id-bob", "bob", "example.com", "robert", false));
        assertThat(((Route.Local) router.route("bob@example.com", RouteKind.MAIL)).address()).isEqualTo("bob@example.com");
    }

    @Test
    void forwardersAndGroupsAreReturnedNotFollowed() {
        assertThat(router.route("info@example.com", RouteKind.MAIL))
                .isEqualTo(new Route.Forward("alice@example.org", "info@example.com", false));
        assertThat(router.route("staff@example.com", RouteKind.MAIL))
                .isEqualTo(new Route.Group("staff", "example.com", List.of("alice", "carol@example.org"), false));
    }

    @Test
    void remoteRouteFields() {
        assertThat(router.route("x@remote.test", RouteKind.MAIL))
                .isEqualTo(new Route.Remote(RouteKind.MAIL, "remote.test", 0, true, "x@remote.test", true));
        assertThat(router.route("x@[198.51.100.7]", RouteKind.SIGNAL))
                .isEqualTo(new Route.Remote(RouteKind.SIGNAL, "198.51.100.7", 0, false, "x@[198.51.100.7]", true));
    }

    @Test
    void everyMailToUnknownMode() {
        assertThat(router.route("nobody@example.com", RouteKind.MAIL)).isInstanceOfSatisfying(Route.Reject.class,
                r -> assertThat(r.reason()).isEqualTo(Route.Reason.UNKNOWN_ADDRESS));
        assertThat(router.route("nobody@discard.test", RouteKind.MAIL))
                .isEqualTo(new Route.Discard("nobody@discard.test", false));
        assertThat(router.route("nobody@bounce.test", RouteKind.MAIL))
                .isEqualTo(new Route.AcceptThenBounce("nobody@bounce.test", false));
        assertThat(router.route("nobody@reroute.test", RouteKind.MAIL))
                .isEqualTo(new Route.Local("id-catchall", "catchall", "example.org", "catchall", false));
        // A reroute address that is itself unknown in a rerouting domain loops.
        assertThat(router.route("nobody@loop.test", RouteKind.MAIL)).isInstanceOfSatisfying(Route.Reject.class,
                r -> assertThat(r.reason()).isEqualTo(Route.Reason.LOOP));
    }

    @Test
    void mailToUnknownSettingStrings() {
        assertThat(MailToUnknown.fromSettings("Rejected", null)).isEqualTo(MailToUnknown.REJECTED);
        assertThat(MailToUnknown.fromSettings(null, null)).isEqualTo(MailToUnknown.REJECTED);
        assertThat(MailToUnknown.fromSettings("discarded", "")).isEqualTo(MailToUnknown.DISCARDED);
        assertThat(MailToUnknown.fromSettings("Rerouted  to", "x@y"))
                .isEqualTo(new MailToUnknown.ReroutedTo("x@y"));
        assertThat(MailToUnknown.fromSettings("Accepted and Bounced", null))
                .isEqualTo(MailToUnknown.ACCEPTED_AND_BOUNCED);
        assertThatThrownBy(() -> MailToUnknown.fromSettings("Rerouted to", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailToUnknown.fromSettings("Eaten", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rewriteLoopsAreReportedWithTheTrail() throws Exception {
        Router r = with("<*@loop1.test> = *@loop2.test\n<*@loop2.test> = *@loop1.test\n<me@self.test> = me@self.test");
        Route loop = r.route("x@loop1.test", RouteKind.MAIL);
        assertThat(loop).isInstanceOfSatisfying(Route.Reject.class, rej -> {
            assertThat(rej.reason()).isEqualTo(Route.Reason.LOOP);
            assertThat(rej.text()).startsWith("routing loop: more than 10 rewrites: x@loop1.test -> x@loop2.test -> x@loop1.test");
        });
        assertThat(r.route("me@self.test", RouteKind.MAIL)).isInstanceOf(Route.Reject.class);
        assertThat(r.route("me@self.test", RouteKind.MAIL).cli().module()).isEqualTo("SYSTEM");
    }

    @Test
    void rewriteLimitIsConfigurable() throws Exception {
        String table = "<*@a1.test> = *@a2.test\n<*@a2.test> = *@a3.test\n<*@a3.test> = *@example.com";
        assertThat(new Router(directory, RoutingTable.parse(table), 3).route("bob@a1.test", RouteKind.MAIL))
                .isInstanceOf(Route.Local.class);
        assertThat(new Router(directory, RoutingTable.parse(table), 2).route("bob@a1.test", RouteKind.MAIL))
                .isInstanceOfSatisfying(Route.Reject.class, rej -> assertThat(rej.reason()).isEqualTo(Route.Reason.LOOP));
    }

    @Test
    void noRelayAndRelayMarksAcrossRewrites() throws Exception {
        Router r = with("N:<*@gw.test> = *@hop.test\n<*@hop.test> = *@outside.test\n"
                + "R:<*@in.test> = *@example.com\nR:<*@both.test> = *@nr.test\nN:<*@nr.test> = *@outside.test");
        assertThat(r.route("x@gw.test", RouteKind.MAIL).relay()).isFalse();
        assertThat(r.route("x@hop.test", RouteKind.MAIL).relay()).isTrue();
        assertThat(r.route("bob@in.test", RouteKind.MAIL)).isInstanceOfSatisfying(Route.Local.class,
                l -> assertThat(l.relay()).isTrue());
        // Relay: wins over NoRelay: once both were applied.
        assertThat(r.route("x@both.test", RouteKind.MAIL).relay()).isTrue();
    }

    @Test
    void sourceRoutedAndPercentAddressesToOtherSystemsAreRelaying() {
        for (String a : List.of("user%remote.test@example.com", "example.com!remote.test!user",
                "<@example.com:user@remote.test>", "<@remote.test:alice@example.com>", "user%example.com@remote.test")) {
            assertThat(router.route(a, RouteKind.MAIL)).as(a).isInstanceOfSatisfying(Route.Remote.class,
                    rem -> assertThat(rem.relay()).isTrue());
        }
        for (String a : List.of("carol%example.org@example.com", "example.com!example.org!carol",
                "<@example.com:carol@example.org>")) {
            assertThat(router.route(a, RouteKind.MAIL)).as(a).isInstanceOfSatisfying(Route.Local.class,
                    l -> assertThat(l.relay()).isFalse());
        }
    }

    @Test
    void failedSetTableKeepsTheOldTable() throws Exception {
        Router r = with("<x@a.test> = bob@example.com");
        RoutingTable before = r.table();
        assertThatThrownBy(() -> r.setTable("<y@a.test> = alice@example.com\n<broken"))
                .isInstanceOf(RoutingTableException.class).hasMessage("line 2: unterminated < in pattern");
        assertThat(r.table()).isSameAs(before);
        assertThat(r.route("x@a.test", RouteKind.MAIL)).isInstanceOf(Route.Local.class);
        assertThat(r.route("y@a.test", RouteKind.MAIL)).isInstanceOf(Route.Remote.class);
    }

    @Test
    void emptyLocalPartFromRewriteIsRejected() throws Exception {
        Router r = with("<9*@example.com> = *@192.168.1.2");
        assertThat(r.route("9@example.com", RouteKind.MAIL)).isInstanceOfSatisfying(Route.Reject.class, rej -> {
            assertThat(rej.reason()).isEqualTo(Route.Reason.BAD_ADDRESS);
            assertThat(rej.text()).contains("line 1").contains("empty local part");
        });
    }

    @Test
    void captureThatMakesABadDomainIsRejected() throws Exception {
        Router r = with("<*@x.test> = a@*");
        assertThat(r.route("b..c@x.test", RouteKind.MAIL)).isInstanceOfSatisfying(Route.Reject.class,
                rej -> assertThat(rej.text()).contains("bad domain"));
    }

    @Test
    void hostileAddressesGiveBadAddress() {
        for (String a : List.of("", " ", "<>", "a\0b@example.com", "a\r\nRCPT TO:<x@y>@example.com",
                "x".repeat(2000) + "@example.com", "a@" + "b.".repeat(200) + "c", "\"a@example.com",
                "a@[IPv6:zz]", "@a,@b", "a@b@", "a@-b.test")) {
            assertThat(router.route(a, RouteKind.MAIL)).as(a).isInstanceOfSatisfying(Route.Reject.class,
                    r -> assertThat(r.reason()).isEqualTo(Route.Reason.BAD_ADDRESS));
        }
        assertThat(router.route(null, RouteKind.MAIL)).isInstanceOf(Route.Reject.class);
    }

    @Test
    void randomAddressesNeverThrow() throws Exception {
        Router r = with(RouterGoldenTest.resource("/router/table.txt"));
        Random random = new Random(33);
        String alphabet = "ab@%!.:,<>\"\\[]19+-_ ü";
        for (int i = 0; i < 20000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (RouteKind kind : RouteKind.values()) {
                Route route = r.route(s.toString(), kind);
                assertThat(route).isNotNull();
                assertThat(route.cli().toList()).hasSize(3).doesNotContainNull();
            }
        }
    }

    @Test
    void routeKindWords() {
        assertThat(RouteKind.parse("Mail")).isEqualTo(RouteKind.MAIL);
        assertThat(RouteKind.parse("SIGNAL")).isEqualTo(RouteKind.SIGNAL);
        assertThat(RouteKind.parse("access")).isEqualTo(RouteKind.ACCESS);
        assertThatThrownBy(() -> RouteKind.parse("fax")).isInstanceOf(IllegalArgumentException.class);
    }
}
