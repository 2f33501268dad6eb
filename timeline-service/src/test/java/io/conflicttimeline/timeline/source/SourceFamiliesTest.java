package io.conflicttimeline.timeline.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewrites on the seeds through the real broker: 001 re-publishes 000 in other words. */
@QuarkusTest
class SourceFamiliesTest {

    private final SeedAnnotations seeds = new SeedAnnotations();

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sourcesOfKyivStrike() {
        List<Map<String, Object>> events = given().queryParam("limit", 500).queryParam("place", "Kyiv")
                .get("/timeline").then().statusCode(200).extract().jsonPath().getList("events");
        Map<String, Object> strike = events.stream()
                .filter(e -> ((List<Map<String, Object>>) e.get("sources")).stream()
                        .anyMatch(s -> seeds.articleId("001").equals(s.get("articleId"))))
                .filter(e -> "Explosions/Remote violence".equals(e.get("type")))
                .findFirst().orElseThrow();
        assertThat(strike.get("independentSources")).isEqualTo(3);
        return (List<Map<String, Object>>) strike.get("sources");
    }

    private Map<String, Object> source(List<Map<String, Object>> sources, String seed) {
        return sources.stream().filter(s -> seeds.articleId(seed).equals(s.get("articleId"))).findFirst()
                .orElseThrow();
    }

    @Test
    void aRewordedRepublicationJoinsTheOriginalsFamilyWhateverTheOrder() {
        for (List<String> order : List.of(List.of("000", "001", "002", "003"), List.of("003", "002", "001", "000"))) {
            seeds.placeInOrder(order);
            List<Map<String, Object>> sources = sourcesOfKyivStrike();
            Map<String, Object> bbc = source(sources, "000");
            Map<String, Object> rewrite = source(sources, "001");
            assertThat(rewrite.get("sourceFamily")).isEqualTo(bbc.get("sourceFamily"));
            assertThat(java.util.Arrays.asList(rewrite.get("rewriteOf"), bbc.get("rewriteOf")))
                    .as("one of the two re-publishes the other (order " + order + ")")
                    .containsAnyOf(seeds.articleId("000"), seeds.articleId("001"));
            Map<String, Object> copy = rewrite.get("rewriteOf") != null ? rewrite : bbc;
            assertThat(((Number) copy.get("similarity")).doubleValue())
                    .isGreaterThanOrEqualTo(TextSimilarity.REWRITE_THRESHOLD);
            for (String independent : List.of("002", "003")) {
                Map<String, Object> other = source(sources, independent);
                assertThat(other.get("sourceFamily")).isEqualTo(seeds.articleId(independent));
                assertThat(other.get("rewriteOf")).isNull();
            }
        }
    }
}
