package io.conflicttimeline.timeline.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters ct_articles_{received,placed,failed,dead_lettered}_total of the timeline stage. */
@ApplicationScoped
public class PipelineMetrics {

    private final Counter received;
    private final Counter placed;
    private final Counter failed;
    private final Counter deadLettered;

    public PipelineMetrics(MeterRegistry registry) {
        this.received = counter(registry, "ct.articles.received", "Annotated articles received from the broker");
        this.placed = counter(registry, "ct.articles.placed", "Articles whose mentions were placed on the timeline");
        this.failed = counter(registry, "ct.articles.failed", "Articles that could not be placed");
        this.deadLettered = counter(registry, "ct.articles.dead_lettered", "Messages sent to timeline.annotations.dlq");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).tag("stage", Channels.STAGE).register(registry);
    }

    public void received() {
        received.increment();
    }

    public void placed() {
        placed.increment();
    }

    public void failed() {
        failed.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
