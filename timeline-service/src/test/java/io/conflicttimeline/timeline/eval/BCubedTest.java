package io.conflicttimeline.timeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void aPerfectClusteringScoresOne() {
        BCubed score = BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "y"));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void mergingTwoClassesCostsPrecisionAndSplittingOneCostsRecall() {
        // gold {1,2} {3}; predicted all together: precision (2/3 + 2/3 + 1/3) / 3, recall 1
        BCubed merged = BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertThat(merged.precision()).isCloseTo(5 / 9.0, within(1e-9));
        assertThat(merged.recall()).isEqualTo(1.0);
        // gold {1,2} {3}; predicted all apart: precision 1, recall (1/2 + 1/2 + 1) / 3
        BCubed split = BCubed.of(List.of("a", "a", "b"), List.of("x", "y", "z"));
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(split.f1()).isCloseTo(0.8, within(1e-9));
    }
}
