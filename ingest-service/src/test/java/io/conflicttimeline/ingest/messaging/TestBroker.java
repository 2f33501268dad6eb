package io.conflicttimeline.ingest.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** The real broker seen from a test: publish like another system would, read queues like a consumer would. */
public final class TestBroker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    public TestBroker() {
        var config = ConfigProvider.getConfig();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.getOptionalValue("rabbitmq-host", String.class).orElse("127.0.0.1"));
        factory.setPort(config.getOptionalValue("rabbitmq-port", Integer.class).orElse(5672));
        factory.setUsername(config.getOptionalValue("rabbitmq-username", String.class).orElse("guest"));
        factory.setPassword(config.getOptionalValue("rabbitmq-password", String.class).orElse("guest"));
        factory.setVirtualHost(config.getOptionalValue("rabbitmq-virtual-host", String.class).orElse("ct-test-ingest"));
        try {
            connection = factory.newConnection("ingest-service-tests");
            channel = connection.createChannel();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach the test broker", e);
        }
    }

    /** A private queue bound to `articles` with this key, deleted when the test's connection closes. */
    public String bindTestQueue(String routingKey) throws IOException {
        channel.exchangeDeclare(Channels.ARTICLES_EXCHANGE, "topic", true);
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, Channels.ARTICLES_EXCHANGE, routingKey);
        return queue;
    }

    public void publish(String exchange, String routingKey, byte[] body, String contentType) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType(contentType)
                .deliveryMode(2)
                .build();
        channel.basicPublish(exchange, routingKey, props, body);
    }

    public void purge(String queue) throws IOException {
        channel.queuePurge(queue);
    }

    /** Waits for the next message on the queue. */
    public GetResponse next(String queue, Duration timeout) {
        AtomicReference<GetResponse> got = new AtomicReference<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            got.set(channel.basicGet(queue, true));
            return got.get() != null;
        });
        return got.get();
    }

    /** Takes messages off the queue until one satisfies the filter; the others are discarded. */
    public GetResponse nextMatching(String queue, Duration timeout, java.util.function.Predicate<GetResponse> filter) {
        AtomicReference<GetResponse> got = new AtomicReference<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            GetResponse r;
            while ((r = channel.basicGet(queue, true)) != null) {
                if (filter.test(r)) {
                    got.set(r);
                    return true;
                }
            }
            return false;
        });
        return got.get();
    }

    /** Counts the messages now on the queue, taking them off. */
    public int drain(String queue) throws IOException {
        int n = 0;
        while (channel.basicGet(queue, true) != null) {
            n++;
        }
        return n;
    }

    public GetResponse nextOrNull(String queue) throws IOException {
        return channel.basicGet(queue, true);
    }

    /** Ready messages (not those delivered and awaiting an ack). */
    public long messageCount(String queue) throws IOException {
        return channel.messageCount(queue);
    }

    public static String header(GetResponse response, String name) {
        Map<String, Object> headers = response.getProps().getHeaders();
        Object value = headers == null ? null : headers.get(name);
        return value == null ? null : value.toString();
    }

    @Override
    public void close() throws IOException, TimeoutException {
        connection.close();
    }
}
