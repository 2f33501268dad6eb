package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-article date inference on the five seeds' annotations as the nlp-service produces them
 * ({@code fixtures/seeds}), published through the real broker one at a time in several orders.
 */
@QuarkusTest
class CrossArticleDatesTest {

    private static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");
    private static final List<List<String>> ORDERS = List.of(
            List.of("000", "001", "002", "003", "004"),
            List.of("004", "003", "002", "001", "000"),
            List.of("002", "000", "004", "001", "003"),
            List.of("001", "004", "000", "003", "002"),
            List.of("003", "001", "000", "002", "004"));

    private final SeedAnnotations annotations = new SeedAnnotations();

    /** Places the seeds in this order and returns the timeline's events. */
    private List<Map<String, Object>> placeInOrder(List<String> order) {
        annotations.placeInOrder(order);
        return given().queryParam("limit", 500).get("/timeline").then().statusCode(200)
                .extract().jsonPath().getList("events");
    }

    @SuppressWarnings("unchecked")
    private Set<String> seeds(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("sources")).stream()
                .map(s -> annotations.seedOf(s.get("articleId")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private String placeName(Map<String, Object> event) {
        Object location = event.get("location");
        return location instanceof Map<?, ?> map ? String.valueOf(((Map<String, Object>) map).get("name")) : null;
    }

    /** What must not depend on the order: each event's type, date, place and sources. */
    private List<String> signature(List<Map<String, Object>> events) {
        return events.stream()
                .map(e -> e.get("subType") + " | " + e.get("date") + " | " + placeName(e) + " | " + seeds(e))
                .sorted().toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> events, String what) {
        assertThat(events).as(what).hasSize(1);
        return events.getFirst();
    }

    @Test
    void undatedReportsInheritTheDayOfTheEventTheyJoinWhateverTheOrder() {
        List<String> first = null;
        for (List<String> order : ORDERS) {
            List<Map<String, Object>> events = placeInOrder(order);
            List<String> signature = signature(events);
            if (first == null) {
                first = signature;
            } else {
                assertThat(signature).as("timeline after placing " + order).isEqualTo(first);
            }

            Map<String, Object> kyiv = only(events.stream()
                    .filter(e -> "Kyiv".equals(placeName(e)) && seeds(e).contains("000")).toList(),
                    "the Kyiv strike reported by 000 (order " + order + ")");
            assertThat(String.valueOf(kyiv.get("date"))).startsWith("2025-02-12");
            assertThat(seeds(kyiv)).containsExactly("000", "001", "002", "003");
            // Its date is stated by 002, so it is not inferred.
            assertThat(kyiv.get("dateInferred")).isEqualTo(false);

            // 000 says "overnight", 001 "Tuesday night": with the inferred date both are the night of 11 February.
            Map<String, Object> kryvyiRih = only(events.stream()
                    .filter(e -> "Kryvyi Rih".equals(placeName(e))).toList(),
                    "events in Kryvyi Rih (order " + order + ")");
            assertThat(kryvyiRih.get("date")).isEqualTo("2025-02-11TNI");
            assertThat(seeds(kryvyiRih)).containsExactly("000", "001");
            assertThat(kryvyiRih.get("dateInferred")).isEqualTo(true);
            assertThat(((Number) kryvyiRih.get("dateConfidence")).doubleValue()).isLessThan(1.0);

            // 003's "February 11" strike in Sumy gets the year of the inferred date.
            assertThat(events.stream().filter(e -> "Sumy Oblast".equals(placeName(e))).map(e -> e.get("date")))
                    .containsExactly("2025-02-11");

            // 001's "will meet ... on Friday" looks ahead: the Friday after the inferred Wednesday, not the one before.
            assertThat(events.stream().filter(e -> seeds(e).contains("001")).map(e -> String.valueOf(e.get("date"))))
                    .as("dates of 001's events (order " + order + ")")
                    .contains("2025-02-14").doesNotContain("2025-02-07");

            // 004 states no date and its main event joins nothing dated: all its events stay undated.
            List<Map<String, Object>> may = events.stream().filter(e -> seeds(e).contains("004")).toList();
            assertThat(may).isNotEmpty();
            assertThat(may).allSatisfy(e -> {
                assertThat(seeds(e)).containsExactly("004");
                assertThat(Objects.toString(e.get("date"), "X")).contains("X");
            });
        }
    }

    @Test
    void theInferredDocumentDateIsShownOnTheSourceWithItsConfidence() {
        List<Map<String, Object>> events = placeInOrder(SEEDS);
        Map<String, Object> kyiv = events.stream()
                .filter(e -> "Kyiv".equals(placeName(e)) && seeds(e).contains("000")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) kyiv.get("sources");
        Map<String, Object> bbc = sources.stream().filter(s -> "000".equals(annotations.seedOf(s.get("articleId"))))
                .findFirst().orElseThrow();
        assertThat(bbc.get("inferredDocumentDate")).isEqualTo("2025-02-12");
        assertThat(((Number) bbc.get("inferredDateConfidence")).doubleValue()).isEqualTo(DateInference.CONFIDENCE);
        Map<String, Object> stated = sources.stream().filter(s -> "002".equals(annotations.seedOf(s.get("articleId"))))
                .findFirst().orElseThrow();
        assertThat(stated.get("inferredDocumentDate")).isNull();
    }
}
