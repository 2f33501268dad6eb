package io.conflicttimeline.ingest.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.conflicttimeline.ingest.article.IngestMetrics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/** Sends the original body of a message that cannot be processed to `<queue>.dlq` through articles.dlx, with why. */
@ApplicationScoped
public class DeadLetterPublisher {

    private final MutinyEmitter<byte[]> emitter;
    private final IngestMetrics metrics;

    public DeadLetterPublisher(@Channel(Channels.DEAD_LETTERS) MutinyEmitter<byte[]> emitter, IngestMetrics metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public Uni<Void> deadLetter(String queue, byte[] body, String contentType, String originalRoutingKey,
            Throwable failure, String reason, int attempts) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Channels.FAILURE_REASON_HEADER, reason);
        headers.put(Channels.FAILURE_CLASS_HEADER, failure.getClass().getName());
        headers.put(Channels.FAILED_AT_HEADER, Instant.now().toString());
        headers.put(Channels.ATTEMPTS_HEADER, attempts);
        headers.put(Channels.ORIGINAL_ROUTING_KEY_HEADER, originalRoutingKey == null ? "" : originalRoutingKey);
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(queue)
                .withDeliveryMode(2)
                .withContentType(contentType == null ? "application/octet-stream" : contentType)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(body, Metadata.of(metadata)))
                .invoke(metrics::deadLettered);
    }
}
