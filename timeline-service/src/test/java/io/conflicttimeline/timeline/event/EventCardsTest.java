package io.conflicttimeline.timeline.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.conflicttimeline.timeline.messaging.Channels;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.TestBroker;
import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Event cards (V9__event_cards.sql, {@link EventCards}): pages and events served from stored bodies are exactly what
 * the full read serializes to; any writer's change invalidates the bodies it touches; a body built from data that
 * changed meanwhile is not stored.
 */
@QuarkusTest
class EventCardsTest {

    @Inject
    TimelineService timeline;
    @Inject
    TimelineRows rows;
    @Inject
    ObjectMapper mapper;

    @Test
    void storedBodiesAreTheFullReadAndAnyChangeInvalidatesThem() throws Exception {
        TimelineTables.clear();
        List<String> fixtures = List.of(Fixtures.CONTRACT_ANNOTATED, Fixtures.SEED_001, Fixtures.SEED_002);
        try (TestBroker broker = TestBroker.connect()) {
            broker.purgeAnnotations();
            for (String fixture : fixtures) {
                broker.publishAnnotated(Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8));
            }
            for (String fixture : fixtures) {
                String articleId = Fixtures.tree(fixture).get("articleId").asText();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> broker.received(Channels.ARTICLE_PLACED, articleId), list -> !list.isEmpty());
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> TimelineTables.rowsOfArticle("event_mention", articleId) > 0);
            }
        }
        // The refresher (or the first reads) stores every body.
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from timeline.event_card"
                + " where body is null") == 0 && count("select count(*) from timeline.event_card")
                == count("select count(*) from timeline.event"));

        // Served from the stored bodies: the same JSON as serializing the full read.
        String page = given().get("/timeline").then().statusCode(200).extract().asString();
        TimelinePage full = timeline.page(new TimelineQuery(null, null, null, null, null, 50, null))
                .await().indefinitely();
        assertThat(page).isEqualTo(mapper.writeValueAsString(full));
        assertThat(full.events()).hasSizeGreaterThan(1);
        EventView first = full.events().getFirst();
        String event = given().get("/events/" + first.id()).then().statusCode(200).extract().asString();
        assertThat(event).isEqualTo(mapper.writeValueAsString(first));

        // Another writer retitles an article: the bodies of its events lose their body, and the next read shows it.
        String articleId = first.sources().getFirst().articleId();
        TimelineTables.execute("update timeline.article set title = 'Retitled elsewhere' where id = '" + articleId
                + "'");
        JsonNode retitled = mapper.readTree(given().get("/events/" + first.id()).then().statusCode(200).extract()
                .asString());
        assertThat(retitled.get("sources").findValuesAsText("title")).contains("Retitled elsewhere");

        // A body built from what was read before a change is not stored: the change gave the card a new generation.
        UUID id = UUID.fromString(first.id());
        TimelineRows.CardRow before = cardOf(id);
        TimelineTables.execute("update timeline.event set summary = 'Changed meanwhile.' where id = '" + id + "'");
        TimelineRows.CardRow stale = new TimelineRows.CardRow(id, before.dateFrom(), before.gen(),
                "{\"stale\":true}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(rows.storeCards(List.of(stale)).await().indefinitely()).isZero();
        assertThat(mapper.readTree(given().get("/events/" + id).then().statusCode(200).extract().asString())
                .get("summary").asText()).isEqualTo("Changed meanwhile.");

        // A quote moved to the event shows at once (its card is invalidated through the quote's event).
        TimelineTables.execute("insert into timeline.quote (id, article_id, annotation_quote_id, event_id, speaker,"
                + " text) values ('" + UUID.randomUUID() + "', '" + articleId + "', 'q-cards', '" + id
                + "', 'A spokesperson', 'Said for the cards test.')");
        assertThat(mapper.readTree(given().get("/events/" + id).then().statusCode(200).extract().asString())
                .get("quotes").findValuesAsText("text")).contains("Said for the cards test.");
        TimelineTables.clear();
        assertThat(count("select count(*) from timeline.event_card")).isZero();
    }

    private TimelineRows.CardRow cardOf(UUID id) {
        return rows.card(id).await().indefinitely().getFirst();
    }

    private static long count(String sql) {
        String url = "jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":" + env("POSTGRES_PORT", "5432")
                + "/" + env("CT_TEST_DB", "conflict_timeline_test");
        try (Connection connection = DriverManager.getConnection(url, env("POSTGRES_USER", "postgres"),
                env("POSTGRES_PASSWORD", "postgres")); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
