package org.parley.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CgpHostileInputTest {
    @Test
    void hundredThousandOpenParenthesesStopAtTheDepthLimit() {
        assertThatThrownBy(() -> CgpParser.parse("(".repeat(100_000)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("nesting deeper than 64 at 64");
        assertThatThrownBy(() -> CgpParser.parse("{a=".repeat(100_000)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("nesting deeper than 64 at " + 64 * 3);
    }

    @Test
    void depthLimitIsExact() throws CgpSyntaxException {
        assertThat(CgpParser.parse("(".repeat(64) + ")".repeat(64))).isInstanceOf(List.class);
        assertThatThrownBy(() -> CgpParser.parse("(".repeat(65) + ")".repeat(65)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("nesting deeper than 64 at 64");
        CgpLimits shallow = new CgpLimits(1000, 2, 1000);
        assertThat(CgpParser.parse("{a=(b);}", shallow)).isNotNull();
        assertThatThrownBy(() -> CgpParser.parse("{a=((b));}", shallow)).hasMessage("nesting deeper than 2 at 4");
    }

    @Test
    void theDepthCapFitsInASmallThreadStack() throws InterruptedException {
        int depth = CgpLimits.DEPTH_CAP;
        String text = "(".repeat(depth) + ")".repeat(depth);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(CgpParser.parse(text, new CgpLimits(1 << 20, depth, 100_000)));
                CgpPrinter.print(result.get());
                CgpPrinter.printPretty(result.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(failure.get()).isNull();
        assertThat(result.get()).isInstanceOf(List.class);
    }

    @Test
    void limitsAreEnforcedBeforeTheWork() {
        assertThatThrownBy(() -> CgpParser.parse("x".repeat(11), new CgpLimits(10, 64, 100)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("input longer than 10 characters at 10");
        assertThatThrownBy(() -> CgpParser.parse("\"" + "x".repeat((1 << 20) + 1) + "\""))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("input longer than 1048576 characters at 1048576");
        assertThatThrownBy(() -> CgpParser.parse("(" + "a,".repeat(100_000) + "a)"))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("more than 100000 elements at 200001");
        assertThatThrownBy(() -> CgpParser.parse("{a=(b,c);d=e;}", new CgpLimits(100, 64, 3)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("more than 3 elements at 9");
        assertThatThrownBy(() -> new CgpLimits(10, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CgpLimits(10, CgpLimits.DEPTH_CAP + 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CgpLimits(-1, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hugeTokensAreRejectedWithoutAllocatingForThem() {
        assertThatThrownBy(() -> CgpParser.parse("#" + "1".repeat(1_000_000)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("number out of range at 0");
        assertThatThrownBy(() -> CgpParser.parse("#I[" + "1".repeat(1_000_000) + "]"))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("invalid IP address at 0");
        assertThatThrownBy(() -> CgpParser.parse("[" + "A".repeat(999_999)))
                .isInstanceOf(CgpSyntaxException.class).hasMessage("unterminated data block at 0");
    }

    /** Random text over an alphabet rich in syntax chars: only CgpSyntaxException may come out. */
    @Test
    void randomGarbageOnlyEverThrowsSyntaxErrors() {
        String alphabet = "(){}[]\"\\,;=#TIN-_:.@/*~ \t\r\n0123456789abcdefULLe\u0000\u00E9\uD83D\uDE00\uD800\u007F";
        Random r = new Random(1234);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int j = 0; j < n; j++) {
                sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x10000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            parseOrSyntaxError(sb.toString());
        }
    }

    /** Valid printed values with chars deleted, duplicated or replaced. */
    @Test
    void mutatedValidTextOnlyEverThrowsSyntaxErrors() {
        Random r = new Random(99);
        String noise = "(){}[]\",;=#\\ \u0000x9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(CgpPrinter.print(CgpValues.value(r, 0)));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits && !sb.isEmpty(); e++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, sb.charAt(at));
                    default -> sb.setCharAt(at, noise.charAt(r.nextInt(noise.length())));
                }
            }
            parseOrSyntaxError(sb.toString());
        }
    }

    /** The CLI reader's word operations on garbage: same rule. */
    @Test
    void readerOperationsOnGarbageOnlyEverThrowSyntaxErrors() {
        Random r = new Random(7);
        String alphabet = "INTO into \"x y\" {a=b;} (c,d) [HcqHfHI=] #5 #T22-10-2009 * ~bob/INBOX \u0000 ; = , \\";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            try {
                CgpReader reader = new CgpReader(text);
                for (int step = 0; step < 50 && !reader.atEnd(); step++) {
                    int before = reader.offset();
                    switch (r.nextInt(4)) {
                        case 0 -> reader.readWord();
                        case 1 -> reader.readObject();
                        case 2 -> reader.readString();
                        default -> {
                            if (!reader.tryKeyword("into") && reader.peekWord() == null) {
                                reader.readObject();
                            }
                        }
                    }
                    assertThat(reader.offset()).as(text).isGreaterThanOrEqualTo(before);
                }
            } catch (CgpSyntaxException expected) {
                assertThat(expected.offset()).as(text).isBetween(0, text.length());
            } catch (Throwable t) {
                fail("unexpected " + t + " for input " + escape(text), t);
            }
        }
    }

    private static void parseOrSyntaxError(String text) {
        Object value;
        try {
            value = CgpParser.parse(text);
        } catch (CgpSyntaxException expected) {
            assertThat(expected.offset()).as(escape(text)).isBetween(0, text.length());
            return;
        } catch (Throwable t) {
            fail("unexpected " + t + " for input " + escape(text), t);
            return;
        }
        // whatever parses must print and parse back to itself
        try {
            assertThat(CgpValues.deepEquals(CgpParser.parse(CgpPrinter.print(value)), value)).as(escape(text)).isTrue();
        } catch (CgpSyntaxException | IllegalArgumentException e) {
            fail("accepted input did not round-trip: " + escape(text), e);
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
