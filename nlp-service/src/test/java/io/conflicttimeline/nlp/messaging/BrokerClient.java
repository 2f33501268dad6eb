package io.conflicttimeline.nlp.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** The RabbitMQ Java client against the test vhost: what another service would do on the wire. */
final class BrokerClient implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    BrokerClient() {
        var config = ConfigProvider.getConfig();
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(config.getValue("rabbitmq-host", String.class));
        f.setPort(config.getValue("rabbitmq-port", Integer.class));
        f.setUsername(config.getValue("rabbitmq-username", String.class));
        f.setPassword(config.getValue("rabbitmq-password", String.class));
        f.setVirtualHost(config.getValue("rabbitmq-virtual-host", String.class));
        try {
            connection = f.newConnection("nlp-service-test");
            channel = connection.createChannel();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("broker not reachable", e);
        }
    }

    /** A private queue receiving what nlp-service publishes under the given routing keys. */
    String tap(String... routingKeys) throws IOException {
        String q = channel.queueDeclare("", false, true, true, null).getQueue();
        for (String key : routingKeys) {
            channel.queueBind(q, Channels.EXCHANGE, key);
        }
        return q;
    }

    void publish(String routingKey, byte[] body, String contentType) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType(contentType).deliveryMode(2).build();
        channel.basicPublish(Channels.EXCHANGE, routingKey, props, body);
    }

    GetResponse get(String queue) {
        try {
            return channel.basicGet(queue, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void purge(String queue) throws IOException {
        channel.queuePurge(queue);
    }

    static String resource(String name) {
        try (InputStream in = BrokerClient.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> headers(GetResponse r) {
        return r.getProps().getHeaders() == null ? Map.of() : r.getProps().getHeaders();
    }

    @Override
    public void close() throws IOException, TimeoutException {
        channel.close();
        connection.close();
    }
}
