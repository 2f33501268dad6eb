package io.conflicttimeline.nlp.messaging;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/** Publishes article.annotated (persistent, JSON); the returned Uni completes on the broker's confirm. */
@Singleton
public class AnnotatedPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;

    public AnnotatedPublisher(@Channel(Channels.ANNOTATED_OUT) MutinyEmitter<String> emitter, ObjectMapper mapper) {
        this.emitter = emitter;
        this.mapper = mapper;
    }

    public Uni<Void> publish(ArticleAnnotated annotation) {
        String json;
        try {
            json = mapper.writeValueAsString(annotation);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Channels.ARTICLE_ANNOTATED)
                .withDeliveryMode(2)
                .withContentType("application/json")
                .withContentEncoding("UTF-8")
                .withMessageId(annotation.articleId())
                .build();
        return emitter.sendMessage(Message.of(json).addMetadata(metadata));
    }
}
