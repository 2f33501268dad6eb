package io.conflicttimeline.ingest.messaging;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.ingest.article.ArticleNotFoundException;
import io.conflicttimeline.ingest.article.ArticleService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/** Follows the article through the pipeline from article.annotated, article.placed and article.failed. */
@ApplicationScoped
public class StatusConsumer {

    private static final Logger LOG = Logger.getLogger(StatusConsumer.class);

    private final ObjectMapper mapper;
    private final ArticleService service;
    private final DeadLetterPublisher deadLetters;
    private final MessageRetry retry;

    public StatusConsumer(ObjectMapper mapper, ArticleService service, DeadLetterPublisher deadLetters,
            MessageRetry retry) {
        this.mapper = mapper;
        this.service = service;
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    @Incoming(Channels.STATUS)
    public Uni<Void> consume(Message<byte[]> message) {
        IncomingRabbitMQMetadata metadata = message.getMetadata(IncomingRabbitMQMetadata.class).orElse(null);
        String routingKey = SubmissionConsumer.routingKey(metadata);
        byte[] body = message.getPayload();
        StatusMessage status;
        try {
            JsonNode json = mapper.readTree(body);
            status = StatusMessage.from(json, routingKey);
        } catch (IOException | StatusMessage.MalformedStatusMessage e) {
            String reason = "malformed status message: " + FailureReasons.describe(e);
            LOG.warnf("dead-lettering a status message: %s", reason);
            return deadLetter(message, metadata, body, e, reason, 1);
        }
        if (status.articleId() == null) {
            // article.failed for a message nobody could read: there is no article to mark.
            return Uni.createFrom().completionStage(message.ack());
        }
        AtomicInteger attempts = new AtomicInteger();
        return retry.run(() -> service.applyStatus(status.articleId(), status.status(), status.stage(), status.reason(),
                status.failedAt()), failure -> !(failure instanceof ArticleNotFoundException), attempts)
                .replaceWithVoid()
                .onFailure(ArticleNotFoundException.class).recoverWithItem(e -> {
                    // Another system's article (or another environment's): nothing of ours to update.
                    LOG.infof("%s for unknown article %s ignored", status.status().label(), status.articleId());
                    return null;
                })
                .onFailure().recoverWithUni(e -> deadLetters.deadLetter(Channels.STATUS_QUEUE, body,
                        SubmissionConsumer.contentType(metadata), routingKey, e,
                        "could not update the status after " + attempts.get() + " attempts: " + FailureReasons.describe(e),
                        attempts.get()))
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }

    private Uni<Void> deadLetter(Message<byte[]> message, IncomingRabbitMQMetadata metadata, byte[] body,
            Throwable failure, String reason, int attempts) {
        return deadLetters.deadLetter(Channels.STATUS_QUEUE, body, SubmissionConsumer.contentType(metadata),
                SubmissionConsumer.routingKey(metadata), failure, reason, attempts)
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }
}
