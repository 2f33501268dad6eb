package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.conflicttimeline.timeline.messaging.Channels;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.TestBroker;
import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Cached pages and events are not served after a change once the database has announced it (TimelineVersion: within
 * the delivery of one notification): neither after a placement of this service nor after a write that bypasses it
 * (another replica), and If-None-Match with the current ETag is answered 304.
 */
@QuarkusTest
class TimelineResponsesTest {

    /** How long a committed change may take to reach the service (a notification on the local database: ms). */
    private static final Duration NOTIFIED = Duration.ofSeconds(2);

    @Test
    void changesAreVisibleToTheNextRequestAndETagsRevalidate() {
        TimelineTables.clear();
        Response empty = given().get("/timeline");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.jsonPath().getList("events")).isEmpty();
        String emptyTag = empty.header("ETag");
        assertThat(emptyTag).startsWith("W/\"t");
        given().header("If-None-Match", emptyTag).get("/timeline").then().statusCode(304);

        try (TestBroker broker = TestBroker.connect()) {
            broker.purgeAnnotations();
            broker.publishAnnotated(Fixtures.text(Fixtures.CONTRACT_ANNOTATED).getBytes(StandardCharsets.UTF_8));
            String articleId = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED).get("articleId").asText();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> broker.received(Channels.ARTICLE_PLACED, articleId), list -> !list.isEmpty());
            // Committed (article.placed of an earlier class's run may still be in the broker's queue).
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> TimelineTables.rowsOfArticle("event_mention", articleId) > 0);
        }
        // The placement's commit raised the version: the cached empty page is not served, not even as a 304.
        Response placed = await().atMost(NOTIFIED).pollInterval(Duration.ofMillis(20))
                .until(() -> given().header("If-None-Match", emptyTag).get("/timeline"), r -> r.statusCode() != 304);
        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(placed.jsonPath().getList("events")).isNotEmpty();
        assertThat(placed.header("ETag")).isNotEqualTo(emptyTag);
        String id = placed.jsonPath().getString("events[0].id");
        String title = given().get("/events/" + id).then().statusCode(200).extract().jsonPath()
                .getString("sources[0].title");
        assertThat(title).isNotBlank();

        // A write by someone else (another replica) is seen too: the version is kept by the database.
        TimelineTables.execute("update timeline.article set title = 'Retitled by another writer'");
        await().atMost(NOTIFIED).pollInterval(Duration.ofMillis(20))
                .until(() -> given().get("/events/" + id).then().statusCode(200).extract().jsonPath()
                        .getString("sources[0].title"), "Retitled by another writer"::equals);
        assertThat(given().get("/timeline").then().statusCode(200).extract().jsonPath()
                .getString("events[0].sources[0].title")).isEqualTo("Retitled by another writer");
        TimelineTables.clear();
    }
}
