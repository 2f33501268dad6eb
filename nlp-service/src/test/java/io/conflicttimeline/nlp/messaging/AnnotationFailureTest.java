package io.conflicttimeline.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.GetResponse;

import io.conflicttimeline.nlp.annotation.AnnotationService;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** An annotation that keeps failing is retried ct.messaging.max-attempts times, then dead-lettered with its reason. */
@QuarkusTest
class AnnotationFailureTest {

    @Inject
    ObjectMapper mapper;

    private final AtomicInteger calls = new AtomicInteger();
    private BrokerClient broker;
    private String tap;

    @BeforeEach
    void failingAnnotator() throws Exception {
        QuarkusMock.installMockForType(new AnnotationService(null, null, null, null, null, null, null, "nlp-service", "test") {
            @Override
            public ArticleAnnotated annotate(ArticleIngested article) {
                calls.incrementAndGet();
                throw new IllegalStateException("model not loaded");
            }
        }, AnnotationService.class);
        broker = new BrokerClient();
        tap = broker.tap(Channels.ARTICLE_FAILED);
        broker.purge(Channels.DEAD_LETTER_QUEUE);
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void finalFailureIsDeadLetteredWithReasonAndReported() throws Exception {
        ObjectNode in = (ObjectNode) mapper.readTree(BrokerClient.resource("contracts/article-ingested-v1.json"));
        String id = UUID.randomUUID().toString().replace("-", "");
        in.put("articleId", id);
        broker.publish(Channels.ARTICLE_INGESTED, mapper.writeValueAsBytes(in), "application/json");

        GetResponse[] dead = new GetResponse[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (dead[0] = broker.get(Channels.DEAD_LETTER_QUEUE)) != null);
        assertThat(mapper.readTree(dead[0].getBody()).get("articleId").asText()).isEqualTo(id);
        assertThat(BrokerClient.headers(dead[0]).get("x-failure-reason").toString())
                .isEqualTo("annotation failed after 3 attempts: IllegalStateException: model not loaded");
        assertThat(BrokerClient.headers(dead[0]).get("x-attempts")).isEqualTo(3);
        assertThat(calls.get()).isEqualTo(3);

        JsonNode[] failed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            GetResponse r = broker.get(tap);
            if (r != null && mapper.readTree(r.getBody()).path("articleId").asText().equals(id)) {
                failed[0] = mapper.readTree(r.getBody());
            }
            return failed[0] != null;
        });
        assertThat(failed[0].get("stage").asText()).isEqualTo("nlp");
        assertThat(failed[0].get("reason").asText()).contains("after 3 attempts");
    }
}
