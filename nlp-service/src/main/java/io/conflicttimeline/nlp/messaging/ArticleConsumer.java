package io.conflicttimeline.nlp.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.annotation.AnnotationService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Consumes article.ingested from nlp.articles: annotates on a dedicated pool of ct.nlp.concurrency threads (never the
 * event loop), publishes article.annotated, and acks only after the broker confirmed it. Transient failures are
 * retried with back-off; final or malformed ones are dead-lettered with the reason and acked, so consuming continues.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final AnnotationService service;
    private final AnnotatedPublisher publisher;
    private final DeadLetterPublisher deadLetters;
    private final ArticleMetrics metrics;
    private final ObjectMapper mapper;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final ExecutorService workers;

    public ArticleConsumer(AnnotationService service, AnnotatedPublisher publisher, DeadLetterPublisher deadLetters,
            ArticleMetrics metrics, ObjectMapper mapper, @ConfigProperty(name = "ct.messaging.max-attempts") int maxAttempts,
            @ConfigProperty(name = "ct.messaging.initial-backoff") Duration initialBackoff,
            @ConfigProperty(name = "ct.nlp.concurrency") int concurrency) {
        this.service = service;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.mapper = mapper;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, concurrency), r -> {
            Thread t = new Thread(r, "nlp-annotator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void shutdown() {
        workers.shutdown();
    }

    @Incoming(Channels.ARTICLES_IN)
    public Uni<Void> consume(Message<?> message) {
        metrics.received.increment();
        Optional<IncomingRabbitMQMetadata> meta = message.getMetadata(IncomingRabbitMQMetadata.class);
        String routingKey = meta.map(IncomingRabbitMQMetadata::getRoutingKey).orElse(null);
        String contentType = meta.flatMap(IncomingRabbitMQMetadata::getContentType).orElse(null);
        byte[] body = bytes(message.getPayload());
        ArticleIngested article;
        try {
            article = parse(body);
        } catch (MalformedMessageException e) {
            LOG.warnf("dead-lettering malformed message: %s", e.getMessage());
            return deadLetter(message, body, contentType, routingKey, null, e, 1);
        }
        return Uni.createFrom().item(() -> service.annotate(article))
                .runSubscriptionOn(workers)
                .chain(publisher::publish)
                .onFailure().retry().withBackOff(initialBackoff, initialBackoff.multipliedBy(8)).atMost(maxAttempts - 1L)
                .invoke(() -> metrics.annotated.increment())
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "annotation of %s failed after %d attempts", article.articleId(), maxAttempts);
                    metrics.failed.increment();
                    return deadLetter(message, body, contentType, routingKey, article.articleId(), failure, maxAttempts);
                });
    }

    private Uni<Void> deadLetter(Message<?> message, byte[] body, String contentType, String routingKey, String articleId,
            Throwable failure, int attempts) {
        return deadLetters.deadLetter(body, contentType, routingKey, articleId, failure, attempts)
                .invoke(() -> metrics.deadLettered.increment())
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                // If even the dead-letter publish fails, the broker's own dead-lettering (reject) takes over.
                .onFailure().recoverWithUni(f -> Uni.createFrom().completionStage(message.nack(f)));
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[] b) {
            return b;
        }
        if (payload instanceof io.vertx.core.buffer.Buffer b) {
            return b.getBytes();
        }
        if (payload instanceof io.vertx.mutiny.core.buffer.Buffer b) {
            return b.getBytes();
        }
        return payload == null ? new byte[0] : payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    ArticleIngested parse(byte[] body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedMessageException("body is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedMessageException("body is not JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedMessageException("body is not a JSON object");
        }
        JsonNode version = node.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != Channels.SCHEMA_VERSION) {
            throw new MalformedMessageException("unknown schemaVersion " + version + " (this consumer reads 1)");
        }
        JsonNode id = node.get("articleId");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new MalformedMessageException("missing articleId");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new MalformedMessageException("missing text in article " + id.asText());
        }
        try {
            return mapper.treeToValue(node, ArticleIngested.class);
        } catch (IOException e) {
            throw new MalformedMessageException("cannot read ArticleIngested v1: " + e.getMessage(), e);
        }
    }
}
