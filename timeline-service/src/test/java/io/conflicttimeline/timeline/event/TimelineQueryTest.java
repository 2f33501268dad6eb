package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.conflicttimeline.timeline.problem.Problem;
import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filters q, subType, bbox, minKilled, place by hierarchy, and GET /places/{id}, /actors/{id}, on the seeds. */
@QuarkusTest
class TimelineQueryTest {

    private static final String KYIV = "ua-post:01001";

    private final SeedAnnotations seeds = new SeedAnnotations();

    @BeforeEach
    void placeSeeds() {
        seeds.placeInOrder(List.of("000", "001", "002", "003", "004"));
    }

    private static List<Map<String, Object>> timeline(String name, String value) {
        return given().queryParam("limit", 500).queryParam(name, value).get("/timeline")
                .then().statusCode(200).extract().jsonPath().getList("events");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> location(Map<String, Object> event) {
        return (Map<String, Object>) event.get("location");
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("sources")).stream()
                .map(s -> String.valueOf(s.get("title"))).toList();
    }

    @Test
    void qSearchesSummariesAndSourceTitles() {
        List<Map<String, Object>> ballistic = timeline("q", "ballistic missile STRIKE");
        assertThat(ballistic).isNotEmpty().allSatisfy(e -> assertThat(titles(e))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("ballistic missile strike")));
        assertThat(timeline("q", "Kryvyi")).singleElement()
                .satisfies(e -> assertThat(location(e)).containsEntry("name", "Kryvyi Rih"));
        assertThat(timeline("q", "no such words anywhere")).isEmpty();
    }

    @Test
    void subTypeIsAnExactCaseInsensitiveMatch() {
        List<Map<String, Object>> rejections = timeline("subType", "rejection");
        assertThat(rejections).isNotEmpty().allSatisfy(e -> assertThat(e.get("subType")).isEqualTo("Rejection"));
        assertThat(timeline("subType", "Reject")).isEmpty();
    }

    @Test
    void bboxSelectsEventsLocatedInside() {
        List<Map<String, Object>> kyiv = timeline("bbox", "30.2,50.2,30.9,50.7");
        assertThat(kyiv).isNotEmpty().allSatisfy(e -> {
            double lon = ((Number) location(e).get("lon")).doubleValue();
            double lat = ((Number) location(e).get("lat")).doubleValue();
            assertThat(lon).isBetween(30.2, 30.9);
            assertThat(lat).isBetween(50.2, 50.7);
        });
        assertThat(kyiv).noneSatisfy(e -> assertThat(location(e).get("name")).isEqualTo("Kryvyi Rih"));
    }

    @Test
    void minKilledUsesTheBestEstimate() {
        assertThat(timeline("minKilled", "2")).singleElement()
                .satisfies(e -> assertThat(location(e)).containsEntry("name", "Sumy Oblast"));
        assertThat(timeline("minKilled", "1")).hasSize(2);
    }

    @Test
    void placeMatchesByHierarchy() {
        // Kryvyi Rih lies in Dnipropetrovsk Oblast.
        assertThat(timeline("place", "dnipropetrovsk")).singleElement()
                .satisfies(e -> assertThat(location(e)).containsEntry("name", "Kryvyi Rih"));
    }

    @Test
    void placeByGazetteerIdIncludesEverythingInside() {
        List<Map<String, Object>> kyiv = timeline("place", KYIV);
        assertThat(kyiv).isNotEmpty().allSatisfy(e -> assertThat(location(e).get("admin1")).isEqualTo("Kyiv City"));
        List<Object> inside = given().get("/places/{id}", KYIV).then().statusCode(200).extract().jsonPath()
                .getList("events.id");
        assertThat(kyiv.stream().map(e -> e.get("id")).toList()).containsExactlyElementsOf(inside);
        assertThat(timeline("place", "geonames:0")).isEmpty();
    }

    @Test
    void placeAndActorResourcesListTheirEvents() {
        Map<String, Object> kyiv = given().get("/places/{id}", KYIV).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(kyiv).containsEntry("name", "Kyiv").containsEntry("kind", "city").containsEntry("country", "UA");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) kyiv.get("events");
        assertThat(events).isNotEmpty()
                .allSatisfy(e -> assertThat(location(e).get("admin1")).isEqualTo("Kyiv City"));

        List<String> klitschko = given().get("/actors/{id}", "local:vitali-klitschko").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Vitali Klitschko"))
                .extract().jsonPath().getList("events.id");
        assertThat(klitschko).isNotEmpty();
    }

    @Test
    void unknownPlacesAndActorsAreNotFound() {
        given().get("/places/{id}", "geonames:0").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("geonames:0"));
        given().get("/actors/{id}", "local:nobody").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("local:nobody"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bbox      | 1,2,3          | bbox",
            "bbox      | a,2,3,4        | bbox",
            "bbox      | 10,10,5,5      | bbox",
            "bbox      | 0,0,200,10     | bbox",
            "minKilled | -1             | minKilled",
            "minKilled | many           | minKilled",
    })
    void badFiltersAreProblems(String name, String value, String named) {
        given().queryParam(name, value).get("/timeline").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(named));
    }
}
