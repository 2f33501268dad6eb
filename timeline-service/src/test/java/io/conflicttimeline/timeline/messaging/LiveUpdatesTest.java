package io.conflicttimeline.timeline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.conflicttimeline.timeline.support.Fixtures;
import io.conflicttimeline.timeline.support.SeedAnnotations;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** event.created / event.updated on the exchange timeline and GET /timeline/stream, through the real broker. */
@QuarkusTest
class LiveUpdatesTest {

    private record Received(String routingKey, AMQP.BasicProperties properties, JsonNode body) {
    }

    @TestHTTPResource("/timeline/stream")
    URI stream;

    private final SeedAnnotations seeds = new SeedAnnotations();

    @Test
    void eachNewOrChangedEventIsAnnouncedOnTheExchangeAndTheStream() throws Exception {
        List<Received> messages = new CopyOnWriteArrayList<>();
        List<String> sse = new CopyOnWriteArrayList<>();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1"));
        factory.setVirtualHost(ConfigProvider.getConfig().getValue("rabbitmq-virtual-host", String.class));
        HttpClient http = HttpClient.newHttpClient();
        try (Connection connection = factory.newConnection("live-updates-test");
             Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(Channels.TIMELINE_EXCHANGE, "topic", true);
            String queue = channel.queueDeclare("", false, true, true, Map.of()).getQueue();
            channel.queueBind(queue, Channels.TIMELINE_EXCHANGE, "event.*");
            channel.basicConsume(queue, true, (tag, delivery) -> messages.add(new Received(
                    delivery.getEnvelope().getRoutingKey(), delivery.getProperties(),
                    Fixtures.MAPPER.readTree(delivery.getBody()))), tag -> {
            });

            CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(
                    HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> open = response.get(10, TimeUnit.SECONDS);
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.headers().firstValue("content-type")).get().asString().contains("text/event-stream");
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    open.body().forEach(sse::add);
                } catch (java.io.UncheckedIOException closedByTheTest) {
                    // The test closes the stream when it is done.
                }
            });

            seeds.placeInOrder(List.of("000", "002"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(messages).anySatisfy(m -> {
                    assertThat(m.routingKey()).isEqualTo(Channels.EVENT_CREATED);
                    assertThat(m.body().get("articleId").asText()).isEqualTo(seeds.articleId("000"));
                });
                assertThat(messages).anySatisfy(m -> {
                    assertThat(m.routingKey()).isEqualTo(Channels.EVENT_UPDATED);
                    assertThat(m.body().get("articleId").asText()).isEqualTo(seeds.articleId("002"));
                    assertThat(m.body().get("reason").asText()).isEqualTo("source-added");
                });
            });
            JsonNode contract = Fixtures.tree("contracts/timeline-changed-v1.json");
            for (Received m : messages) {
                List<String> fields = new java.util.ArrayList<>();
                m.body().fieldNames().forEachRemaining(fields::add);
                List<String> contractFields = new java.util.ArrayList<>();
                contract.fieldNames().forEachRemaining(contractFields::add);
                assertThat(fields).containsExactlyInAnyOrderElementsOf(contractFields);
                if (!m.body().get("event").isNull()) {
                    List<String> eventFields = new java.util.ArrayList<>();
                    m.body().get("event").fieldNames().forEachRemaining(eventFields::add);
                    List<String> contractEventFields = new java.util.ArrayList<>();
                    contract.get("event").fieldNames().forEachRemaining(contractEventFields::add);
                    assertThat(eventFields).containsExactlyInAnyOrderElementsOf(contractEventFields);
                }
                assertThat(m.properties().getContentType()).isEqualTo("application/json");
                assertThat(m.properties().getDeliveryMode()).isEqualTo(2);
                JsonNode body = m.body();
                assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
                assertThat(body.get("change").asText()).isIn("created", "updated");
                assertThat(body.get("version").asInt()).isPositive();
                assertThat(body.has("changedAt")).isTrue();
                if (!"merged".equals(body.get("reason").asText())) {
                    assertThat(body.get("event").get("id").asText()).isEqualTo(body.get("eventId").asText());
                    assertThat(body.get("event").get("version").asInt()).isGreaterThanOrEqualTo(
                            body.get("version").asInt());
                }
            }
            // The stream carries the same changes.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<String> data = sse.stream().filter(l -> l.startsWith("data:")).toList();
                assertThat(data).hasSize(messages.size());
                for (Received m : messages) {
                    assertThat(data).anySatisfy(d -> assertThat(d)
                            .contains("\"eventId\":\"" + m.body().get("eventId").asText() + "\"")
                            .contains("\"version\":" + m.body().get("version").asInt()));
                }
            });
            open.body().close();
            reader.interrupt();
        }
    }
}
