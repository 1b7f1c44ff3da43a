package org.parley.mail.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** RFC 5321 §5.1 host selection with an injected resolver. */
class DestinationPlannerTest {
    MapResolver dns = new MapResolver();

    private DestinationPlanner planner(long seed) {
        return new DestinationPlanner(dns, 10, false, new SplittableRandom(seed));
    }

    private static List<String> names(DestinationPlan p) {
        assertThat(p).isInstanceOf(DestinationPlan.Hosts.class);
        return ((DestinationPlan.Hosts) p).candidates().stream().map(HostCandidate::name).toList();
    }

    private static String failure(DestinationPlan p) {
        assertThat(p).isInstanceOf(DestinationPlan.Failed.class);
        return ((DestinationPlan.Failed) p).reply().toString();
    }

    @Test
    void preferenceOrderWithEqualPreferencesShuffled() {
        dns.mx("d.test", 30, "c.d.test", 10, "a1.d.test", 10, "a2.d.test", 20, "b.d.test")
                .host("a1.d.test", "192.0.2.1").host("a2.d.test", "192.0.2.2")
                .host("b.d.test", "192.0.2.3").host("c.d.test", "192.0.2.4");
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            List<String> n = names(planner(seed).plan(new Destination("d.test", 0, true)));
            assertThat(n.subList(2, 4)).containsExactly("b.d.test", "c.d.test");
            assertThat(n.subList(0, 2)).containsExactlyInAnyOrder("a1.d.test", "a2.d.test");
            orders.add(n);
        }
        assertThat(orders).as("both orders of the equal-preference pair occur").hasSize(2);
    }

    @Test
    void portAndAddressesOfEachHost() {
        dns.mx("d.test", 10, "mx.d.test").host("mx.d.test", "2001:db8::1", "192.0.2.1");
        var hosts = ((DestinationPlan.Hosts) planner(1).plan(new Destination("d.test", 2525, true))).candidates();
        assertThat(hosts).extracting(h -> h.address().getHostAddress()).containsExactly("192.0.2.1", "2001:db8:0:0:0:0:0:1");
        assertThat(hosts).allSatisfy(h -> assertThat(h.port()).isEqualTo(2525));

        var v6 = new DestinationPlanner(dns, 10, true, RandomGenerator.getDefault());
        assertThat(((DestinationPlan.Hosts) v6.plan(new Destination("d.test", 0, true))).candidates().getFirst().port())
                .isEqualTo(25);
        assertThat(((DestinationPlan.Hosts) v6.plan(new Destination("d.test", 0, true))).candidates().getFirst()
                .address().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void implicitMxIsTheDomainItself() {
        dns.host("plain.test", "192.0.2.9");
        assertThat(names(planner(1).plan(new Destination("plain.test", 0, true)))).containsExactly("plain.test");
    }

    @Test
    void noMxAndNoAddressIsPermanent() {
        dns.mx("empty.test"); // exists, no MX
        assertThat(failure(planner(1).plan(new Destination("empty.test", 0, true)))).startsWith("550 5.1.2");
    }

    @Test
    void noSuchDomainIsPermanent() {
        assertThat(failure(planner(1).plan(new Destination("nowhere.test", 0, true)))).startsWith("550 5.1.2");
    }

    @Test
    void nullMxIsPermanent() {
        dns.mx("nomail.test", 0, "");
        assertThat(failure(planner(1).plan(new Destination("nomail.test", 0, true)))).startsWith("556 5.1.10");
    }

    @Test
    void dnsTroubleIsTemporary() {
        dns.failing("flaky.test");
        assertThat(failure(planner(1).plan(new Destination("flaky.test", 0, true)))).startsWith("451 4.4.3");

        dns.mx("half.test", 10, "broken.half.test", 20, "ok.half.test").failing("broken.half.test")
                .host("ok.half.test", "192.0.2.5");
        assertThat(names(planner(1).plan(new Destination("half.test", 0, true)))).containsExactly("ok.half.test");

        dns.mx("allbroken.test", 10, "x.allbroken.test").failing("x.allbroken.test");
        assertThat(failure(planner(1).plan(new Destination("allbroken.test", 0, true)))).startsWith("451 4.4.3");
    }

    @Test
    void mailExchangersWithoutAddressesAreTemporary() {
        dns.mx("dangling.test", 10, "gone.dangling.test");
        assertThat(failure(planner(1).plan(new Destination("dangling.test", 0, true)))).startsWith("451 4.4.4");
    }

    @Test
    void addressesAreCapped() {
        dns.mx("many.test", 10, "m1.many.test", 20, "m2.many.test")
                .host("m1.many.test", "192.0.2.1", "192.0.2.2", "192.0.2.3")
                .host("m2.many.test", "192.0.2.4", "192.0.2.5");
        var p = new DestinationPlanner(dns, 4, false, new SplittableRandom(1)).plan(new Destination("many.test", 0, true));
        assertThat(names(p)).containsExactly("m1.many.test", "m1.many.test", "m1.many.test", "m2.many.test");
    }

    @Test
    void addressDestinationsNeedNoDns() {
        assertThat(names(planner(1).plan(new Destination("192.0.2.7", 2525, false)))).containsExactly("192.0.2.7");
        assertThat(names(planner(1).plan(new Destination("2001:db8::7", 0, false)))).containsExactly("2001:db8::7");
        assertThat(dns.asked).isEmpty();
        assertThat(new Destination("2001:db8::7", 2525, false).queueName()).isEqualTo("[2001:db8::7]:2525");
    }

    @Test
    void hostDestinationLooksUpAddressesOnly() {
        dns.host("gw.test", "192.0.2.8");
        assertThat(names(planner(1).plan(new Destination("gw.test", 2525, false)))).containsExactly("gw.test");
        assertThat(dns.asked).containsExactly("A gw.test");
    }
}
