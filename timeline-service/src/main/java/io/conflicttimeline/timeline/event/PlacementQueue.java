package io.conflicttimeline.timeline.event;

import io.conflicttimeline.timeline.messaging.ArticleAnnotated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single writer of an instance: articles waiting to be placed are taken together, up to {@code batchSize} per
 * transaction ({@link PlacementService#placeAll}), so that the placement lock, the transaction and its commit are paid
 * once per batch instead of once per article. Under light load a batch is one article and nothing waits; under heavy
 * load the batches grow with the messages the broker has delivered. When a batch fails, its articles are placed one by
 * one, so that one bad article fails alone.
 */
@ApplicationScoped
public class PlacementQueue {

    private final PlacementService placement;
    private final Vertx vertx;
    private final int batchSize;
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** Guarded by {@link #pending}: whether a drain loop runs (at most one per instance). */
    private boolean draining;

    public PlacementQueue(PlacementService placement, Vertx vertx,
                          @ConfigProperty(name = "ct.placement.batch-size", defaultValue = "32") int batchSize) {
        this.placement = placement;
        this.vertx = vertx;
        this.batchSize = Math.max(1, batchSize);
    }

    private record Pending(PlacementService.Request request, CompletableFuture<PlacementService.Placement> result) {
    }

    /** Places the article with the next batch; the item arrives on the caller's Vert.x context. */
    public Uni<PlacementService.Placement> place(ArticleAnnotated annotation, String rawJson) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            CompletableFuture<PlacementService.Placement> result = new CompletableFuture<>();
            boolean start;
            synchronized (pending) {
                pending.add(new Pending(new PlacementService.Request(annotation, rawJson), result));
                start = !draining;
                draining = true;
            }
            if (start) {
                // A context of its own: the batch's session must not be the caller's (nor another batch's).
                Context drainer = IsolatedContexts.create(vertx, caller);
                drainer.runOnContext(ignored -> drain(drainer));
            }
            Uni<PlacementService.Placement> placed = Uni.createFrom().completionStage(result);
            return caller == null ? placed : placed.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    private void drain(Context drainer) {
        List<Pending> batch = new ArrayList<>();
        synchronized (pending) {
            while (batch.size() < batchSize && !pending.isEmpty()) {
                batch.add(pending.poll());
            }
            if (batch.isEmpty()) {
                draining = false;
                return;
            }
        }
        placement.placeAll(batch.stream().map(Pending::request).toList())
                .onFailure().recoverWithUni(failure -> batch.size() == 1
                        ? Uni.createFrom().failure(failure)
                        : oneByOne(batch).replaceWith((List<PlacementService.Placement>) null))
                .subscribe().with(placed -> {
                    if (placed != null) {
                        for (int i = 0; i < batch.size(); i++) {
                            batch.get(i).result().complete(placed.get(i));
                        }
                    }
                    drainer.runOnContext(ignored -> drain(drainer));
                }, failure -> {
                    batch.forEach(p -> p.result().completeExceptionally(failure));
                    drainer.runOnContext(ignored -> drain(drainer));
                });
    }

    /** Each article in a transaction of its own; completes each one's result. */
    private Uni<Void> oneByOne(List<Pending> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending p : batch) {
            chain = chain.chain(() -> placement.placeAll(List.of(p.request()))
                    .onItemOrFailure().invoke((placed, failure) -> {
                        if (failure != null) {
                            p.result().completeExceptionally(failure);
                        } else {
                            p.result().complete(placed.getFirst());
                        }
                    })
                    .onFailure().recoverWithNull().replaceWithVoid());
        }
        return chain;
    }
}
