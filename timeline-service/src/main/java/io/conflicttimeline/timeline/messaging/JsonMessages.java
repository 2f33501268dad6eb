package io.conflicttimeline.timeline.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Builds the persistent JSON messages this service publishes, so every outgoing message has the same properties. */
@ApplicationScoped
public class JsonMessages {

    private final ObjectMapper mapper;

    public JsonMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Message<byte[]> persistent(Object payload, String routingKey) {
        byte[] body;
        try {
            // Serialised here, with the application's ObjectMapper, so the wire shape is exactly the record's.
            body = mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withDeliveryMode(2)
                .withContentType("application/json")
                .withContentEncoding("UTF-8")
                .withTimestamp(ZonedDateTime.now())
                .build();
        return Message.of(body, Metadata.of(metadata));
    }
}
