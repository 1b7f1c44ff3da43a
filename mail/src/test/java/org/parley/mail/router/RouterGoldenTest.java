package org.parley.mail.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Routes every address of {@code router/routes.txt} through {@code router/table.txt}. */
class RouterGoldenTest {

    record Case(int line, String address, RouteKind kind, String expected) {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RouterGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> routes() throws Exception {
        Router router = new Router(MemoryDirectory.standard());
        router.setTable(resource("/router/table.txt"));
        List<Case> cases = new ArrayList<>();
        String[] lines = resource("/router/routes.txt").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int arrow = l.indexOf(" => ");
            String left = l.substring(0, arrow);
            int sp = left.lastIndexOf(' ');
            cases.add(new Case(i + 1, left.substring(0, sp), RouteKind.parse(left.substring(sp + 1)),
                    l.substring(arrow + 4)));
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.address() + " " + c.kind(),
                () -> {
                    Route r = router.route(c.address(), c.kind());
                    CliRoute cli = r.cli();
                    String actual = cli.module() + " | " + cli.host() + " | " + cli.address() + " | "
                            + (r.relay() ? "relay" : "norelay");
                    assertThat(actual).as("routes.txt line %d, route %s", c.line(), r).isEqualTo(c.expected());
                }));
    }
}
