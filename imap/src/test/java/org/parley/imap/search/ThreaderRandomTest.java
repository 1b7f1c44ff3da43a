package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.imap.codec.ThreadAlgorithm;
import org.parley.imap.codec.ThreadNode;

/**
 * Seeded random message sets full of what breaks threaders: duplicate and missing Message-IDs,
 * self-references, References that loop, dangling parents, equal dates, reply and forward
 * prefixes on a few subjects. Whatever the input, every message appears exactly once and the
 * trees are finite; REFERENCES leaves dummies only at the top with two or more children.
 */
class ThreaderRandomTest {
    private static final String[] SUBJECTS = {"alpha", "beta", "gamma", "delta", "", "Re: alpha", "Fwd: beta", "[x] gamma"};

    @Test
    void everyMessageExactlyOnceAndNoLoops() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(120);
            int idPool = Math.max(1, n * 3 / 4);
            List<SearchItem> items = new ArrayList<>(n);
            List<Integer> seqs = new ArrayList<>();
            int seq = 0;
            for (int i = 0; i < n; i++) {
                seq += 1 + (r.nextInt(5) == 0 ? r.nextInt(10) : 0); // gaps, as after a search
                String id = r.nextInt(10) == 0 ? null : "<" + r.nextInt(idPool) + "@r>";
                StringBuilder refs = new StringBuilder();
                int k = r.nextInt(6);
                for (int j = 0; j < k; j++) {
                    refs.append(j == 0 ? "" : " ").append('<').append(r.nextInt(idPool + 5)).append("@r>");
                }
                String subject = (r.nextBoolean() ? "Re: " : "") + SUBJECTS[r.nextInt(SUBJECTS.length)];
                items.add(TestMessages.threaded(seq, id, k == 0 ? null : refs.toString(), subject, r.nextInt(20)));
                seqs.add(seq);
            }
            for (ThreadAlgorithm algorithm : ThreadAlgorithm.values()) {
                List<ThreadNode> threads = Threader.thread(items, algorithm);
                ThreadShape shape = ThreadShape.of(threads); // throws on a node reached twice
                assertThat(shape.messages())
                        .as("seed %d %s", seed, algorithm)
                        .containsExactlyInAnyOrderElementsOf(seqs.stream().map(Integer::longValue).toList());
                assertThat(shape.nestedDummies()).as("seed %d %s", seed, algorithm).isEmpty();
                assertThat(shape.dummies()).allSatisfy(d -> assertThat(d.children()).hasSizeGreaterThanOrEqualTo(2));
                // the writer renders it: balanced parentheses, every number once
                String rendered = TestMessages.render(threads);
                assertThat(rendered.chars().filter(c -> c == '(').count())
                        .isEqualTo(rendered.chars().filter(c -> c == ')').count());
            }
        }
    }
}
