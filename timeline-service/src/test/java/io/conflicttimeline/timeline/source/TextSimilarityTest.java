package io.conflicttimeline.timeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.conflicttimeline.timeline.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static TextSimilarity.Profile seed(String number) {
        ArticleAnnotated annotation = Fixtures.annotation("fixtures/seeds/annotated-" + number + ".json");
        return TextSimilarity.profile(annotation);
    }

    @Test
    void theRewordedRepublicationOfSeed000IsARewrite() {
        double score = TextSimilarity.score(seed("000"), seed("001"));
        assertThat(score).isGreaterThanOrEqualTo(TextSimilarity.REWRITE_THRESHOLD);
        assertThat(TextSimilarity.score(seed("001"), seed("000"))).isEqualTo(score);
    }

    @Test
    void independentReportsOfTheSameEventAreNot() {
        List<String> seeds = List.of("000", "001", "002", "003", "004");
        for (String a : seeds) {
            for (String b : seeds) {
                if (a.compareTo(b) < 0 && !(a.equals("000") && b.equals("001"))) {
                    double score = TextSimilarity.score(seed(a), seed(b));
                    assertThat(score).as(a + " vs " + b).isLessThan(TextSimilarity.REWRITE_THRESHOLD);
                }
            }
        }
    }

    @Test
    void anArticleIsFullySimilarToItself() {
        assertThat(TextSimilarity.score(seed("003"), seed("003"))).isGreaterThan(0.95);
    }
}
