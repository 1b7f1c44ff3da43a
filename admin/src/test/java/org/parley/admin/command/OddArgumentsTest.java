package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliResponse;
import org.parley.admin.testing.CliSessionTestBase;

/**
 * Every verb with odd argument shapes: each gets an ordinary answer (2xx or a specific 5xx), never
 * an internal error, and the session keeps serving.
 */
class OddArgumentsTest extends CliSessionTestBase {
    private static final List<String> SHAPES = List.of(
            "", "x", "\"\"", "{}", "()", "#5", "#NULL#", "[AAAA]", "#I[10.0.0.1]", "#T01-01-2020",
            "x {}", "x ()", "x (#5)", "x ({a=b;})", "x {a=#NULL#;}", "x {Password=#5;}", "x {RealName=(a);}",
            "x INTO", "x INTO \"\"", "x TO", "x TO \"\"", "x PASSWORD", "x PASSWORD #5",
            "* {}", "x@ {}", "@x", "x@y@z", "x@example.test@", "\"x y\"", "x " + "y".repeat(300),
            "y".repeat(300) + "@example.test", "x@" + "d".repeat(300), "ü", "\"\\e\"", "example.test {Members=#5;}");

    @Test
    void noVerbAnswersWithAnInternalError() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> verbs = (List<String>) pm.data("LISTCLICOMMANDS");
        for (String verb : verbs) {
            if (List.of("QUIT", "STLS", "STARTTLS", "DELETEDOMAIN", "SETACCOUNTRIGHTS").contains(verb)) {
                continue; // ending the session or locking ourselves out is not the point here
            }
            for (String shape : SHAPES) {
                String line = verb + " " + shape;
                CliResponse r = pm.call(line);
                assertThat(r.code()).as(line + " -> " + r.text()).isNotEqualTo(CliCodes.INTERNAL_ERROR).isBetween(200, 599);
            }
        }
        assertThat(pm.data("MAINDOMAINNAME")).isEqualTo("example.test");
    }
}
