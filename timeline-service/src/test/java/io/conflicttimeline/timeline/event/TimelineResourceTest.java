package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.conflicttimeline.timeline.messaging.Channels;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.TestBroker;
import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REST contract of the timeline over the seed-like fixtures, placed once through the broker: the 12 February
 * strike on Kyiv (four reports), a Sumy strike without a year, the Russian rejection (two reports), the undated May
 * attack on Kyiv and the prisoner exchange.
 */
@QuarkusTest
class TimelineResourceTest {

    static final List<String> FIXTURES = List.of(Fixtures.CONTRACT_ANNOTATED, Fixtures.CONTRACT_STATEMENT,
            Fixtures.SEED_001, Fixtures.SEED_002, Fixtures.SEED_003, Fixtures.SEED_004);
    static final String SEED_000 = "3f1c9a7e52b04d8c9e6a1b2c3d4e5f60";

    @BeforeAll
    static void placeFixtures() {
        try (TestBroker broker = TestBroker.connect()) {
            broker.purgeAnnotations();
            TimelineTables.clear();
            for (String fixture : FIXTURES) {
                broker.publishAnnotated(Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8));
            }
            for (String fixture : FIXTURES) {
                String articleId = Fixtures.tree(fixture).get("articleId").asText();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> broker.received(Channels.ARTICLE_PLACED, articleId), list -> !list.isEmpty());
            }
        }
    }

    private static JsonPath timeline(Map<String, ?> query) {
        return given().queryParams(query).get("/timeline").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void listsEventsByDateWithUndatedLast() {
        JsonPath page = timeline(Map.of());
        List<String> dates = page.getList("events.date");
        assertThat(dates).hasSize(5);
        // The Sumy strike's "11 February" gets its year from the Kyiv strike its article also reports (inferred).
        assertThat(dates.subList(0, 3)).containsExactly("2025-02-11", "2025-02-12", "2025-02-12");
        assertThat(dates.subList(3, 5)).noneMatch(date -> date != null && date.startsWith("2025"));
        assertThat(page.getString("nextCursor")).isNull();
    }

    @Test
    void eventHasTheDocumentedShape() {
        JsonPath page = timeline(Map.of("place", "kyiv", "from", "2025-02-12", "to", "2025-02-12"));
        assertThat(page.getList("events")).hasSize(1);
        Map<String, Object> event = page.getMap("events[0]");
        assertThat(event).containsOnlyKeys("id", "type", "subType", "date", "datePrecision", "location", "actors",
                "figures", "summary", "sources", "quotes", "dateConfidence", "dateInferred", "version",
                "figureRanges", "independentSources", "places");
        assertThat(page.getList("events[0].places.name")).startsWith("Kyiv");
        assertThat(page.getMap("events[0].location")).containsOnlyKeys("name", "admin1", "country", "lat", "lon",
                "geonameId", "precision", "admin2", "kind", "gazetteerId");
        assertThat(page.getString("events[0].location.name")).isEqualTo("Kyiv");
        assertThat(page.getString("events[0].location.admin1")).isEqualTo("Kyiv City");
        assertThat(page.getString("events[0].location.country")).isEqualTo("UA");
        assertThat(page.getLong("events[0].location.geonameId")).isEqualTo(703448L);
        assertThat(page.getMap("events[0].figures")).containsOnlyKeys("killed", "injured", "missiles", "drones",
                "prisoners");
        assertThat(page.getMap("events[0].figures.killed")).containsEntry("low", 1).containsEntry("best", 1)
                .containsEntry("high", 1);
        assertThat(page.getMap("events[0].figures.injured")).containsEntry("low", 3).containsEntry("best", 4)
                .containsEntry("high", 4);
        assertThat(page.getMap("events[0].figures.missiles")).containsEntry("launched", 7)
                .containsEntry("intercepted", 6);
        assertThat(page.getMap("events[0].figures.drones")).containsEntry("intercepted", 71);
        assertThat(page.getMap("events[0].figures.prisoners")).containsKey("exchanged");
        assertThat(page.getList("events[0].actors.name")).contains("Russian Armed Forces");
        assertThat(page.getMap("events[0].actors[0]")).containsOnlyKeys("name", "role", "entityId");
        assertThat(page.getList("events[0].sources")).hasSize(4);
        assertThat(page.getMap("events[0].sources[0]")).containsOnlyKeys("articleId", "outlet", "title",
                "publishedAt", "inferredDocumentDate", "inferredDateConfidence", "sourceFamily", "rewriteOf",
                "similarity");
        assertThat(page.getList("events[0].sources.articleId")).contains(SEED_000);
        assertThat(page.getList("events[0].quotes.speaker")).containsExactly("Volodymyr Zelensky");
        assertThat(page.getString("events[0].summary"))
                .isEqualTo("Missile and drone attack on Kyiv, Kyiv City, Ukraine on 2025-02-12: 1 killed, 4 injured.");
    }

    @Test
    void filtersByTypePlaceActorAndDate() {
        assertThat(timeline(Map.of("type", "statements")).getList("events.subType")).containsExactly("Rejection");
        assertThat(timeline(Map.of("type", "Air/drone")).getList("events.subType")).containsExactly("Air/drone strike");
        assertThat(timeline(Map.of("place", "KYIV")).getList("events.location.name")).containsExactly("Kyiv", "Kyiv");
        assertThat(timeline(Map.of("place", "sumy")).getList("events.location.name")).containsExactly("Sumy Oblast");
        assertThat(timeline(Map.of("actor", "government of russia")).getList("events.type"))
                .containsExactly("Statements");
        assertThat(timeline(Map.of("actor", "Russian Armed")).getList("events")).hasSize(3);
        assertThat(timeline(Map.of("from", "2025-02-12", "to", "2025-02-12")).getList("events")).hasSize(2);
        assertThat(timeline(Map.of("from", "2025-03-01")).getList("events")).isEmpty();
        assertThat(timeline(Map.of("to", "2025-02-11")).getList("events.location.name"))
                .containsExactly("Sumy Oblast");
        assertThat(timeline(Map.of("place", "100%_")).getList("events")).isEmpty();
        assertThat(timeline(Map.of("unknown", "ignored")).getList("events")).hasSize(5);
    }

    @Test
    void pagesWithAnOpaqueCursor() {
        List<String> all = timeline(Map.of()).getList("events.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = cursor == null ? timeline(Map.of("limit", 2)) : timeline(Map.of("limit", 2, "cursor", cursor));
            paged.addAll(page.getList("events.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void getsOneEvent() {
        String id = timeline(Map.of("type", "statements")).getString("events[0].id");
        given().get("/events/{id}", id).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id))
                .body("quotes.text", hasItems("This is impossible"))
                .body("sources.articleId", hasItems("8a0d6c2f1e3b4a5c9d7e6f5a4b3c2d1e", "d7e876b3896d903daaaaaaaaaaaaaaaa"));
    }

    @Test
    void servesTheStoredAnnotation() {
        JsonPath annotation = given().get("/articles/{id}/annotation", SEED_000).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(annotation.getString("articleId")).isEqualTo(SEED_000);
        assertThat(annotation.getList("events.id")).containsExactly("ev1");
    }

    @Test
    void absentResourcesAreProblems() {
        problem(given().get("/events/{id}", UUID.randomUUID().toString()).then().statusCode(404), "no event");
        problem(given().get("/events/{id}", "not-an-id").then().statusCode(404), "no event");
        problem(given().get("/articles/{id}/annotation", "0000").then().statusCode(404), "no annotation");
        given().get("/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "from, 2025-13-01, from must be an ISO date",
            "from, yesterday, from must be an ISO date",
            "to, 12/02/2025, to must be an ISO date",
            "limit, 0, limit must be from 1 to 500",
            "limit, 501, limit must be from 1 to 500",
            "limit, -3, limit must be from 1 to 500",
            "limit, many, limit must be an integer",
            "cursor, '%%%', cursor is invalid",
            "cursor, aGVsbG8, cursor is invalid"})
    void badQueryParametersAreProblems(String name, String value, String detail) {
        problem(given().queryParam(name, value).get("/timeline").then().statusCode(400), detail);
    }

    @Test
    void summarizesTheTimelineAsText() {
        String summary = given().get("/timeline/summary").then().statusCode(200).contentType(containsString("text/plain"))
                .extract().asString();
        assertThat(summary.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .contains("DATE", "SRC", "TYPE", "PLACE", "FIGURES"));
        assertThat(summary).contains("2025-02-12").contains("Kyiv").contains("5 events");
        problem(given().queryParam("limit", "0").get("/timeline/summary").then().statusCode(400),
                "limit must be from 1 to 500");
    }

    @Test
    void fromAfterToIsAProblem() {
        problem(given().queryParam("from", "2025-03-01").queryParam("to", "2025-02-01").get("/timeline").then()
                .statusCode(400), "is after to");
        String forged = Base64.getUrlEncoder().encodeToString("v1|2025-02-12|not-a-uuid".getBytes(StandardCharsets.UTF_8));
        problem(given().queryParam("cursor", forged).get("/timeline").then().statusCode(400), "cursor is invalid");
    }

    private static void problem(io.restassured.response.ValidatableResponse response, String detail) {
        response.contentType("application/problem+json")
                .body("status", notNullValue())
                .body("title", notNullValue())
                .body("detail", containsString(detail));
    }

    @Test
    void healthMetricsOpenApiAndPage() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItems(containsString("Reactive PostgreSQL"), containsString("Messaging")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ct_articles_received_total"))
                .body(containsString("ct_articles_placed_total"))
                .body(containsString("ct_articles_failed_total"))
                .body(containsString("ct_articles_dead_lettered_total"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/timeline", "/events/{id}", "/articles/{id}/annotation"));
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("timeline.js"), not(containsString("{{")));
        given().get("/timeline.js").then().statusCode(200).body(containsString("/timeline"));
    }
}
