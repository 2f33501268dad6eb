package io.conflicttimeline.timeline.messaging;

import io.conflicttimeline.timeline.event.IsolatedContexts;
import io.conflicttimeline.timeline.event.PlacementQueue;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes article.annotated: places the article on the timeline (in batches), publishes article.placed, then acks. Transient
 * failures are retried in-process; a malformed message or the last failure goes to the DLQ with article.failed.
 */
@ApplicationScoped
public class AnnotationConsumer {

    private static final Logger LOG = Logger.getLogger(AnnotationConsumer.class);

    private final AnnotationReader reader;
    private final PlacementQueue placement;
    private final ArticleOutcomes outcomes;
    private final DeadLetterPublisher deadLetters;
    private final PipelineMetrics metrics;
    private final EventAnnouncer announcer;
    private final Vertx vertx;
    private final int maxAttempts;
    private final Duration initialBackoff;

    public AnnotationConsumer(AnnotationReader reader, PlacementQueue placement, ArticleOutcomes outcomes,
                              DeadLetterPublisher deadLetters, PipelineMetrics metrics, EventAnnouncer announcer,
                              Vertx vertx,
                              @ConfigProperty(name = "ct.messaging.max-attempts", defaultValue = "3") int maxAttempts,
                              @ConfigProperty(name = "ct.messaging.initial-backoff", defaultValue = "PT0.2S")
                              Duration initialBackoff) {
        this.reader = reader;
        this.placement = placement;
        this.outcomes = outcomes;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.announcer = announcer;
        this.vertx = vertx;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
    }

    /**
     * Hands the message over without waiting for it: the messages delivered meanwhile join the same placement batch
     * ({@link PlacementQueue}). The broker's prefetch ({@code max-outstanding-messages}) bounds how many are in flight;
     * each is acked only when placed or dead-lettered, so a crash loses none (they are delivered again).
     */
    @Incoming(Channels.ANNOTATIONS_IN)
    public Uni<Void> consume(Message<byte[]> message) {
        // A context of its own per message: its sessions (announcing reads events) must not be another message's.
        Context own = IsolatedContexts.create(vertx, null);
        own.runOnContext(ignored -> process(message).subscribe().with(done -> { },
                failure -> LOG.errorf("processing a message failed: %s", failure.toString())));
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> process(Message<byte[]> message) {
        metrics.received();
        byte[] body = message.getPayload() == null ? new byte[0] : message.getPayload();
        ArticleAnnotated annotation;
        try {
            annotation = reader.read(body);
        } catch (MalformedMessageException e) {
            // Not retried: no attempt could make this message readable.
            return deadLetter(message, body, e, e.articleId(), 1);
        }
        AtomicInteger attempts = new AtomicInteger();
        String raw = new String(body, StandardCharsets.UTF_8);
        Uni<Void> attempt = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return placement.place(annotation, raw)
                    .chain(placed -> outcomes.placed(new ArticlePlaced(Channels.SCHEMA_VERSION, placed.articleId(),
                            placed.eventIds(), Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                            .invoke(() -> {
                                if (!placed.alreadyPlaced()) {
                                    metrics.placed();
                                }
                            })
                            // The placement is committed: a failed announcement must not place it again.
                            .chain(() -> announcer.announce(placed.changes()).onFailure().recoverWithItem(e -> {
                                LOG.errorf("announcing the event changes of article %s failed: %s",
                                        placed.articleId(), e.toString());
                                return null;
                            })));
        });
        if (maxAttempts > 1) {
            attempt = attempt.onFailure().invoke(e -> LOG.warnf("placing article %s failed (attempt %d of %d): %s",
                            annotation.articleId(), attempts.get(), maxAttempts, e.toString()))
                    .onFailure().retry().withBackOff(initialBackoff, initialBackoff.multipliedBy(20))
                    .atMost(maxAttempts - 1L);
        }
        return attempt
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> deadLetter(message, body, e, annotation.articleId(), attempts.get()));
    }

    private Uni<Void> deadLetter(Message<byte[]> message, byte[] body, Throwable failure, String articleId,
                                 int attempts) {
        IncomingRabbitMQMetadata metadata = message.getMetadata(IncomingRabbitMQMetadata.class).orElse(null);
        String routingKey = metadata == null ? null : metadata.getRoutingKey();
        String contentType = metadata == null ? null : metadata.getContentType().orElse(null);
        String reason = DeadLetterPublisher.reason(failure);
        LOG.errorf("dead-lettering message for article %s after %d attempt(s): %s", articleId, attempts, reason);
        return deadLetters.send(body, contentType, routingKey, failure, attempts)
                .invoke(metrics::deadLettered)
                .chain(() -> outcomes.failed(new ArticleFailed(Channels.SCHEMA_VERSION, articleId, Channels.STAGE,
                        reason, Instant.now().truncatedTo(ChronoUnit.SECONDS))))
                .invoke(metrics::failed)
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                // If even the dead-letter path fails, the broker dead-letters the rejected message to the same DLQ.
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(message.nack(e)));
    }
}
