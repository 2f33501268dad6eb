package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the event card bodies that are missing (V9__event_cards.sql: every event's after the migration, a changed
 * event's after each placement), in batches in the background, so that pages rarely have to build one. Batch after
 * batch while some are missing, then it looks again every {@code ct.timeline.cards.idle-interval}. Every instance runs
 * one; two building the same body store it once (the generation check), so several instances only duplicate work.
 */
@ApplicationScoped
public class EventCardRefresher {

    private static final Logger LOG = Logger.getLogger(EventCardRefresher.class);
    /** The least uuid in PostgreSQL's order (unsigned bytes). */
    private static final UUID FIRST = new UUID(0, 0);

    private final EventCards cards;
    private final Vertx vertx;
    private final int batchSize;
    private final long idleMillis;
    private volatile boolean stopped;
    /** Where the walk over the missing bodies (by event id) goes on; it starts over after its last batch. */
    private UUID after = FIRST;

    public EventCardRefresher(EventCards cards, Vertx vertx,
                              @ConfigProperty(name = "ct.timeline.cards.batch-size", defaultValue = "200") int batchSize,
                              @ConfigProperty(name = "ct.timeline.cards.idle-interval", defaultValue = "PT1S")
                              Duration idle) {
        this.cards = cards;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.idleMillis = Math.max(1, idle.toMillis());
    }

    void start(@Observes StartupEvent event) {
        if (batchSize > 0) {
            next(idleMillis);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    private void next(long delayMillis) {
        if (!stopped) {
            vertx.setTimer(delayMillis, id -> build());
        }
    }

    private void build() {
        cards.buildMissing(after, batchSize).subscribe().with(last -> {
            after = last == null ? FIRST : last;
            next(last == null ? idleMillis : 1);
        }, failure -> {
            if (!stopped) {
                String message = String.valueOf(failure.getMessage());
                LOG.warnf("building event cards failed (retrying in %d ms): %s", idleMillis,
                        message.length() > 300 ? message.substring(0, 300) + "..." : message);
            }
            next(idleMillis);
        });
    }
}
