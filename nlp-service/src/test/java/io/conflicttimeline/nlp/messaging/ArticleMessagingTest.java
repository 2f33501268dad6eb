package io.conflicttimeline.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.GetResponse;

import io.quarkus.test.junit.QuarkusTest;

/** article.ingested in, article.annotated / article.failed / nlp.articles.dlq out, through the real broker. */
@QuarkusTest
class ArticleMessagingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper mapper;

    private BrokerClient broker;
    private String tap;

    @BeforeEach
    void connect() throws Exception {
        broker = new BrokerClient();
        tap = broker.tap(Channels.ARTICLE_ANNOTATED, Channels.ARTICLE_FAILED);
        broker.purge(Channels.DEAD_LETTER_QUEUE);
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    /** The contract example with a fresh articleId, so that runs never see each other's messages. */
    private ObjectNode example(String file) throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(BrokerClient.resource("contracts/" + file));
        node.put("articleId", UUID.randomUUID().toString().replace("-", ""));
        return node;
    }

    private void publish(JsonNode message) throws Exception {
        broker.publish(Channels.ARTICLE_INGESTED, mapper.writeValueAsBytes(message), "application/json");
    }

    /** Waits for the message on the tap with the routing key and articleId; others are kept for later calls. */
    private final List<GetResponse> seen = new ArrayList<>();

    private GetResponse awaitMessage(String routingKey, String articleId) {
        GetResponse[] found = new GetResponse[1];
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
            GetResponse r;
            while ((r = broker.get(tap)) != null) {
                seen.add(r);
            }
            for (Iterator<GetResponse> it = seen.iterator(); it.hasNext();) {
                GetResponse g = it.next();
                JsonNode body = mapper.readTree(g.getBody());
                if (g.getEnvelope().getRoutingKey().equals(routingKey) && body.path("articleId").asText("null").equals(articleId)) {
                    found[0] = g;
                    it.remove();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private GetResponse awaitDeadLetter() {
        GetResponse[] found = new GetResponse[1];
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> (found[0] = broker.get(Channels.DEAD_LETTER_QUEUE)) != null);
        return found[0];
    }

    @Test
    void annotatedMessageHasExactlyTheContractShape() throws Exception {
        for (String[] pair : new String[][] { { "article-ingested-v1.json", "article-annotated-v1.json" },
                { "article-ingested-v1-with-date.json", "article-annotated-v1-statement.json" } }) {
            ObjectNode in = example(pair[0]);
            publish(in);
            GetResponse out = awaitMessage(Channels.ARTICLE_ANNOTATED, in.get("articleId").asText());
            assertThat(out.getProps().getContentType()).isEqualTo("application/json");
            assertThat(out.getProps().getDeliveryMode()).isEqualTo(2);
            JsonNode actual = mapper.readTree(out.getBody());
            JsonNode expected = mapper.readTree(BrokerClient.resource("contracts/" + pair[1]));
            assertSameShape("$", expected, actual);
            assertThat(actual.get("text").asText()).isEqualTo(in.get("text").asText());
            assertThat(actual.get("publishedAt")).isEqualTo(in.get("publishedAt"));
            assertThat(actual.get("events")).isNotEmpty();
        }
    }

    @Test
    void redeliveryGivesTheSameAnnotation() throws Exception {
        ObjectNode in = example("article-ingested-v1.json");
        publish(in);
        JsonNode first = mapper.readTree(awaitMessage(Channels.ARTICLE_ANNOTATED, in.get("articleId").asText()).getBody());
        publish(in);
        JsonNode second = mapper.readTree(awaitMessage(Channels.ARTICLE_ANNOTATED, in.get("articleId").asText()).getBody());
        ((ObjectNode) first).remove("annotatedAt");
        ((ObjectNode) second).remove("annotatedAt");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void poisonMessageIsDeadLetteredAndConsumingContinues() throws Exception {
        broker.publish(Channels.ARTICLE_INGESTED, "this is not json".getBytes(StandardCharsets.UTF_8), "application/json");
        GetResponse dead = awaitDeadLetter();
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).isEqualTo("this is not json");
        assertThat(BrokerClient.headers(dead).get("x-failure-reason").toString()).contains("not JSON");
        assertThat(BrokerClient.headers(dead)).containsKeys("x-failure-class", "x-failed-at", "x-attempts", "x-original-routing-key");
        assertThat(BrokerClient.headers(dead).get("x-original-routing-key").toString()).isEqualTo(Channels.ARTICLE_INGESTED);
        JsonNode failed = mapper.readTree(awaitMessage(Channels.ARTICLE_FAILED, "null").getBody());
        assertThat(fieldNames(failed)).isEqualTo(fieldNames(mapper.readTree(BrokerClient.resource("contracts/article-failed-v1.json"))));
        assertThat(failed.get("stage").asText()).isEqualTo("nlp");

        ObjectNode good = example("article-ingested-v1.json");
        publish(good);
        awaitMessage(Channels.ARTICLE_ANNOTATED, good.get("articleId").asText());
    }

    @Test
    void unknownSchemaVersionIsDeadLetteredWithTheArticleId() throws Exception {
        ObjectNode in = example("article-ingested-v1.json");
        in.put("schemaVersion", 2);
        publish(in);
        GetResponse dead = awaitDeadLetter();
        assertThat(BrokerClient.headers(dead).get("x-failure-reason").toString()).contains("schemaVersion");
        JsonNode failed = mapper.readTree(awaitMessage(Channels.ARTICLE_FAILED, "null").getBody());
        assertThat(failed.get("reason").asText()).contains("schemaVersion");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Same field names at every object level; arrays compare their elements with the example's first element. */
    private static void assertSameShape(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            assertThat(fieldNames(actual)).as(path + " fields").isEqualTo(fieldNames(expected));
            expected.fieldNames().forEachRemaining(f -> assertSameShape(path + "." + f, expected.get(f), actual.get(f)));
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            if (!expected.isEmpty()) {
                for (int i = 0; i < actual.size(); i++) {
                    assertSameShape(path + "[" + i + "]", expected.get(0), actual.get(i));
                }
            }
        } else {
            assertThat(actual.getNodeType()).as(path + " type").isEqualTo(expected.getNodeType());
        }
    }
}
