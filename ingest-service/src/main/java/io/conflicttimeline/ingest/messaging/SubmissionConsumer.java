package io.conflicttimeline.ingest.messaging;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.ingest.article.ArticleIntake;
import io.conflicttimeline.ingest.article.ArticleService;
import io.conflicttimeline.ingest.article.ArticleSubmission;
import io.conflicttimeline.ingest.article.IngestSource;
import io.conflicttimeline.ingest.article.InvalidArticleException;
import io.conflicttimeline.ingest.article.PreparedArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Articles submitted by other systems on ingest.submissions: the same validation and id rules as POST /articles. An
 * invalid message is dead-lettered at once, a storage failure after bounded retries; the original is acked after.
 */
@ApplicationScoped
public class SubmissionConsumer {

    private static final Logger LOG = Logger.getLogger(SubmissionConsumer.class);

    private final ObjectMapper mapper;
    private final ArticleIntake intake;
    private final ArticleService service;
    private final DeadLetterPublisher deadLetters;
    private final MessageRetry retry;

    public SubmissionConsumer(ObjectMapper mapper, ArticleIntake intake, ArticleService service,
            DeadLetterPublisher deadLetters, MessageRetry retry) {
        this.mapper = mapper;
        this.intake = intake;
        this.service = service;
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    @Incoming(Channels.SUBMISSIONS)
    public Uni<Void> consume(Message<byte[]> message) {
        IncomingRabbitMQMetadata metadata = message.getMetadata(IncomingRabbitMQMetadata.class).orElse(null);
        byte[] body = message.getPayload();
        PreparedArticle prepared;
        try {
            prepared = intake.prepare(mapper.readValue(body, ArticleSubmission.class));
        } catch (InvalidArticleException e) {
            return reject(message, metadata, body, e, "invalid article: " + e.getMessage(), 1);
        } catch (JsonProcessingException e) {
            return reject(message, metadata, body, e, "not a JSON article: " + e.getOriginalMessage(), 1);
        } catch (java.io.IOException e) {
            return reject(message, metadata, body, e, "unreadable body: " + e.getMessage(), 1);
        }
        AtomicInteger attempts = new AtomicInteger();
        return retry.run(() -> service.submit(prepared, IngestSource.QUEUE, null), failure -> true, attempts)
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetters.deadLetter(Channels.SUBMISSIONS_QUEUE, body,
                        contentType(metadata), routingKey(metadata), e,
                        "could not store the article after " + attempts.get() + " attempts: " + FailureReasons.describe(e),
                        attempts.get()))
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                // Not even the dead-letter exchange took it: the broker's own dead-lettering keeps the message.
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }

    private Uni<Void> reject(Message<byte[]> message, IncomingRabbitMQMetadata metadata, byte[] body, Throwable failure,
            String reason, int attempts) {
        LOG.warnf("dead-lettering a submission: %s", reason);
        return deadLetters.deadLetter(Channels.SUBMISSIONS_QUEUE, body, contentType(metadata), routingKey(metadata),
                failure, reason, attempts)
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }

    static String contentType(IncomingRabbitMQMetadata metadata) {
        return metadata == null ? null : metadata.getContentType().orElse(null);
    }

    static String routingKey(IncomingRabbitMQMetadata metadata) {
        return metadata == null ? null : metadata.getRoutingKey();
    }
}
