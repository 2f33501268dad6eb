package io.conflicttimeline.nlp.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/** Sends the original body to articles.dlx (-> nlp.articles.dlq) with x-failure-* headers, then article.failed. */
@Singleton
public class DeadLetterPublisher {

    private final MutinyEmitter<byte[]> deadLetters;
    private final MutinyEmitter<String> failures;
    private final ObjectMapper mapper;

    public DeadLetterPublisher(@Channel(Channels.DEAD_LETTER_OUT) MutinyEmitter<byte[]> deadLetters,
            @Channel(Channels.FAILED_OUT) MutinyEmitter<String> failures, ObjectMapper mapper) {
        this.deadLetters = deadLetters;
        this.failures = failures;
        this.mapper = mapper;
    }

    public Uni<Void> deadLetter(byte[] body, String contentType, String originalRoutingKey, String articleId, Throwable failure,
            int attempts) {
        String failedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String reason = reason(failure, attempts);
        Map<String, Object> headers = new HashMap<>();
        headers.put("x-failure-reason", reason);
        headers.put("x-failure-class", failure.getClass().getName());
        headers.put("x-failed-at", failedAt);
        headers.put("x-attempts", attempts);
        headers.put("x-original-routing-key", originalRoutingKey == null ? Channels.ARTICLE_INGESTED : originalRoutingKey);
        OutgoingRabbitMQMetadata dlMetadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Channels.QUEUE)
                .withDeliveryMode(2)
                .withContentType(contentType == null ? "application/json" : contentType)
                .withHeaders(headers)
                .build();
        String failedJson;
        try {
            failedJson = mapper.writeValueAsString(new ArticleFailed(Channels.SCHEMA_VERSION, articleId, "nlp", reason, failedAt));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        OutgoingRabbitMQMetadata failedMetadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Channels.ARTICLE_FAILED)
                .withDeliveryMode(2)
                .withContentType("application/json")
                .build();
        return deadLetters.sendMessage(Message.of(body).addMetadata(dlMetadata))
                .chain(() -> failures.sendMessage(Message.of(failedJson).addMetadata(failedMetadata)));
    }

    static String reason(Throwable failure, int attempts) {
        String what = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (failure instanceof MalformedMessageException) {
            return "malformed message, not retried: " + failure.getMessage();
        }
        return "annotation failed after " + attempts + " attempts: " + what;
    }
}
