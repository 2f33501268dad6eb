package io.conflicttimeline.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.ingest.article.Article;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/** Publishes article.ingested; the returned Uni completes when the broker has confirmed the message. */
@ApplicationScoped
public class ArticleIngestedPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;
    private final Duration confirmTimeout;

    public ArticleIngestedPublisher(@Channel(Channels.ARTICLE_INGESTED) MutinyEmitter<String> emitter,
            ObjectMapper mapper,
            @ConfigProperty(name = "ct.ingest.publish-timeout", defaultValue = "10s") Duration confirmTimeout) {
        this.emitter = emitter;
        this.mapper = mapper;
        this.confirmTimeout = confirmTimeout;
    }

    public static ArticleIngestedV1 toMessage(Article article) {
        return new ArticleIngestedV1(ArticleIngestedV1.SCHEMA_VERSION, article.getId(), article.getTitle(),
                article.getUrl(), article.getOutlet(), article.getPublishedAt(), article.getLanguage(),
                article.getText(), article.getReceivedAt().toString());
    }

    public Uni<Void> publish(Article article) {
        return Uni.createFrom().deferred(() -> {
            String json;
            try {
                json = mapper.writeValueAsString(toMessage(article));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                    .withRoutingKey(Channels.ARTICLE_INGESTED_KEY)
                    .withDeliveryMode(2)
                    .withContentType("application/json")
                    .withContentEncoding("UTF-8")
                    .withMessageId(article.getId())
                    .build();
            // The timeout bounds a request while the broker is away; the outbox relay sends the message later.
            return emitter.sendMessage(Message.of(json, Metadata.of(metadata))).ifNoItem().after(confirmTimeout).fail();
        });
    }
}
