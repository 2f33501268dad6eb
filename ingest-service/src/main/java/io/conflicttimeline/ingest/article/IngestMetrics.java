package io.conflicttimeline.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The service's counters, exported as ct_articles_*_total. */
@ApplicationScoped
public class IngestMetrics {

    private final Counter received;
    private final Counter duplicates;
    private final Counter published;
    private final Counter deadLettered;
    private final Counter annotated;
    private final Counter placed;
    private final Counter failed;

    public IngestMetrics(MeterRegistry registry) {
        received = Counter.builder("ct.articles.received").description("Articles accepted and stored").register(registry);
        duplicates = Counter.builder("ct.articles.duplicates").description("Submissions of an article already stored")
                .register(registry);
        published = Counter.builder("ct.articles.published").description("article.ingested messages confirmed by the broker")
                .register(registry);
        deadLettered = Counter.builder("ct.articles.dead_lettered").description("Messages sent to a dead-letter queue")
                .register(registry);
        annotated = Counter.builder("ct.articles.annotated").description("Articles that reached status annotated")
                .register(registry);
        placed = Counter.builder("ct.articles.placed").description("Articles that reached status placed").register(registry);
        failed = Counter.builder("ct.articles.failed").description("Articles reported failed by a later stage")
                .register(registry);
    }

    public void received() {
        received.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void published() {
        published.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void statusReached(ArticleStatus status) {
        switch (status) {
            case ANNOTATED -> annotated.increment();
            case PLACED -> placed.increment();
            case FAILED -> failed.increment();
            default -> {
            }
        }
    }
}
