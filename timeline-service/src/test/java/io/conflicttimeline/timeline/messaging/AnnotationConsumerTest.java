package io.conflicttimeline.timeline.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.GetResponse;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.TestBroker;
import io.conflicttimeline.timeline.support.TimelineTables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** article.annotated in, article.placed / article.failed / DLQ out, through the real broker and database. */
@QuarkusTest
class AnnotationConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private TestBroker broker;

    @BeforeEach
    void setUp() {
        broker = TestBroker.connect();
        broker.purgeAnnotations();
        broker.purgeDeadLetters();
        TimelineTables.clear();
    }

    @AfterEach
    void tearDown() {
        broker.close();
    }

    private TestBroker.Received awaitPlaced(String articleId) {
        return await().atMost(TIMEOUT).until(() -> broker.received(Channels.ARTICLE_PLACED, articleId),
                list -> !list.isEmpty()).getFirst();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void contractExampleIsStoredPlacedAndAnnounced() {
        JsonNode example = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED);
        String articleId = example.get("articleId").asText();
        broker.publishAnnotated(Fixtures.text(Fixtures.CONTRACT_ANNOTATED).getBytes(StandardCharsets.UTF_8));

        TestBroker.Received placed = awaitPlaced(articleId);
        JsonNode contract = Fixtures.tree(Fixtures.CONTRACT_PLACED);
        JsonNode body = placed.json();
        assertThat(fieldNames(body)).containsExactlyInAnyOrderElementsOf(fieldNames(contract));
        assertThat(body.get("schemaVersion").asInt()).isEqualTo(contract.get("schemaVersion").asInt());
        assertThat(body.get("articleId").asText()).isEqualTo(articleId);
        assertThat(body.get("eventIds").isArray()).isTrue();
        assertThat(body.get("eventIds")).hasSize(1);
        String eventId = body.get("eventIds").get(0).asText();
        assertThat(UUID.fromString(eventId)).isNotNull();
        assertThat(Instant.parse(body.get("placedAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(placed.properties().getContentType()).isEqualTo("application/json");
        assertThat(placed.properties().getDeliveryMode()).isEqualTo(2);

        JsonPath event = given().get("/events/{id}", eventId).then().statusCode(200).extract().jsonPath();
        assertThat(event.getString("type")).isEqualTo("Explosions/Remote violence");
        assertThat(event.getString("date")).isEqualTo("XXXX-WXX-3TMO");
        assertThat(event.getString("location.name")).isEqualTo("Kyiv");
        assertThat(event.getList("sources.articleId")).containsExactly(articleId);
        assertThat(event.getInt("figures.killed.best")).isEqualTo(1);
        assertThat(event.getInt("figures.missiles.launched")).isEqualTo(7);

        String stored = given().get("/articles/{id}/annotation", articleId).then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertThat(Fixtures.tree(Fixtures.CONTRACT_ANNOTATED)).isEqualTo(readTree(stored));
        assertThat(TimelineTables.rowsOfArticle("event_mention", articleId)).isEqualTo(1);
    }

    @Test
    void statementContractExampleKeepsItsQuote() {
        String articleId = Fixtures.tree(Fixtures.CONTRACT_STATEMENT).get("articleId").asText();
        broker.publishAnnotated(Fixtures.text(Fixtures.CONTRACT_STATEMENT).getBytes(StandardCharsets.UTF_8));
        String eventId = awaitPlaced(articleId).json().get("eventIds").get(0).asText();
        JsonPath event = given().get("/events/{id}", eventId).then().statusCode(200).extract().jsonPath();
        assertThat(event.getString("type")).isEqualTo("Statements");
        assertThat(event.getString("subType")).isEqualTo("Rejection");
        assertThat(event.getString("location")).isNull();
        assertThat(event.getList("quotes.text")).containsExactly("This is impossible");
        assertThat(event.getList("quotes.speaker")).containsExactly("Dmitry Peskov");
        assertThat(event.getList("actors.name")).containsExactly("Government of Russia");
    }

    @Test
    void redeliveryChangesNothing() {
        String articleId = Fixtures.newArticleId();
        byte[] body = Fixtures.withArticleId(Fixtures.SEED_002, articleId);
        broker.publishAnnotated(body);
        JsonNode first = awaitPlaced(articleId).json();
        broker.publishAnnotated(body);
        List<TestBroker.Received> both = await().atMost(TIMEOUT)
                .until(() -> broker.received(Channels.ARTICLE_PLACED, articleId), list -> list.size() == 2);

        assertThat(both.get(1).json().get("eventIds")).isEqualTo(first.get("eventIds"));
        assertThat(TimelineTables.rowsOfArticle("article", articleId)).isEqualTo(1);
        assertThat(TimelineTables.rowsOfArticle("event_mention", articleId)).isEqualTo(3);
        assertThat(TimelineTables.rowsOfArticle("quote", articleId)).isEqualTo(2);
        String strike = first.get("eventIds").get(0).asText();
        given().get("/events/{id}", strike).then().statusCode(200);
        JsonPath event = given().get("/events/{id}", strike).then().extract().jsonPath();
        assertThat(event.getList("sources.articleId")).containsExactly(articleId);
    }

    @Test
    void malformedMessagesAreDeadLetteredAndConsumingContinues() {
        byte[] notJson = "{\"schemaVersion\": 1, \"articleId\": ".getBytes(StandardCharsets.UTF_8);
        broker.publishAnnotated(notJson);
        GetResponse first = awaitDeadLetter();
        assertThat(first.getBody()).isEqualTo(notJson);
        assertThat(header(first, "x-failure-reason")).contains("not JSON");
        assertThat(header(first, "x-failure-class")).isEqualTo(MalformedMessageException.class.getName());
        assertThat(header(first, "x-original-routing-key")).isEqualTo(Channels.ARTICLE_ANNOTATED);
        assertThat(header(first, "x-attempts")).isEqualTo("1");
        assertThat(Instant.parse(header(first, "x-failed-at"))).isBeforeOrEqualTo(Instant.now());
        JsonNode failedUnreadable = await().atMost(TIMEOUT).until(() -> broker.received(Channels.ARTICLE_FAILED, null),
                list -> !list.isEmpty()).getFirst().json();
        assertThat(failedUnreadable.get("stage").asText()).isEqualTo("timeline");

        String futureId = Fixtures.newArticleId();
        var future = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED);
        future.put("articleId", futureId);
        future.put("schemaVersion", 2);
        broker.publishAnnotated(future.toString().getBytes(StandardCharsets.UTF_8));
        GetResponse second = awaitDeadLetter();
        assertThat(header(second, "x-failure-reason")).contains("schemaVersion");
        TestBroker.Received failed = await().atMost(TIMEOUT)
                .until(() -> broker.received(Channels.ARTICLE_FAILED, futureId), list -> !list.isEmpty()).getFirst();
        JsonNode contract = Fixtures.tree("contracts/article-failed-v1.json");
        assertThat(fieldNames(failed.json())).containsExactlyInAnyOrderElementsOf(fieldNames(contract));
        assertThat(failed.json().get("stage").asText()).isEqualTo("timeline");
        assertThat(failed.json().get("reason").asText()).contains("schemaVersion");

        var anonymous = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED);
        anonymous.remove("articleId");
        broker.publishAnnotated(anonymous.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(header(awaitDeadLetter(), "x-failure-reason")).contains("articleId");

        String goodId = Fixtures.newArticleId();
        broker.publishAnnotated(Fixtures.withArticleId(Fixtures.SEED_004, goodId));
        assertThat(awaitPlaced(goodId).json().get("eventIds")).hasSize(2);
        assertThat(TimelineTables.rowsOfArticle("article", futureId)).isZero();
    }

    @Test
    void aMessageThatKeepsFailingIsRetriedThenDeadLetteredWithArticleFailed() {
        // Readable, but the database refuses it (articleId longer than any id the ingest-service issues).
        String unstorable = "f".repeat(100);
        byte[] body = Fixtures.withArticleId(Fixtures.SEED_004, unstorable);
        broker.publishAnnotated(body);
        GetResponse dead = awaitDeadLetter();
        assertThat(dead.getBody()).isEqualTo(body);
        assertThat(header(dead, "x-attempts")).isEqualTo("3");
        assertThat(header(dead, "x-failure-reason")).startsWith("placement failed");
        assertThat(header(dead, "x-original-routing-key")).isEqualTo(Channels.ARTICLE_ANNOTATED);
        JsonNode failed = await().atMost(TIMEOUT).until(() -> broker.received(Channels.ARTICLE_FAILED, unstorable),
                list -> !list.isEmpty()).getFirst().json();
        assertThat(failed.get("stage").asText()).isEqualTo("timeline");
        assertThat(failed.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(broker.received(Channels.ARTICLE_PLACED, unstorable)).isEmpty();

        String next = Fixtures.newArticleId();
        broker.publishAnnotated(Fixtures.withArticleId(Fixtures.SEED_001, next));
        awaitPlaced(next);
    }

    @Test
    void theSeedReportsOfTheKyivStrikeBecomeOneEventAndTheMayAttackAnother() {
        String seed000 = Fixtures.tree(Fixtures.CONTRACT_ANNOTATED).get("articleId").asText();
        broker.publishAnnotated(Fixtures.text(Fixtures.CONTRACT_ANNOTATED).getBytes(StandardCharsets.UTF_8));
        List<String> others = new ArrayList<>();
        for (String fixture : List.of(Fixtures.SEED_001, Fixtures.SEED_002, Fixtures.SEED_003, Fixtures.SEED_004)) {
            String id = Fixtures.tree(fixture).get("articleId").asText();
            others.add(id);
            broker.publish(Channels.ARTICLE_ANNOTATED, Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8),
                    "application/json");
        }
        String strike = awaitPlaced(seed000).json().get("eventIds").get(0).asText();
        others.forEach(this::awaitPlaced);
        AtomicReference<JsonNode> may = new AtomicReference<>(awaitPlaced(others.get(3)).json());

        JsonPath event = given().get("/events/{id}", strike).then().statusCode(200).extract().jsonPath();
        assertThat(event.getList("sources.articleId", String.class))
                .containsExactlyInAnyOrder(seed000, others.get(0), others.get(1), others.get(2));
        assertThat(event.getString("date")).isEqualTo("2025-02-12");
        assertThat(event.getString("datePrecision")).isEqualTo("day");
        assertThat(event.getString("location.name")).isEqualTo("Kyiv");
        assertThat(event.getInt("figures.killed.best")).isEqualTo(1);
        assertThat(event.getInt("figures.injured.low")).isEqualTo(3);
        assertThat(event.getInt("figures.injured.best")).isEqualTo(4);
        assertThat(event.getString("summary")).startsWith("Missile and drone attack on Kyiv, Kyiv City, Ukraine on 2025-02-12");

        List<String> mayEvents = new ArrayList<>();
        may.get().get("eventIds").forEach(id -> mayEvents.add(id.asText()));
        assertThat(mayEvents).doesNotContain(strike);
        JsonPath mayAttack = given().get("/events/{id}", mayEvents.getFirst()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(mayAttack.getList("sources.articleId")).containsExactly(others.get(3));
        assertThat(mayAttack.getString("date")).isNull();
        assertThat(mayAttack.getInt("figures.missiles.launched")).isEqualTo(14);
        assertThat(mayAttack.getInt("figures.drones.launched")).isEqualTo(250);
    }

    private GetResponse awaitDeadLetter() {
        AtomicReference<GetResponse> found = new AtomicReference<>();
        await().atMost(TIMEOUT).until(() -> {
            found.set(broker.nextDeadLetter());
            return found.get() != null;
        });
        return found.get();
    }

    private static String header(GetResponse response, String name) {
        Object value = response.getProps().getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    private static JsonNode readTree(String json) {
        try {
            return Fixtures.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
