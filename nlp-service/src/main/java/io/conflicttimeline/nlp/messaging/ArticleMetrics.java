package io.conflicttimeline.nlp.messaging;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters ct_articles_{received,annotated,failed,dead_lettered}_total, registered at startup so that they read 0, not absent. */
@Singleton
@Startup
public class ArticleMetrics {

    final Counter received;
    final Counter annotated;
    final Counter failed;
    final Counter deadLettered;

    public ArticleMetrics(MeterRegistry registry) {
        received = Counter.builder("ct.articles.received").description("article.ingested messages received").register(registry);
        annotated = Counter.builder("ct.articles.annotated").description("articles annotated and published").register(registry);
        failed = Counter.builder("ct.articles.failed").description("articles whose annotation finally failed").register(registry);
        deadLettered = Counter.builder("ct.articles.dead_lettered").description("messages sent to nlp.articles.dlq").register(registry);
    }
}
