package io.conflicttimeline.timeline.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes article.placed and article.failed; each send completes when the broker confirms it. */
@ApplicationScoped
public class ArticleOutcomes {

    private final MutinyEmitter<byte[]> placed;
    private final MutinyEmitter<byte[]> failed;
    private final ObjectMapper mapper;

    public ArticleOutcomes(@Channel(Channels.PLACED_OUT) MutinyEmitter<byte[]> placed,
                           @Channel(Channels.FAILED_OUT) MutinyEmitter<byte[]> failed, ObjectMapper mapper) {
        this.placed = placed;
        this.failed = failed;
        this.mapper = mapper;
    }

    public Uni<Void> placed(ArticlePlaced message) {
        return placed.sendMessage(message(message, Channels.ARTICLE_PLACED));
    }

    public Uni<Void> failed(ArticleFailed message) {
        return failed.sendMessage(message(message, Channels.ARTICLE_FAILED));
    }

    private Message<byte[]> message(Object payload, String routingKey) {
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
