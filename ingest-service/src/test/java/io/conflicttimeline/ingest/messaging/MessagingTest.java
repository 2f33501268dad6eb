package io.conflicttimeline.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.GetResponse;

import io.conflicttimeline.ingest.article.ArticleId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Messages in and out through the real broker (vhost ct-test-ingest). */
@QuarkusTest
class MessagingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DataSource dataSource;

    private TestBroker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
        broker.purge(Channels.SUBMISSIONS_DLQ);
        broker.purge(Channels.STATUS_DLQ);
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    private static String uniqueText() {
        return "Air defence intercepted drones over the capital overnight, the air force said. Ref "
                + UUID.randomUUID() + ".";
    }

    private static String postArticle(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/articles").then().statusCode(202)
                .extract().path("id");
    }

    private static JsonNode json(GetResponse response) throws Exception {
        return Contracts.JSON.readTree(response.getBody());
    }

    private static boolean isArticle(GetResponse response, String id) {
        try {
            return id.equals(json(response).path("articleId").asText());
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void postPublishesArticleIngestedWithTheContractShape() throws Exception {
        String queue = broker.bindTestQueue(Channels.ARTICLE_INGESTED_KEY);
        String text = uniqueText();
        String id = postArticle(Map.of("text", "Advertisement\n" + text, "title", "Drones intercepted",
                "publishedAt", "2025-02-12"));

        GetResponse message = broker.nextMatching(queue, WAIT, r -> isArticle(r, id));
        JsonNode body = json(message);
        Contracts.assertIngestedShape(body);
        assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(body.get("text").asText()).isEqualTo(text);
        assertThat(body.get("title").asText()).isEqualTo("Drones intercepted");
        assertThat(body.get("publishedAt").asText()).isEqualTo("2025-02-12");
        assertThat(body.get("url").isNull()).isTrue();
        assertThat(body.get("language").asText()).isEqualTo("en");
        assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(Channels.ARTICLE_INGESTED_KEY);
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("published", equalTo(true)));

        // A duplicate sends nothing.
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/articles").then().statusCode(202)
                .body("duplicate", equalTo(true));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> countFor(queue, id) == 0);
    }

    @Test
    void submissionsQueueAcceptsArticlesByRoutingKeyAndByQueueName() throws Exception {
        String queue = broker.bindTestQueue(Channels.ARTICLE_INGESTED_KEY);
        ObjectNode example = (ObjectNode) Contracts.json("article-submitted-v1.json");
        String text = example.get("text").asText() + " Ref " + UUID.randomUUID() + ".";
        example.put("text", text);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY, Contracts.JSON.writeValueAsBytes(example),
                "application/json");
        String id = ArticleId.of(text);
        JsonNode ingested = json(broker.nextMatching(queue, WAIT, r -> isArticle(r, id)));
        assertThat(ingested.get("outlet").asText()).isEqualTo("Example News");
        assertThat(ingested.get("publishedAt").asText()).isEqualTo("2025-02-12T07:00:00Z");
        given().get("/articles/{id}", id).then().statusCode(200).body("source", equalTo("queue"));

        String second = uniqueText();
        broker.publish("", Channels.SUBMISSIONS_QUEUE, ("{\"text\":\"" + second + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json");
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", ArticleId.of(second)).then().statusCode(200));
    }

    @Test
    void poisonSubmissionIsDeadLetteredWithItsReasonAndConsumingContinues() throws Exception {
        byte[] poison = "{\"title\": \"no text here\"".getBytes(StandardCharsets.UTF_8);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY, poison, "application/json");
        byte[] invalid = "{\"text\": \"   \"}".getBytes(StandardCharsets.UTF_8);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY, invalid, "text/plain");
        String good = uniqueText();
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY,
                ("{\"text\":\"" + good + "\"}").getBytes(StandardCharsets.UTF_8), "application/json");

        GetResponse first = broker.next(Channels.SUBMISSIONS_DLQ, WAIT);
        assertThat(first.getBody()).isEqualTo(poison);
        assertThat(TestBroker.header(first, Channels.FAILURE_REASON_HEADER)).contains("not a JSON article");
        assertThat(TestBroker.header(first, Channels.FAILURE_CLASS_HEADER)).isNotBlank();
        assertThat(TestBroker.header(first, Channels.FAILED_AT_HEADER)).isNotBlank();
        assertThat(TestBroker.header(first, Channels.ATTEMPTS_HEADER)).isEqualTo("1");
        assertThat(TestBroker.header(first, Channels.ORIGINAL_ROUTING_KEY_HEADER)).isEqualTo(Channels.ARTICLE_SUBMITTED_KEY);
        GetResponse second = broker.next(Channels.SUBMISSIONS_DLQ, WAIT);
        assertThat(second.getBody()).isEqualTo(invalid);
        assertThat(TestBroker.header(second, Channels.FAILURE_REASON_HEADER)).contains("\"text\" is required");

        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", ArticleId.of(good)).then().statusCode(200));
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("ct_articles_dead_lettered_total"));
    }

    @Test
    void redeliveredSubmissionStoresOneRowAndPublishesOnce() throws Exception {
        String queue = broker.bindTestQueue(Channels.ARTICLE_INGESTED_KEY);
        String text = uniqueText();
        byte[] body = ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY, body, "application/json");
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_SUBMITTED_KEY, body, "application/json");
        String id = ArticleId.of(text);

        broker.nextMatching(queue, WAIT, r -> isArticle(r, id));
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(id)).isEqualTo(1));
        // Both deliveries have been handled once the queue is empty; no second article.ingested follows.
        await().atMost(WAIT).until(() -> queueDepth(Channels.SUBMISSIONS_QUEUE) == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> countFor(queue, id) == 0);
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void statusFollowsAnnotatedAndPlacedMonotonically() throws Exception {
        String id = postArticle(Map.of("text", uniqueText()));
        ObjectNode placed = (ObjectNode) Contracts.json("article-placed-v1.json");
        placed.put("articleId", id);
        ObjectNode annotated = (ObjectNode) Contracts.json("article-annotated-v1.json");
        annotated.put("articleId", id);

        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_ANNOTATED_KEY, Contracts.JSON.writeValueAsBytes(annotated),
                "application/json");
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("status", equalTo("annotated")));

        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_PLACED_KEY, Contracts.JSON.writeValueAsBytes(placed),
                "application/json");
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("status", equalTo("placed")));

        // A late or redelivered article.annotated does not take the article back.
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_ANNOTATED_KEY, Contracts.JSON.writeValueAsBytes(annotated),
                "application/json");
        await().atMost(WAIT).until(() -> queueDepth(Channels.STATUS_QUEUE) == 0);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(
                () -> given().get("/articles/{id}", id).then().body("status", equalTo("placed")));
    }

    @Test
    void placedBeforeAnnotatedStillEndsPlaced() throws Exception {
        String id = postArticle(Map.of("text", uniqueText()));
        ObjectNode placed = (ObjectNode) Contracts.json("article-placed-v1.json");
        placed.put("articleId", id);
        ObjectNode annotated = (ObjectNode) Contracts.json("article-annotated-v1-statement.json");
        annotated.put("articleId", id);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_PLACED_KEY, Contracts.JSON.writeValueAsBytes(placed),
                "application/json");
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_ANNOTATED_KEY, Contracts.JSON.writeValueAsBytes(annotated),
                "application/json");
        await().atMost(WAIT).until(() -> queueDepth(Channels.STATUS_QUEUE) == 0);
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("status", equalTo("placed")));
    }

    @Test
    void failedRecordsStageAndReason() throws Exception {
        String id = postArticle(Map.of("text", uniqueText()));
        ObjectNode failed = (ObjectNode) Contracts.json("article-failed-v1.json");
        failed.put("articleId", id);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_FAILED_KEY, Contracts.JSON.writeValueAsBytes(failed),
                "application/json");
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then()
                .body("status", equalTo("failed"))
                .body("failure.stage", equalTo("nlp"))
                .body("failure.reason", equalTo(failed.get("reason").asText()))
                .body("failure.failedAt", equalTo("2026-11-21T17:40:05Z")));
        given().queryParam("status", "failed").queryParam("limit", 1000).get("/articles").then()
                .body("id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void malformedStatusMessageIsDeadLetteredAndConsumingContinues() throws Exception {
        ObjectNode unknownVersion = (ObjectNode) Contracts.json("article-placed-v1.json");
        unknownVersion.put("schemaVersion", 99);
        byte[] body = Contracts.JSON.writeValueAsBytes(unknownVersion);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_PLACED_KEY, body, "application/json");
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_PLACED_KEY, new byte[] { 1, 2, 3 },
                "application/octet-stream");
        GetResponse first = broker.next(Channels.STATUS_DLQ, WAIT);
        assertThat(first.getBody()).isEqualTo(body);
        assertThat(TestBroker.header(first, Channels.FAILURE_REASON_HEADER)).contains("schemaVersion");
        GetResponse second = broker.next(Channels.STATUS_DLQ, WAIT);
        assertThat(TestBroker.header(second, Channels.FAILURE_REASON_HEADER)).contains("malformed");

        String id = postArticle(Map.of("text", uniqueText()));
        ObjectNode placed = (ObjectNode) Contracts.json("article-placed-v1.json");
        placed.put("articleId", id);
        broker.publish(Channels.ARTICLES_EXCHANGE, Channels.ARTICLE_PLACED_KEY, Contracts.JSON.writeValueAsBytes(placed),
                "application/json");
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("status", equalTo("placed")));
    }

    @Test
    void outboxRelayPublishesArticlesStoredWithoutConfirm() throws Exception {
        String queue = broker.bindTestQueue(Channels.ARTICLE_INGESTED_KEY);
        String text = uniqueText();
        String id = ArticleId.of(text);
        // What a broker outage at POST time leaves behind: the row is stored, the message never confirmed.
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into ingest.article (id, language, text, raw_text, "
                        + "removed_spans, source, received_at, published, status, status_rank, status_updated_at) "
                        + "values (?, 'en', ?, ?, '[]', 'REST', now() - interval '1 minute', false, 'received', 0, now())")) {
            insert.setString(1, id);
            insert.setString(2, text);
            insert.setString(3, text);
            insert.executeUpdate();
        }
        JsonNode body = json(broker.nextMatching(queue, Duration.ofSeconds(30), r -> isArticle(r, id)));
        Contracts.assertIngestedShape(body);
        assertThat(body.get("text").asText()).isEqualTo(text);
        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().body("published", equalTo(true)));
    }

    private int rows(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement("select count(*) from ingest.article where id = ?")) {
            count.setString(1, id);
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int countFor(String queue, String id) throws Exception {
        int n = 0;
        GetResponse r;
        while ((r = broker.nextOrNull(queue)) != null) {
            if (isArticle(r, id)) {
                n++;
            }
        }
        return n;
    }

    private long queueDepth(String queue) throws Exception {
        return broker.messageCount(queue);
    }
}
