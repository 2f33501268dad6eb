package io.conflicttimeline.timeline.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Sends the original body of a message that could not be processed to timeline.annotations.dlq, with the reason. */
@ApplicationScoped
public class DeadLetterPublisher {

    private final MutinyEmitter<byte[]> deadLetters;

    public DeadLetterPublisher(@Channel(Channels.DEAD_LETTER_OUT) MutinyEmitter<byte[]> deadLetters) {
        this.deadLetters = deadLetters;
    }

    public Uni<Void> send(byte[] body, String contentType, String originalRoutingKey, Throwable failure, int attempts) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Channels.ANNOTATIONS_QUEUE)
                .withDeliveryMode(2)
                .withContentType(contentType == null ? "application/json" : contentType)
                .withTimestamp(ZonedDateTime.now())
                .withHeader("x-failure-reason", reason(failure))
                .withHeader("x-failure-class", failure.getClass().getName())
                .withHeader("x-failed-at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .withHeader("x-attempts", attempts)
                .withHeader("x-original-routing-key", originalRoutingKey == null ? "" : originalRoutingKey)
                .build();
        return deadLetters.sendMessage(Message.of(body, Metadata.of(metadata)));
    }

    /** A message a person can act on: what failed and why, without a stack trace. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        String reason = failure instanceof MalformedMessageException ? "malformed message: " + message
                : "placement failed: " + failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
