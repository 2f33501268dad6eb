package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Versions, per-figure ranges and GET /events/{id}/history, from the seeds placed through the real broker. */
@QuarkusTest
class EventHistoryTest {

    private final SeedAnnotations seeds = new SeedAnnotations();

    @SuppressWarnings("unchecked")
    private Map<String, Object> kyivStrike() {
        List<Map<String, Object>> events = given().queryParam("limit", 500).queryParam("place", "Kyiv")
                .get("/timeline").then().statusCode(200).extract().jsonPath().getList("events");
        return events.stream()
                .filter(e -> ((List<Map<String, Object>>) e.get("sources")).stream()
                        .anyMatch(s -> seeds.articleId("000").equals(s.get("articleId"))))
                .findFirst().orElseThrow();
    }

    @Test
    void everyChangeIncrementsTheVersionAndNamesTheArticleAndFields() {
        seeds.placeInOrder(List.of("000", "003", "002"));
        Map<String, Object> event = kyivStrike();
        String id = String.valueOf(event.get("id"));

        JsonPath history = given().get("/events/{id}/history", id).then().statusCode(200).extract().jsonPath();
        List<Integer> versions = history.getList("changes.version", Integer.class);
        assertThat(versions).isNotEmpty();
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(i + 1);
        }
        assertThat(history.getInt("version")).isEqualTo(versions.getLast()).isEqualTo(event.get("version"));

        assertThat(history.getString("changes[0].reason")).isEqualTo("created");
        assertThat(history.getString("changes[0].articleId")).isEqualTo(seeds.articleId("000"));
        assertThat(history.getList("changes[0].fields.field", String.class)).contains("date", "killed", "injured");

        // 003 ("February 12") adds a month and day, 002 ("Wednesday (Feb 12)", dated) the year.
        List<Map<String, Object>> changes = history.getList("changes");
        Map<String, Object> dated = changes.stream()
                .filter(c -> seeds.articleId("002").equals(c.get("articleId"))).findFirst().orElseThrow();
        assertThat(dated.get("reason")).isEqualTo("source-added");
        @SuppressWarnings("unchecked")
        Map<String, Object> date = ((List<Map<String, Object>>) dated.get("fields")).stream()
                .filter(f -> "date".equals(f.get("field"))).findFirst().orElseThrow();
        assertThat(date.get("from")).isEqualTo("XXXX-02-12TMO");
        assertThat(date.get("to")).isEqualTo("2025-02-12");
        assertThat(changes).anySatisfy(c -> assertThat(c.get("articleId")).isEqualTo(seeds.articleId("003")));
    }

    @Test
    void theEventCarriesLowBestHighForEveryFigure() {
        seeds.placeInOrder(List.of("000", "003", "002"));
        Map<String, Object> event = kyivStrike();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> ranges = (Map<String, Map<String, Object>>) event.get("figureRanges");
        // 000 says exactly 1 killed and 4 injured, 003 "at least one" and "three others": best is the exact figure.
        assertThat(ranges.get("killed")).containsEntry("low", 1).containsEntry("best", 1).containsEntry("high", 1);
        assertThat(ranges.get("injured")).containsEntry("low", 3).containsEntry("best", 4);
        assertThat(ranges.get("missilesLaunched")).containsEntry("best", 7);
        assertThat(ranges.get("dronesIntercepted")).containsEntry("best", 71);
        assertThat(ranges).doesNotContainKey("prisonersExchanged");
    }

    @Test
    void anEventMergedByDateInferenceKeepsItsHistory() {
        // 000 ("overnight") and 001 ("Tuesday night") report the Kryvyi Rih strike as two undated events until the
        // Kyiv strike is dated by 002; then one of them is merged into the other.
        seeds.placeInOrder(List.of("000", "001", "002"));
        List<Map<String, Object>> merged = given().queryParam("limit", 500).queryParam("place", "Kryvyi Rih")
                .get("/timeline").then().statusCode(200).extract().jsonPath().getList("events");
        assertThat(merged).hasSize(1);
        String id = String.valueOf(merged.getFirst().get("id"));
        JsonPath history = given().get("/events/{id}/history", id).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("changes.reason", String.class)).contains("date-inferred");
    }

    @Test
    void historyOfAnUnknownEventIsNotFound() {
        given().get("/events/{id}/history", UUID.randomUUID().toString())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("no event"));
        given().get("/events/{id}/history", "not-a-uuid")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
