package io.conflicttimeline.ingest.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.ingest.cleaning.RemovedSpan;
import io.conflicttimeline.ingest.messaging.ArticleIngestedPublisher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Stores articles and publishes article.ingested after the commit (outbox: the `published` flag is set only once
 * the broker confirmed, and {@link #relayUnpublished} sends whatever a broker outage left behind).
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final TypeReference<List<RemovedSpan>> SPANS = new TypeReference<>() {
    };

    private final ArticleRepository repository;
    private final ArticleIngestedPublisher publisher;
    private final IngestMetrics metrics;
    private final ObjectMapper mapper;

    public ArticleService(ArticleRepository repository, ArticleIngestedPublisher publisher, IngestMetrics metrics,
            ObjectMapper mapper) {
        this.repository = repository;
        this.publisher = publisher;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /** Stores the article unless its id is known, then publishes it; a duplicate changes nothing and sends nothing. */
    public Uni<SubmissionResult> submit(PreparedArticle prepared, IngestSource source, String sourceName) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article candidate = Article.received(prepared, spansJson(prepared.removed()), source, sourceName, now);
        return Panache.withTransaction(() -> repository.findById(prepared.id())
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().item(new Stored(existing, false))
                        : repository.persist(candidate).replaceWith(new Stored(candidate, true))))
                // Two submissions of one article racing past findById: the loser's insert fails on the key, and
                // finds the winner's row. Any other failure finds no row and is passed on.
                .onFailure().recoverWithUni(e -> Panache.withSession(
                        () -> repository.findById(prepared.id()))
                        .onItem().ifNull().failWith(() -> e)
                        .map(existing -> new Stored(existing, false)))
                .flatMap(stored -> {
                    if (!stored.created()) {
                        metrics.duplicate();
                        return Uni.createFrom().item(result(stored));
                    }
                    metrics.received();
                    return publishAndMark(stored.article()).replaceWith(result(stored));
                });
    }

    public Uni<ArticleDetails> find(String id) {
        return Panache.withSession(() -> repository.findById(id))
                .onItem().ifNull().failWith(() -> new ArticleNotFoundException(id))
                .map(this::details);
    }

    public Uni<List<ArticleSummary>> list(ArticleStatus status, int limit) {
        return Panache.withSession(() -> repository.listByStatus(status, limit))
                .map(articles -> articles.stream().map(ArticleSummary::of).toList());
    }

    /** Publishes stored articles still unconfirmed after {@code minAge}; returns how many were confirmed now. */
    public Uni<Integer> relayUnpublished(Duration minAge, int batchSize) {
        Instant before = Instant.now().minus(minAge);
        return Panache.withSession(() -> repository.listUnpublished(before, batchSize))
                .onItem().transformToMulti(articles -> Multi.createFrom().iterable(articles))
                .onItem().transformToUniAndConcatenate(this::publishAndMark)
                .collect().asList()
                .map(confirmed -> (int) confirmed.stream().filter(Boolean::booleanValue).count());
    }

    /**
     * Applies a status reported by a later stage. Monotonic and idempotent: returns whether the article's status
     * changed; an unknown article fails with {@link ArticleNotFoundException}.
     */
    public Uni<Boolean> applyStatus(String id, ArticleStatus status, String stage, String reason, Instant failedAt) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> {
            Uni<Integer> failure = status == ArticleStatus.FAILED
                    ? repository.recordFailure(id, stage, reason, failedAt == null ? now : failedAt)
                    : Uni.createFrom().item(0);
            return failure.chain(ignored -> repository.raiseStatus(id, status, now))
                    .chain(changed -> changed > 0
                            ? Uni.createFrom().item(true)
                            : repository.count("id", id).map(count -> {
                                if (count == 0) {
                                    throw new ArticleNotFoundException(id);
                                }
                                return false;
                            }));
        }).invoke(changed -> {
            if (changed) {
                metrics.statusReached(status);
            }
        });
    }

    /** Emits true when the broker confirmed; a failure is logged and left to the relay. */
    private Uni<Boolean> publishAndMark(Article article) {
        return publisher.publish(article)
                .chain(() -> Panache.withTransaction(() -> repository.markPublished(article.getId(), Instant.now())))
                .invoke(metrics::published)
                .replaceWith(true)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("article.ingested for %s not confirmed yet, the outbox relay will retry: %s",
                            article.getId(), e.toString());
                    return false;
                });
    }

    private SubmissionResult result(Stored stored) {
        return new SubmissionResult(stored.article().getId(), stored.article().getStatus().label(), !stored.created());
    }

    private ArticleDetails details(Article a) {
        ArticleDetails.Failure failure = a.getFailureStage() == null && a.getFailureReason() == null ? null
                : new ArticleDetails.Failure(a.getFailureStage(), a.getFailureReason(),
                        a.getFailedAt() == null ? null : a.getFailedAt().toString());
        return new ArticleDetails(a.getId(), a.getTitle(), a.getUrl(), a.getOutlet(), a.getPublishedAt(),
                a.getLanguage(), a.getStatus().label(), failure, a.getStatusUpdatedAt().toString(),
                a.getSource().name().toLowerCase(java.util.Locale.ROOT), a.getSourceName(),
                a.getReceivedAt().toString(), a.isPublished(), a.getText(), a.getRawText(), spans(a.getRemovedSpans()));
    }

    private String spansJson(List<RemovedSpan> spans) {
        try {
            return mapper.writeValueAsString(spans);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("removed spans are plain records", e);
        }
    }

    private List<RemovedSpan> spans(String json) {
        try {
            return mapper.readValue(json, SPANS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored removed spans of an article are not valid JSON", e);
        }
    }

    private record Stored(Article article, boolean created) {
    }
}
