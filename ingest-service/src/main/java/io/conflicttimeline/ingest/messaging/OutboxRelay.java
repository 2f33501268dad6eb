package io.conflicttimeline.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.conflicttimeline.ingest.article.ArticleService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Republishes article.ingested for stored articles the broker never confirmed, e.g. during a broker outage. */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final ArticleService service;
    private final Duration minAge;
    private final int batchSize;

    public OutboxRelay(ArticleService service,
            @ConfigProperty(name = "ct.ingest.outbox.min-age", defaultValue = "15s") Duration minAge,
            @ConfigProperty(name = "ct.ingest.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.service = service;
        this.minAge = minAge;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${ct.ingest.outbox.interval:10s}", delayed = "${ct.ingest.outbox.interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return service.relayUnpublished(minAge, batchSize)
                .invoke(sent -> {
                    if (sent > 0) {
                        LOG.infof("outbox relay published %d article.ingested message(s)", sent);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("outbox relay failed, next run retries: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
