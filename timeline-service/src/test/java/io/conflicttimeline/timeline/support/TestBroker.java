package io.conflicttimeline.timeline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.conflicttimeline.timeline.messaging.Channels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The real broker as a test sees it, through the plain RabbitMQ Java client: publishes to {@code articles}, records
 * what the service publishes (article.placed, article.failed) on an exclusive queue, reads the DLQ.
 */
public final class TestBroker implements AutoCloseable {

    /** A message the service published, with what the broker delivered alongside it. */
    public record Received(String routingKey, AMQP.BasicProperties properties, byte[] body) {

        public JsonNode json() {
            try {
                return Fixtures.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Connection connection;
    private final Channel channel;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    private TestBroker(Connection connection, Channel channel) {
        this.connection = connection;
        this.channel = channel;
    }

    public static TestBroker connect() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("RABBITMQ_PORT", "5672")));
        factory.setUsername(env("RABBITMQ_USERNAME", "guest"));
        factory.setPassword(env("RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(ConfigProvider.getConfig().getValue("rabbitmq-virtual-host", String.class));
        try {
            Connection connection = factory.newConnection("timeline-service-tests");
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            channel.exchangeDeclare(Channels.EXCHANGE, "topic", true);
            TestBroker broker = new TestBroker(connection, channel);
            String queue = channel.queueDeclare("", false, true, true, Map.of()).getQueue();
            channel.queueBind(queue, Channels.EXCHANGE, Channels.ARTICLE_PLACED);
            channel.queueBind(queue, Channels.EXCHANGE, Channels.ARTICLE_FAILED);
            channel.basicConsume(queue, true, (tag, delivery) -> broker.received.add(new Received(
                    delivery.getEnvelope().getRoutingKey(), delivery.getProperties(), delivery.getBody())), tag -> {
            });
            return broker;
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach the RabbitMQ test vhost", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Publishes like the nlp-service does: persistent, application/json, confirmed. */
    public void publishAnnotated(byte[] body) {
        publish(Channels.ARTICLE_ANNOTATED, body, "application/json");
    }

    public void publish(String routingKey, byte[] body, String contentType) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType(contentType).deliveryMode(2).build();
        try {
            channel.basicPublish(Channels.EXCHANGE, routingKey, properties, body);
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    /** Messages with this routing key whose articleId field is the given one (null matches a null articleId). */
    public List<Received> received(String routingKey, String articleId) {
        return received.stream()
                .filter(r -> r.routingKey().equals(routingKey))
                .filter(r -> {
                    JsonNode id = r.json().get("articleId");
                    return articleId == null ? id == null || id.isNull() : id != null && articleId.equals(id.asText());
                })
                .toList();
    }

    public List<Received> received(String routingKey) {
        return received.stream().filter(r -> r.routingKey().equals(routingKey)).toList();
    }

    /** Drops annotations left in the work queue by an aborted earlier run, so that they cannot reappear mid-test. */
    public void purgeAnnotations() {
        try {
            channel.queuePurge(Channels.ANNOTATIONS_QUEUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void purgeDeadLetters() {
        try {
            channel.queuePurge(Channels.ANNOTATIONS_DLQ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the next message from timeline.annotations.dlq, or null. */
    public GetResponse nextDeadLetter() {
        try {
            return channel.basicGet(Channels.ANNOTATIONS_DLQ, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
