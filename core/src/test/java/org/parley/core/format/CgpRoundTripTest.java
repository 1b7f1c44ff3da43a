package org.parley.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** parse(print(v)) equals v, and print(parse(x)) is a fixed point, over seeded random values. */
class CgpRoundTripTest {
    private static final int CASES = 4000;

    @Test
    void singleLineFormParsesBackToTheSameValue() throws CgpSyntaxException {
        Random r = new Random(0x5eed_cafeL);
        for (int i = 0; i < CASES; i++) {
            Object value = CgpValues.value(r, 0);
            String text = CgpPrinter.print(value);
            assertThat(text).as("case %d", i).doesNotContain("\n", "\r");
            Object parsed = CgpParser.parse(text, CgpLimits.DEFAULT, CgpLeniency.STRICT);
            assertThat(CgpValues.deepEquals(parsed, value)).as("case %d: %s", i, text).isTrue();
            assertThat(CgpPrinter.print(parsed)).as("case %d", i).isEqualTo(text);
        }
    }

    @Test
    void prettyFormParsesBackToTheSameValue() throws CgpSyntaxException {
        Random r = new Random(42);
        for (int i = 0; i < CASES; i++) {
            Object value = CgpValues.value(r, 0);
            String text = CgpPrinter.printPretty(value);
            Object parsed = CgpParser.parse(text, CgpLimits.DEFAULT, CgpLeniency.STRICT);
            assertThat(CgpValues.deepEquals(parsed, value)).as("case %d: %s", i, text).isTrue();
            assertThat(CgpPrinter.printPretty(parsed)).as("case %d", i).isEqualTo(text);
            assertThat(CgpPrinter.print(parsed)).as("case %d", i).isEqualTo(CgpPrinter.print(value));
        }
    }

    @Test
    void printingNonCanonicalInputReachesAFixedPointInOneStep() throws CgpSyntaxException {
        String[] inputs = {
            "{ a = \"b\" ; \"c\" = ( x ,\"y z\" ) }",
            "[HcqH fHI]",
            "[AB==]",
            "#007",
            "#-0",
            "\"\\e\\n\\r\\t\\065\\195\\169\"",
            "( \"INBOX\" , \"Sent Items\" )",
            "{RealName=\"Alice Smith\";MaxAccountSize=100M;}",
        };
        for (String input : inputs) {
            String once = CgpPrinter.print(CgpParser.parse(input));
            assertThat(CgpPrinter.print(CgpParser.parse(once))).as(input).isEqualTo(once);
        }
    }
}
